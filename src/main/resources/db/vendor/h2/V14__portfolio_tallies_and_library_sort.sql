-- H2's copy (PostgreSQL's differs in the trigger, written in PL/pgSQL, and in splitting the risk lists).
-- One row per combination of last-change day (UTC), owner, status, review stage and highest residual level ('' when
-- not scored) with how many live assessments have it, and one row per day, status, review stage and risk with how
-- many of them have that risk above appetite. The portfolio sums these instead of reading every assessment; a
-- trigger on the assessment table keeps them in step with every write (saves, imports, bulk copies, deletes).
CREATE TABLE portfolio_tally (
    changed_on    DATE NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    review_stage  VARCHAR(30) NOT NULL,
    overall_level VARCHAR(40) NOT NULL,
    assessments   INT NOT NULL,
    PRIMARY KEY (changed_on, owner, status, review_stage, overall_level)
);
CREATE INDEX portfolio_tally_by_owner ON portfolio_tally (owner);

CREATE TABLE portfolio_risk_tally (
    changed_on   DATE NOT NULL,
    status       VARCHAR(20) NOT NULL,
    review_stage VARCHAR(30) NOT NULL,
    risk_id      VARCHAR(200) NOT NULL,
    assessments  INT NOT NULL,
    PRIMARY KEY (changed_on, status, review_stage, risk_id)
);

-- The library's column sort (issue 21): an index per sortable column, the id breaking ties, so that a page in any
-- column's order is read from the index instead of sorting every row.
CREATE INDEX library_by_title ON assessment (title, id);
CREATE INDEX library_by_system ON assessment (system_name, id);
CREATE INDEX library_by_status ON assessment (status, id);
CREATE INDEX library_by_review ON assessment (review_stage, id);
CREATE INDEX library_by_progress ON assessment (progress_percent, id);
CREATE INDEX library_by_update ON assessment (updated_at, id);

INSERT INTO portfolio_tally (changed_on, owner, status, review_stage, overall_level, assessments)
SELECT CAST(updated_at AT TIME ZONE 'UTC' AS DATE), owner, status, review_stage, COALESCE(overall_level, ''), COUNT(*)
FROM assessment WHERE deleted_at IS NULL
GROUP BY CAST(updated_at AT TIME ZONE 'UTC' AS DATE), owner, status, review_stage, COALESCE(overall_level, '');

INSERT INTO portfolio_risk_tally (changed_on, status, review_stage, risk_id, assessments)
SELECT changed_on, status, review_stage, risk_id, COUNT(*) FROM (
    SELECT CAST(a.updated_at AT TIME ZONE 'UTC' AS DATE) AS changed_on, a.status, a.review_stage,
           REGEXP_SUBSTR(a.above_appetite_risks, '[^,]+', 1, n.X) AS risk_id
    FROM assessment a JOIN SYSTEM_RANGE(1, 1000) n
      ON n.X <= 1 + LENGTH(a.above_appetite_risks) - LENGTH(REPLACE(a.above_appetite_risks, ',', ''))
    WHERE a.deleted_at IS NULL AND a.above_appetite_risks <> '') risks
WHERE risk_id IS NOT NULL
GROUP BY changed_on, status, review_stage, risk_id;

CREATE TRIGGER portfolio_tallies AFTER INSERT, UPDATE, DELETE ON assessment FOR EACH ROW
    CALL 'org.airisk.workbench.store.PortfolioTallyTrigger';
