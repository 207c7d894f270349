-- What the portfolio dashboard asks of every assessment, kept as it is scored so that the dashboard queries the
-- database instead of loading and scoring thousands of assessments: the residual result of each applicable risk,
-- and the assessment's highest residual level.
ALTER TABLE assessment ADD COLUMN overall_level VARCHAR(40);
ALTER TABLE assessment ADD COLUMN overall_rank INT;

CREATE TABLE risk_result (
    assessment_id  UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    risk_id        VARCHAR(200) NOT NULL,
    residual_score INT NOT NULL,
    residual_level VARCHAR(40) NOT NULL,
    above_appetite BOOLEAN NOT NULL,
    PRIMARY KEY (assessment_id, risk_id)
);

CREATE INDEX risk_result_above ON risk_result (above_appetite, risk_id);
CREATE INDEX assessment_by_status ON assessment (status);
CREATE INDEX assessment_by_owner ON assessment (owner);
