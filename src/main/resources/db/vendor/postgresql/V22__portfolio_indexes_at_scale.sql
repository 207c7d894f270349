-- The same schema as H2's V22 (ADR 0046): the marked deletions found through a copy of deleted_at that only the
-- queries for deleted assessments name (H2 read every live row through V21's index; PostgreSQL's planner did not,
-- but both databases keep one schema), and a narrow index of the columns the portfolio's filters read.
ALTER TABLE assessment ADD COLUMN IF NOT EXISTS deleted_since TIMESTAMPTZ GENERATED ALWAYS AS (deleted_at) STORED;
DROP INDEX IF EXISTS assessment_deleted;
CREATE INDEX IF NOT EXISTS assessment_deleted_since ON assessment (deleted_since);
CREATE INDEX IF NOT EXISTS assessment_filter_columns
    ON assessment (id, deleted_at, status, owner, review_stage, updated_at);
-- And, as on H2, the start's question of which assessments are still to be scored (ADR 0012) read from an index.
CREATE INDEX IF NOT EXISTS assessment_to_score ON assessment (results_current, updated_at, id);
