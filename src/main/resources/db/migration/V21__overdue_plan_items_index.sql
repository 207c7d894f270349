-- The portfolio's overdue count at scale (issue 19): without a filter it is read from this index of the plan items
-- alone (decision, due day, status and the assessment, so the table itself is not visited), less the items of
-- assessments marked deleted, which the second index finds without reading every assessment. IF NOT EXISTS: safe
-- to run again on a library that already has them.
CREATE INDEX IF NOT EXISTS plan_item_overdue ON plan_item (decision, due_date, status, assessment_id);
CREATE INDEX IF NOT EXISTS assessment_deleted ON assessment (deleted_at);
