-- The library's search at 100,000 assessments, second step (issue 21, ADR 0048).
-- V23's search index was sorted by the search words: a search counted from it, but the newest-first page still
-- walked the index of the latest change and read a whole assessment row (about 1,500 bytes, most of it the list
-- of risks above appetite) for every assessment it passed, matching or not, and a search of a few matches read
-- each of them whole to sort them. One index in the newest-first order now holds every column a search reads:
-- a search counts from it, finds its first matches with their latest change in it, and walks it for the page,
-- reading from the table only the rows of the page. Its first columns are those of the index it replaces, so the
-- library without a search reads its newest-first page from it as before.
DROP INDEX IF EXISTS library_search;
DROP INDEX IF EXISTS library_by_update;
CREATE INDEX library_by_update
    ON assessment (updated_at, id, search_words, status, review_stage, template_id, template_version, deleted_at);
