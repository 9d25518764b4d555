-- The wall screen's 24-hour trends read, every KPI refresh, the stage changes and dispatches of the
-- last day: without these, both are full scans of tables that grow by every case and every step.
CREATE INDEX case_history_stage_change_at_idx ON case_history (at) WHERE to_stage IS DISTINCT FROM from_stage;
CREATE INDEX cases_dispatched_at_idx ON cases (dispatched_at) WHERE dispatched_at IS NOT NULL;
