-- PostgreSQL's copy (H2's differs in the trigger, a Java class there, and in splitting the risk lists).
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
SELECT (updated_at AT TIME ZONE 'UTC')::date, owner, status, review_stage, COALESCE(overall_level, ''), COUNT(*)
FROM assessment WHERE deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO portfolio_risk_tally (changed_on, status, review_stage, risk_id, assessments)
SELECT (a.updated_at AT TIME ZONE 'UTC')::date, a.status, a.review_stage, r.risk_id, COUNT(*)
FROM assessment a CROSS JOIN LATERAL unnest(string_to_array(a.above_appetite_risks, ',')) AS r (risk_id)
WHERE a.deleted_at IS NULL AND r.risk_id <> ''
GROUP BY 1, 2, 3, 4;

-- Takes an assessment's row out of the tallies (step -1) or puts it in (+1); deleted assessments count nowhere.
CREATE FUNCTION portfolio_tally_step(a assessment, step INT) RETURNS VOID AS $$
DECLARE
    day DATE := (a.updated_at AT TIME ZONE 'UTC')::date;
BEGIN
    IF a.deleted_at IS NOT NULL THEN
        RETURN;
    END IF;
    INSERT INTO portfolio_tally AS t (changed_on, owner, status, review_stage, overall_level, assessments)
    VALUES (day, a.owner, a.status, a.review_stage, COALESCE(a.overall_level, ''), step)
    ON CONFLICT (changed_on, owner, status, review_stage, overall_level)
    DO UPDATE SET assessments = t.assessments + step;
    INSERT INTO portfolio_risk_tally AS t (changed_on, status, review_stage, risk_id, assessments)
    SELECT day, a.status, a.review_stage, r, step
    FROM unnest(string_to_array(COALESCE(a.above_appetite_risks, ''), ',')) AS r WHERE r <> ''
    -- rows locked in one order by every writer: two rescorings of the same day and stage cannot deadlock
    ORDER BY r
    ON CONFLICT (changed_on, status, review_stage, risk_id) DO UPDATE SET assessments = t.assessments + step;
    IF step < 0 THEN
        DELETE FROM portfolio_tally WHERE assessments = 0 AND changed_on = day AND owner = a.owner;
        DELETE FROM portfolio_risk_tally WHERE assessments = 0 AND changed_on = day;
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION portfolio_tallies() RETURNS TRIGGER AS $$
BEGIN
    -- Most saves move none of these (a change keeps its day): nothing to do, as for notes and answers.
    IF TG_OP = 'UPDATE' AND ((OLD.updated_at AT TIME ZONE 'UTC')::date, OLD.owner, OLD.status, OLD.review_stage, OLD.overall_level,
            OLD.above_appetite_risks, OLD.deleted_at IS NULL) IS NOT DISTINCT FROM ((NEW.updated_at AT TIME ZONE 'UTC')::date, NEW.owner,
            NEW.status, NEW.review_stage, NEW.overall_level, NEW.above_appetite_risks, NEW.deleted_at IS NULL) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM portfolio_tally_step(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM portfolio_tally_step(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER portfolio_tallies AFTER INSERT OR UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION portfolio_tallies();
