-- One row per click on a risk point's suggested action (lib/pipeline/take-risk-action.ts), keyed by the client's
-- key: the first request claims it, so a double click sends one pump and opens one case; a repeat is answered
-- from here. `case_id` is set once the case is open; `refusal` when the resource was no longer available.
CREATE TABLE risk_actions (
  client_key     text PRIMARY KEY,
  cell           text NOT NULL,
  horizon_hours  smallint NOT NULL,
  computed_at    timestamptz NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('pump', 'sandbags', 'shelter', 'evacuate')),
  resource_id    uuid REFERENCES resources (id),
  actor          text NOT NULL,
  case_id        uuid REFERENCES cases (id),
  refusal        text,
  created_at     timestamptz NOT NULL
);

CREATE INDEX risk_actions_cell ON risk_actions (cell, created_at);
