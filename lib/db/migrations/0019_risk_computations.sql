-- Each recomputation of the flood-risk map (lib/pipeline/compute-risk.ts), one row per horizon: the cells that
-- scored above a floor (at most a few hundred), with their reasons, and the newest input it saw, so a past
-- night can be replayed computation by computation.
CREATE TABLE risk_computations (
  computed_at    timestamptz NOT NULL,
  inputs_as_of   timestamptz NOT NULL,
  horizon_hours  smallint NOT NULL,
  cells          jsonb NOT NULL,
  PRIMARY KEY (horizon_hours, computed_at)
);
