-- PostgreSQL's copy (H2's differs: a library on this computer leaves the database account empty).
-- Team workspaces (issue 19, ADR 0040). Each audit entry names the server account that wrote it (session_user: the
-- account that logged in, even when its sessions act as a group role) besides the name the person set in the
-- workbench. The server fills it in: the trigger puts the account in every new entry whatever a client sent, and an
-- update of an entry keeps the account it had. Entries written before this version stay empty.
ALTER TABLE audit_entry ADD COLUMN database_user CHARACTER VARYING DEFAULT '' NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN database_user SET DEFAULT SESSION_USER;

CREATE FUNCTION audit_entry_database_user() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.database_user := SESSION_USER;
    ELSE
        NEW.database_user := OLD.database_user;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_database_user BEFORE INSERT OR UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_database_user();

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
