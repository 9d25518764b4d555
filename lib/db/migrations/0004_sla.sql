-- SLA clocks per stage: when each is due, whether the case is overdue, and every breach on record.

ALTER TABLE cases
  ADD COLUMN overdue_since  timestamptz,
  ADD COLUMN escalated_at   timestamptz;

CREATE TABLE sla_breaches (
  id           bigserial PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  clock        text NOT NULL CHECK (clock IN ('sign_for', 'arrive', 'resolve')),
  started_at   timestamptz NOT NULL,
  due_at       timestamptz NOT NULL,
  detected_at  timestamptz NOT NULL,
  response     text NOT NULL CHECK (response IN ('reassign', 'escalate')),
  UNIQUE (case_id, clock, started_at)
);
CREATE INDEX sla_breaches_case_idx ON sla_breaches (case_id);
