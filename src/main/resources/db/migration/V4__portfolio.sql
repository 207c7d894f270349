-- What the portfolio dashboard asks of every assessment, kept as it is scored so that the dashboard reads one narrow
-- row per assessment instead of loading and scoring thousands of them: the highest residual level, and the ids of
-- the risks whose residual score is above appetite (comma-separated). A table with a row per risk and assessment
-- was measured first: grouping its half a million rows through a join took 2 s for 10,000 assessments.
ALTER TABLE assessment ADD COLUMN overall_level VARCHAR(40);
ALTER TABLE assessment ADD COLUMN overall_rank INT;
ALTER TABLE assessment ADD COLUMN above_appetite_risks CHARACTER VARYING;

CREATE INDEX assessment_by_status ON assessment (status);
CREATE INDEX assessment_by_owner ON assessment (owner);
