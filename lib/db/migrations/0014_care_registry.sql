-- The registry of vulnerable households watched through their meters (docs/care.md, "Registry and alerts"):
-- personal data (name, exact address, phones, ID number) live only here and are masked on the way out
-- for everyone but the household's grid worker, the workers of its grid, civil-affairs staff and the desk.

CREATE TABLE care_households (
  id                   uuid PRIMARY KEY,
  category             text NOT NULL CHECK (category IN ('elderly_alone', 'disabled', 'elderly_couple', 'other')),
  name                 text NOT NULL,
  address              text NOT NULL,
  phone                text,
  id_number            text,
  lat                  double precision NOT NULL,
  lng                  double precision NOT NULL,
  district             integer NOT NULL REFERENCES districts (adcode),
  grid_cell            text NOT NULL,
  water_meter_id       text UNIQUE REFERENCES sensors (id),
  electricity_meter_id text UNIQUE REFERENCES sensors (id),
  grid_worker_id       text NOT NULL REFERENCES workers (id),
  -- [{name, relation, phone, webhookUrl?}]
  family_contacts      jsonb NOT NULL DEFAULT '[]',
  consent_given_by     text NOT NULL,
  consent_at           timestamptz NOT NULL,
  consent_scope        text NOT NULL,
  -- The watch's state as the care model adapter keeps it (lib/pipeline/care/care-model-adapter.ts).
  model_state          jsonb,
  demo                 boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  version              integer NOT NULL DEFAULT 1
);
CREATE INDEX care_households_grid_idx ON care_households (grid_cell);
CREATE INDEX care_households_worker_idx ON care_households (grid_worker_id);

-- Announced absences: "away until …", a hospital stay; alerts are suppressed while one runs.
CREATE TABLE care_absences (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES care_households (id) ON DELETE CASCADE,
  reason        text NOT NULL CHECK (reason IN ('away', 'hospital')),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
  note          text NOT NULL DEFAULT '',
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX care_absences_household_idx ON care_absences (household_id, ends_at);

-- One row per alert or meter fault the watch raised, and what came of it.
CREATE TABLE care_alerts (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES care_households (id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('alert', 'meter_fault')),
  -- The hour it was raised on, hours since 1970: one alert per household and hour.
  raised_hour   integer NOT NULL,
  seen          text NOT NULL,
  case_id       uuid REFERENCES cases (id),
  outcome       text CHECK (outcome IN ('safe', 'needed_help', 'hospital', 'false_alarm')),
  outcome_note  text,
  outcome_by    text,
  outcome_at    timestamptz,
  created_at    timestamptz NOT NULL,
  UNIQUE (household_id, kind, raised_hour)
);
CREATE INDEX care_alerts_open_idx ON care_alerts (outcome) WHERE outcome IS NULL;
CREATE INDEX care_alerts_case_idx ON care_alerts (case_id);

-- Append-only (a trigger refuses updates and deletes): who changed which household, when, and the fields changed (personal values never logged).
CREATE TABLE care_audit (
  id            bigserial PRIMARY KEY,
  household_id  uuid NOT NULL,
  actor         text NOT NULL,
  action        text NOT NULL,
  fields        text[] NOT NULL,
  at            timestamptz NOT NULL
);
CREATE INDEX care_audit_household_idx ON care_audit (household_id, at);
CREATE FUNCTION forbid_care_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'care_audit is append-only';
END;
$$;

CREATE TRIGGER care_audit_append_only
  BEFORE UPDATE OR DELETE ON care_audit
  FOR EACH ROW EXECUTE FUNCTION forbid_care_audit_change();
