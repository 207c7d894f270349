-- Whether the results kept for the portfolio (V4) and the progress shown in the library reflect the answers as they
-- are now. An imported assessment, or one whose answers were saved by something other than an open register,
-- starts out of date and is scored in the background at the next start or straight after the import.
ALTER TABLE assessment ADD COLUMN results_current BOOLEAN DEFAULT FALSE NOT NULL;
