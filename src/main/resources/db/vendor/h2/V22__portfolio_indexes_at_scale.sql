-- The portfolio and the library at 100,000 assessments (issue 21, ADR 0046).
-- 1. V21's index on deleted_at answered "deleted_at IS NULL", which every list of live assessments says: H2 then
--    read all live rows through it and sorted them, instead of reading the first page from the index of the column
--    sorted by (1.8 s instead of 36 ms at 100,000). Marked deletions are now found through a copy of the column
--    that only the queries for deleted assessments name.
ALTER TABLE assessment ADD COLUMN IF NOT EXISTS deleted_since TIMESTAMP WITH TIME ZONE
    GENERATED ALWAYS AS (deleted_at);
DROP INDEX IF EXISTS assessment_deleted;
CREATE INDEX IF NOT EXISTS assessment_deleted_since ON assessment (deleted_since);
-- 2. A filtered overdue count joins each overdue plan item to its assessment; from the primary key that reads a
--    whole assessment row per item. This index holds the id with every column a portfolio filter reads, so the
--    join is answered from it alone.
CREATE INDEX IF NOT EXISTS assessment_filter_columns
    ON assessment (id, deleted_at, status, owner, review_stage, updated_at);
-- 3. At every start the window asks which assessments are still to be scored (ADR 0012): without an index that
--    read the whole table, 100,000 rows for the few, if any, that are left.
CREATE INDEX IF NOT EXISTS assessment_to_score ON assessment (results_current, updated_at, id);
