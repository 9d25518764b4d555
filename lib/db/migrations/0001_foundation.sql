-- Foundation: the demo city's reference data, raw events, cases, their history and assignments.

CREATE TABLE districts (
  adcode      integer PRIMARY KEY,
  name_zh     text NOT NULL,
  name_en     text NOT NULL
);

CREATE TABLE grids (
  cell        text PRIMARY KEY,            -- H3 resolution-9 index
  district    integer NOT NULL REFERENCES districts (adcode),
  lat         double precision NOT NULL,
  lng         double precision NOT NULL
);
CREATE INDEX grids_district_idx ON grids (district);

CREATE TABLE departments (
  code        text PRIMARY KEY,
  name_zh     text NOT NULL,
  name_en     text NOT NULL
);

CREATE TABLE categories (
  code                 text PRIMARY KEY,
  name_zh              text NOT NULL,
  name_en              text NOT NULL,
  department           text NOT NULL REFERENCES departments (code),
  priority             text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
  skills               text[] NOT NULL,
  sla_sign_for_minutes integer NOT NULL CHECK (sla_sign_for_minutes > 0),
  sla_arrive_minutes   integer NOT NULL CHECK (sla_arrive_minutes > 0),
  sla_resolve_minutes  integer NOT NULL CHECK (sla_resolve_minutes > 0)
);

CREATE TABLE workers (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  phone       text NOT NULL,
  district    integer NOT NULL REFERENCES districts (adcode),
  grid_cell   text NOT NULL,
  skills      text[] NOT NULL,
  on_duty     boolean NOT NULL DEFAULT true,
  load        integer NOT NULL DEFAULT 0 CHECK (load >= 0),
  max_load    integer NOT NULL DEFAULT 5 CHECK (max_load > 0),
  lat         double precision NOT NULL,
  lng         double precision NOT NULL,
  version     integer NOT NULL DEFAULT 1
);

CREATE SEQUENCE case_code_seq;

CREATE TABLE cases (
  id             uuid PRIMARY KEY,
  code           text NOT NULL UNIQUE,
  category       text NOT NULL REFERENCES categories (code),
  channel        text NOT NULL,
  priority       text NOT NULL,
  stage          text NOT NULL,
  description    text NOT NULL,
  lat            double precision NOT NULL,
  lng            double precision NOT NULL,
  grid_cell      text NOT NULL,
  district       integer REFERENCES districts (adcode),
  department     text NOT NULL REFERENCES departments (code),
  assignee_id    text REFERENCES workers (id),
  created_at     timestamptz NOT NULL,
  dispatched_at  timestamptz,
  updated_at     timestamptz NOT NULL,
  version        integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_stage_idx ON cases (stage);
CREATE INDEX cases_created_at_idx ON cases (created_at DESC);

CREATE TABLE events (
  id               uuid PRIMARY KEY,
  idempotency_key  text NOT NULL UNIQUE,
  channel          text NOT NULL,
  category         text NOT NULL,
  payload          jsonb NOT NULL,
  received_at      timestamptz NOT NULL,
  case_id          uuid REFERENCES cases (id)
);
CREATE INDEX events_case_idx ON events (case_id);

-- Append-only audit trail: who did what, when, from which stage to which.
CREATE TABLE case_history (
  id          bigserial PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES cases (id),
  at          timestamptz NOT NULL,
  actor       text NOT NULL,
  action      text NOT NULL,
  from_stage  text,
  to_stage    text,
  detail      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_history_case_idx ON case_history (case_id, id);

CREATE FUNCTION forbid_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_history is append-only';
END;
$$;

CREATE TRIGGER case_history_append_only
  BEFORE UPDATE OR DELETE ON case_history
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();

CREATE TABLE assignments (
  id           bigserial PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  worker_id    text NOT NULL REFERENCES workers (id),
  distance_m   integer NOT NULL,
  reason       jsonb NOT NULL,
  assigned_at  timestamptz NOT NULL
);
CREATE INDEX assignments_case_idx ON assignments (case_id);
