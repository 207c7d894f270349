-- AI Risk Workbench: who may do what in a team workspace (issue 19, ADR 0037).
--
-- Run by the server's administrator (a superuser, or a managed service's administrator account), connected to the
-- workbench's database, after the first connection of the workbench has made its tables:
--
--     psql --dbname=ai_risk --file=roles.sql
--
-- It makes three group roles, which no one logs in as; people's own accounts are made members of them:
--
--   airisk_admin     owns the tables and brings them up to date when a newer workbench connects;
--   airisk_assessor  reads everything, writes the assessments' content (answers, notes, evidence, overrides, plan),
--                    submits for review and comments; cannot record decisions or sign-offs;
--   airisk_reviewer  reads everything, moves review stages, records decisions, conditions and sign-offs, writes
--                    comments; cannot change answers, overrides, the plan or evidence.
--
-- It can be run again at any time (after every upgrade of the workbench, for instance): it changes only what is not
-- yet as described here. Tables a later version adds get the reading rights (and the assessors' writing rights) by
-- themselves, through default privileges, when the update runs as airisk_admin.

DO $roles$
DECLARE
    workbench_role TEXT;
BEGIN
    FOREACH workbench_role IN ARRAY ARRAY['airisk_admin', 'airisk_assessor', 'airisk_reviewer'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = workbench_role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', workbench_role);
        END IF;
    END LOOP;
END
$roles$;

-- Only the three roles (and superusers) may connect to this database; the schema is the administrator's.
DO $database$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO airisk_admin, airisk_assessor, airisk_reviewer',
                   current_database());
END
$database$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO airisk_admin;
GRANT USAGE ON SCHEMA public TO airisk_assessor, airisk_reviewer;

-- The administrator role owns every table, sequence and function of the workbench, whoever made them.
DO $owner$
DECLARE
    object RECORD;
BEGIN
    FOR object IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
                    AND pg_get_userbyid(c.relowner) <> 'airisk_admin'
                    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                                    AND c.relkind = 'S') LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO airisk_admin',
                       CASE object.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                       object.relname);
    END LOOP;
    FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'airisk_admin' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO airisk_admin', object.signature);
    END LOOP;
END
$owner$;

-- Everyone in the workbench's roles reads everything; writing is granted table by table below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM airisk_assessor, airisk_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO airisk_assessor, airisk_reviewer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO airisk_assessor, airisk_reviewer;

-- Assessors: the assessments' content, submitting versions for review, comments, and what both roles share.
GRANT INSERT, UPDATE, DELETE ON assessment, answer, risk_override, plan_item, evidence, imported_risk, review_version,
    review_comment, audit_entry, preference, portfolio_tally, portfolio_risk_tally, detail_version, checkout
    TO airisk_assessor;

-- Reviewers: decisions, conditions, sign-offs and comments; on an assessment only its review stage, its audit chain's
-- head and the results the workbench keeps from scoring it (the tallies follow from those by a trigger).
GRANT INSERT, UPDATE ON review_decision TO airisk_reviewer;
GRANT INSERT ON review_condition TO airisk_reviewer;
GRANT INSERT, UPDATE, DELETE ON review_comment, preference, portfolio_tally, portfolio_risk_tally TO airisk_reviewer;
GRANT INSERT ON audit_entry TO airisk_reviewer;
GRANT UPDATE (review_stage, row_version, changed_by, audit_entries, audit_head, overall_level, overall_rank,
              above_appetite_risks, results_current) ON assessment TO airisk_reviewer;

-- Tables a later version of the workbench adds, when airisk_admin makes them: readable by both roles, written by
-- assessors. A reviewer's right to write a new table comes with the new version of this script.
ALTER DEFAULT PRIVILEGES FOR ROLE airisk_admin IN SCHEMA public
    GRANT SELECT ON TABLES TO airisk_assessor, airisk_reviewer;
ALTER DEFAULT PRIVILEGES FOR ROLE airisk_admin IN SCHEMA public
    GRANT INSERT, UPDATE, DELETE ON TABLES TO airisk_assessor;
ALTER DEFAULT PRIVILEGES FOR ROLE airisk_admin IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO airisk_assessor, airisk_reviewer;
