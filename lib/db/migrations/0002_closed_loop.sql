-- The closed loop: who reported, when each stage was reached, the result, the rating, merges and reopenings.

ALTER TABLE cases
  ADD COLUMN reporter_id    text,
  ADD COLUMN signed_for_at  timestamptz,
  ADD COLUMN arrived_at     timestamptz,
  ADD COLUMN resolved_at    timestamptz,
  ADD COLUMN rated_at       timestamptz,
  ADD COLUMN closed_at      timestamptz,
  ADD COLUMN result         text,
  ADD COLUMN rating         text CHECK (rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
  ADD COLUMN merged_into    uuid REFERENCES cases (id),
  ADD COLUMN reopen_count   integer NOT NULL DEFAULT 0;

CREATE INDEX cases_assignee_idx ON cases (assignee_id) WHERE assignee_id IS NOT NULL;
