-- Whether the results kept for the portfolio (V4) and the progress shown in the library reflect the answers as they
-- are now. An imported assessment, or one whose answers were saved by something other than an open register,
-- starts out of date and is scored in the background at the next start or straight after the import.
ALTER TABLE assessment ADD COLUMN results_current BOOLEAN DEFAULT FALSE NOT NULL;

-- A risk the assessor judged not applicable to this system, from the register: kept as an override with the
-- reason in its justification and no likelihood or impact, so clearing the override brings the risk back.
ALTER TABLE risk_override ADD COLUMN not_applicable BOOLEAN DEFAULT FALSE NOT NULL;
