-- The same index as H2's V24 (ADR 0048), so that both databases keep one schema: the newest-first order with every
-- column a search reads, in place of the narrower index of the latest change.
DROP INDEX IF EXISTS library_by_update;
CREATE INDEX library_by_update
    ON assessment (updated_at, id, search_words, status, review_stage, template_id, template_version, deleted_at);
