-- Team workspaces (issue 19, ADR 0036): plan items and rating overrides carry a version and the name of who saved
-- them last, as answers do since V13, so that a save based on an older version is refused instead of overwriting a
-- colleague's change. Portable SQL: the same script runs on H2 and PostgreSQL.
ALTER TABLE plan_item ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan_item ADD COLUMN changed_by CHARACTER VARYING DEFAULT '' NOT NULL;
ALTER TABLE risk_override ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE risk_override ADD COLUMN changed_by CHARACTER VARYING DEFAULT '' NOT NULL;
