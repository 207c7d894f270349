-- H2's copy (PostgreSQL's differs: there the server fills in the account that wrote each audit entry).
-- Team workspaces (issue 19, ADR 0040). Each audit entry names the database account that wrote it besides the
-- person's name. A library on this computer has one user, the workbench itself, so here it stays empty and the
-- audit trail shows only the person's name; entries written before this version are empty too.
ALTER TABLE audit_entry ADD COLUMN database_user CHARACTER VARYING DEFAULT '' NOT NULL;

-- The version of an assessment's details that are changed as a whole rather than row by row: its title ('title')
-- and its scoring method ('scoring_method'). A rename or a new method based on an older version is refused as a
-- conflict, as answers and plan items are (V13, V15). No row until the detail is first changed.
CREATE TABLE detail_version (
    assessment_id UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    detail        VARCHAR(40) NOT NULL,
    row_version   BIGINT NOT NULL,
    changed_by    CHARACTER VARYING DEFAULT '' NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, detail)
);
