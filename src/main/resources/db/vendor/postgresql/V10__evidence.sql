-- PostgreSQL's copy of db/vendor/h2/V10: BYTEA holds the file's bytes, where H2 has BLOB.
-- Files kept as evidence for an assessment (policies, test results, model cards), with the SHA-256 and size they
-- had when attached. anchor_kind is assessment, question, risk or plan; anchor_ref the question, risk or plan item
-- id (empty for the whole assessment). A removed file is only marked, so undo can bring it back; marked files are
-- dropped when the library is next opened. seq keeps the order files were attached in.
CREATE TABLE evidence (
    id            UUID PRIMARY KEY,
    seq           BIGINT GENERATED ALWAYS AS IDENTITY,
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    anchor_kind   VARCHAR(20) NOT NULL,
    anchor_ref    VARCHAR(200) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    size_bytes    BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256        CHAR(64) NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by      VARCHAR(200) NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,
    content       BYTEA NOT NULL
);

CREATE INDEX evidence_by_assessment ON evidence (assessment_id, seq);
