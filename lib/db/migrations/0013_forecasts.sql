-- Tropical-cyclone forecasts as weather services send them (lib/contracts/forecast.ts), kept whole so a
-- past night can be replayed; one per source, storm and issue time.
CREATE TABLE forecasts (
  id           uuid PRIMARY KEY,
  source       text NOT NULL,
  storm_id     text NOT NULL,
  storm_name   text NOT NULL,
  issued_at    timestamptz NOT NULL,
  received_at  timestamptz NOT NULL,
  body         jsonb NOT NULL,
  UNIQUE (source, storm_id, issued_at)
);
CREATE INDEX forecasts_issued_idx ON forecasts (issued_at);
