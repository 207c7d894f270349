-- An index for the portfolio's review-stage filter, the one filter column without one (owner, status and the
-- last-change time have theirs: V1, V4). Issue 21, ADR 0022. Portable SQL: the same file runs on PostgreSQL.
CREATE INDEX assessment_by_review_stage ON assessment (review_stage);
