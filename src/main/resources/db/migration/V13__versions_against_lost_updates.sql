-- Team workspaces (issue 19, ADR 0023): several people may save the same assessment at once. Each assessment and each
-- answer carries a version, raised by every save; a save names the version it started from, and one whose version
-- has moved on since is refused as a conflict instead of overwriting the other person's work. changed_by names who
-- saved last, for the conflict message. Portable SQL: the same script runs on H2 and PostgreSQL.
ALTER TABLE assessment ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE assessment ADD COLUMN changed_by CHARACTER VARYING DEFAULT '' NOT NULL;
ALTER TABLE answer ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE answer ADD COLUMN changed_by CHARACTER VARYING DEFAULT '' NOT NULL;
