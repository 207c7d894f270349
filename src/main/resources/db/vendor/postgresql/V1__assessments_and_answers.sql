-- PostgreSQL's copy of db/vendor/h2/V1: NUMERIC is its exact decimal of any precision, where H2 has DECFLOAT.
-- Assessments and their answers in real tables, so later features can query across assessments.
CREATE TABLE assessment (
    id               UUID PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    system_name      VARCHAR(200) NOT NULL,
    owner            VARCHAR(200) NOT NULL DEFAULT '',
    template_id      VARCHAR(100) NOT NULL,
    template_version INT NOT NULL,
    status           VARCHAR(20) NOT NULL,
    progress_percent INT NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX assessment_by_update ON assessment (updated_at DESC);

-- One row per question that has an answer, a note, or both. kind is null when only a note was written.
CREATE TABLE answer (
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   VARCHAR(100) NOT NULL,
    kind          VARCHAR(10) CHECK (kind IN ('CHOICE', 'CHOICES', 'TEXT', 'NUMBER', 'SCALE', 'DATE')),
    text_value    CHARACTER VARYING,
    number_value  NUMERIC,
    date_value    DATE,
    note          CHARACTER VARYING NOT NULL DEFAULT '',
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
);

-- Small values remembered between runs (theme, window placement, last assessment).
CREATE TABLE preference (
    name  VARCHAR(100) PRIMARY KEY,
    text  CHARACTER VARYING NOT NULL
);
