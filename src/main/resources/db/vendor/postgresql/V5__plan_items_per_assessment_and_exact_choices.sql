-- PostgreSQL's copy of db/vendor/h2/V5: PostgreSQL drops a primary key by its constraint's name.
-- A plan item belongs to its assessment: its id is unique within that assessment only. Keyed by id alone, a write
-- (an imported package, a copy) that carried an id another assessment already held took that row away from it.
ALTER TABLE plan_item DROP CONSTRAINT plan_item_pkey;
ALTER TABLE plan_item ADD PRIMARY KEY (assessment_id, id);

-- Multiple-choice answers were their options joined with '|', so an option holding '|' came back as two. Each option
-- now has '\' and '|' escaped by '\' and ends with '|' (see StoredAnswer). Old values held no escapes: a '\' in them
-- was plain text and is doubled, and each '|' ended an option, as does the one added after the last.
UPDATE answer SET text_value = REPLACE(text_value, '\', '\\') || '|' WHERE kind = 'CHOICES' AND text_value <> '';
