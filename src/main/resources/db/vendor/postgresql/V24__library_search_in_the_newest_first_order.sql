-- H2's V24 (ADR 0048) puts the search words into the index of the latest change. Not here: a PostgreSQL B-tree
-- entry holds at most about 2,700 bytes, and 620 characters of four bytes each with the other columns can pass it,
-- which would refuse the save. PostgreSQL keeps V14's index of the latest change and reads the words from the rows.
-- The statement below changes nothing here (V23 made no such index on PostgreSQL); it keeps the two scripts alike.
DROP INDEX IF EXISTS library_search;
