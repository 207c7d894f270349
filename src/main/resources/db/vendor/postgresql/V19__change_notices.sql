-- PostgreSQL's copy (H2's does nothing: a library on this computer has one window, and nobody to hear a notice).
-- Team workspaces (issue 19, ADR 0042). Every change to an assessment or to what is recorded for it sends a notice
-- on the channel 'assessment_changed' when its transaction commits, so that the windows of colleagues can show it.
-- The server sends it, whichever program wrote: the window, the command line or any other client. The notice is
-- "<backend pid> <assessment id> <changed_by>", the pid telling a window's own saves from the others', the name
-- (may be empty) saying whose change it was. The server sends one notice per distinct text and transaction.
CREATE FUNCTION assessment_change_notice() RETURNS TRIGGER AS $$
DECLARE
    changed RECORD;
    changed_id UUID;
    who TEXT := '';
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'assessment' THEN
        changed_id := changed.id;
    ELSE
        changed_id := changed.assessment_id;
    END IF;
    IF TG_NARGS > 0 THEN -- the table records who changed a row
        who := COALESCE(changed.changed_by, '');
    END IF;
    PERFORM pg_notify('assessment_changed', pg_backend_pid() || ' ' || changed_id || ' ' || left(who, 200));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice('changed_by');
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON answer
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice('changed_by');
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON plan_item
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice('changed_by');
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON risk_override
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice('changed_by');
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice();
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON review_version
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice();
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON review_decision
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice();
CREATE TRIGGER assessment_change_notice AFTER INSERT OR UPDATE OR DELETE ON review_comment
    FOR EACH ROW EXECUTE FUNCTION assessment_change_notice();
