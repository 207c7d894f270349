-- The same search column as H2's V23 (ADR 0047), so that one search statement serves both databases. No index: a
-- B-tree cannot answer "contains", and PostgreSQL reads the rows it needs without decoding their other columns.
ALTER TABLE assessment ADD COLUMN IF NOT EXISTS search_words TEXT
    GENERATED ALWAYS AS (lower(title || E'\n' || system_name || E'\n' || owner)) STORED;
