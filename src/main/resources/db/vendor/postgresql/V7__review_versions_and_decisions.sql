-- PostgreSQL's copy of db/vendor/h2/V7: TEXT holds text of any length, where H2 has CHARACTER LARGE OBJECT.
-- The review lifecycle (docs/review.md, ADR 0015): where each assessment stands in its review.
ALTER TABLE assessment ADD COLUMN review_stage VARCHAR(30) DEFAULT 'DRAFT' NOT NULL;

-- Frozen, numbered versions, one per submission: written once, never updated or deleted by the app. Kept without a
-- foreign key to the assessment on purpose, so that replacing an assessment by an import keeps its review history.
-- snapshot is the version as a whole assessment package (its canonical content is what content_hash covers).
CREATE TABLE review_version (
    assessment_id        UUID NOT NULL,
    number               INT NOT NULL CHECK (number >= 1),
    stage_at_submission  VARCHAR(30) NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by         VARCHAR(200) NOT NULL,
    content_hash         CHAR(64) NOT NULL,
    snapshot             TEXT NOT NULL,
    PRIMARY KEY (assessment_id, number)
);

-- A reviewer's decision on one version, bound to its content hash. The signature columns stay null until the
-- sign-off is signed; then they are set once.
CREATE TABLE review_decision (
    assessment_id        UUID NOT NULL,
    version_number       INT NOT NULL,
    content_hash         CHAR(64) NOT NULL,
    decision             VARCHAR(30) NOT NULL,
    comment              CHARACTER VARYING NOT NULL DEFAULT '',
    reviewer_name        VARCHAR(200) NOT NULL,
    reviewer_role        VARCHAR(200) NOT NULL DEFAULT '',
    decided_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    signature_algorithm  VARCHAR(50),
    signer_fingerprint   VARCHAR(200),
    signature            VARCHAR(2000),
    PRIMARY KEY (assessment_id, version_number),
    FOREIGN KEY (assessment_id, version_number) REFERENCES review_version (assessment_id, number)
);

-- The conditions of an approval with conditions, in the reviewer's order.
CREATE TABLE review_condition (
    assessment_id   UUID NOT NULL,
    version_number  INT NOT NULL,
    position        INT NOT NULL,
    text            CHARACTER VARYING NOT NULL,
    PRIMARY KEY (assessment_id, version_number, position),
    FOREIGN KEY (assessment_id, version_number) REFERENCES review_decision (assessment_id, version_number)
);
