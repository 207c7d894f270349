-- The risk register's own records: the scoring method each assessment keeps, the assessor's overrides, and the
-- mitigation plan. A deleted assessment is only marked, so that undo brings back everything that hangs off it;
-- marked rows are removed for good by the next delete or the next start.
ALTER TABLE assessment ADD COLUMN scoring_method CHARACTER VARYING;
ALTER TABLE assessment ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE risk_override (
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    risk_id       VARCHAR(200) NOT NULL,
    likelihood    INT NOT NULL CHECK (likelihood BETWEEN 0 AND 6),
    impact        INT NOT NULL CHECK (impact BETWEEN 0 AND 6),
    justification CHARACTER VARYING NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, risk_id)
);

CREATE TABLE plan_item (
    id                 UUID PRIMARY KEY,
    assessment_id      UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position           INT NOT NULL,
    mitigation_id      VARCHAR(200) NOT NULL DEFAULT '',
    title              VARCHAR(500) NOT NULL,
    risks              CHARACTER VARYING NOT NULL,
    reduces_likelihood INT NOT NULL CHECK (reduces_likelihood BETWEEN 0 AND 3),
    reduces_impact     INT NOT NULL CHECK (reduces_impact BETWEEN 0 AND 3),
    effort             VARCHAR(1) NOT NULL CHECK (effort IN ('S', 'M', 'L')),
    decision           VARCHAR(10) NOT NULL CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    reason             CHARACTER VARYING NOT NULL DEFAULT '',
    owner              VARCHAR(200) NOT NULL DEFAULT '',
    due_date           DATE,
    priority           VARCHAR(10) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    notes              CHARACTER VARYING NOT NULL DEFAULT '',
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX plan_item_by_assessment ON plan_item (assessment_id, position);
CREATE INDEX plan_item_by_due ON plan_item (due_date);
