-- V14 filled the tallies of an existing library by casting each change time to a date in the session's time zone
-- (H2 converts a time with a zone to the session's zone before taking the date), so a library upgraded far from UTC
-- had changes near midnight counted a day off, unlike every later change, which the trigger dates by the UTC day.
-- Counted again here, the date written out in UTC explicitly.
DELETE FROM portfolio_tally;
DELETE FROM portfolio_risk_tally;

INSERT INTO portfolio_tally (changed_on, owner, status, review_stage, overall_level, assessments)
SELECT changed_on, owner, status, review_stage, overall_level, COUNT(*) FROM (
    SELECT CAST(FORMATDATETIME(updated_at, 'yyyy-MM-dd', 'en', 'UTC') AS DATE) AS changed_on, owner, status,
           review_stage, COALESCE(overall_level, '') AS overall_level
    FROM assessment WHERE deleted_at IS NULL) live
GROUP BY changed_on, owner, status, review_stage, overall_level;

INSERT INTO portfolio_risk_tally (changed_on, status, review_stage, risk_id, assessments)
SELECT changed_on, status, review_stage, risk_id, COUNT(*) FROM (
    SELECT CAST(FORMATDATETIME(a.updated_at, 'yyyy-MM-dd', 'en', 'UTC') AS DATE) AS changed_on, a.status,
           a.review_stage, REGEXP_SUBSTR(a.above_appetite_risks, '[^,]+', 1, n.X) AS risk_id
    FROM assessment a JOIN SYSTEM_RANGE(1, 1000) n
      ON n.X <= 1 + LENGTH(a.above_appetite_risks) - LENGTH(REPLACE(a.above_appetite_risks, ',', ''))
    WHERE a.deleted_at IS NULL AND a.above_appetite_risks <> '') risks
WHERE risk_id IS NOT NULL
GROUP BY changed_on, status, review_stage, risk_id;
