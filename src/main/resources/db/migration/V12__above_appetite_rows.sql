-- Portfolio summary kept normalised (issue 21, ADR 0022). The risks above appetite move from one long delimited
-- column of the assessment row (1,600 characters a scored row on average, scanned and split on every dashboard
-- refresh) to a row per assessment and risk, counted by the database. The assessment row keeps the narrow summary
-- every filter reads: status, review stage, owner, template, last change, highest residual level, and now how many
-- risks are above appetite. Portable SQL: the same file runs on PostgreSQL.
CREATE TABLE assessment_above_appetite (
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    risk_id       VARCHAR(200) NOT NULL,
    PRIMARY KEY (assessment_id, risk_id)
);
CREATE INDEX above_appetite_by_risk ON assessment_above_appetite (risk_id);

ALTER TABLE assessment ADD COLUMN above_appetite_count INTEGER DEFAULT 0 NOT NULL;

-- Rows scored before this version are scored again by the background catch-up at the next start (ADR 0012), which
-- writes their rows here; splitting the old column in SQL would need functions that differ between databases.
UPDATE assessment SET results_current = FALSE WHERE above_appetite_risks IS NOT NULL AND above_appetite_risks <> '';
ALTER TABLE assessment DROP COLUMN above_appetite_risks;

-- An index for every portfolio filter and the library's order; owner, status and updated_at have theirs (V1, V4).
CREATE INDEX assessment_by_review_stage ON assessment (review_stage);
CREATE INDEX assessment_by_template ON assessment (template_id, template_version);
CREATE INDEX assessment_by_title ON assessment (title);
