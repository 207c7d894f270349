-- The audit trail (ADR 0017, docs/audit.md): one row per recorded change, appended in the same transaction as the
-- change and never updated. Each row holds the SHA-256 of its fields and of the row before, so an edited or removed
-- row is found by checking the chain. Gone with its assessment when that is deleted for good.
CREATE TABLE audit_entry (
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    sequence      INT NOT NULL CHECK (sequence >= 1),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name     CHARACTER VARYING NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    subject       CHARACTER VARYING NOT NULL,
    before_value  CHARACTER VARYING,
    after_value   CHARACTER VARYING,
    previous_hash VARCHAR(64),
    hash          VARCHAR(64) NOT NULL,
    PRIMARY KEY (assessment_id, sequence)
);

-- The head of each assessment's chain, on its own row: the next entry needs it (no scan of the trail), and removing
-- the newest entries leaves the head pointing past them, which the check reports.
ALTER TABLE assessment ADD COLUMN audit_entries INT DEFAULT 0 NOT NULL;
ALTER TABLE assessment ADD COLUMN audit_head VARCHAR(64);
