-- Emergency resources (shelters, pump trucks, sandbag depots, rescue teams, vehicles) and their history.

CREATE TABLE resources (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('shelter', 'pump', 'sandbags', 'team', 'vehicle')),
  code            text NOT NULL UNIQUE,
  name_zh         text NOT NULL,
  name_en         text NOT NULL,
  district        integer NOT NULL REFERENCES districts (adcode),
  -- Whose staff run it in the field (lib/domain/resources/resource-rules.ts).
  department      text NOT NULL REFERENCES departments (code),
  lat             double precision NOT NULL,
  lng             double precision NOT NULL,
  state           text NOT NULL CHECK (state IN ('available', 'en_route', 'on_scene', 'returning', 'open', 'full', 'closed')),
  version         integer NOT NULL DEFAULT 1,
  capacity        integer CHECK (capacity >= 0),
  occupancy       integer CHECK (occupancy >= 0 AND occupancy <= capacity),
  m3_per_hour     double precision CHECK (m3_per_hour > 0),
  stock           integer CHECK (stock >= 0),
  members         integer CHECK (members > 0),
  skills          text[] NOT NULL DEFAULT '{}',
  -- The job it is on: a case, or a place (target_case_id null), with where it is.
  target_case_id  uuid REFERENCES cases (id),
  target_lat      double precision,
  target_lng      double precision,
  target_label    text,
  demo            boolean NOT NULL DEFAULT false,
  updated_at      timestamptz NOT NULL,
  CHECK ((kind = 'shelter') = (capacity IS NOT NULL AND occupancy IS NOT NULL)),
  CHECK ((kind = 'sandbags') = (stock IS NOT NULL)),
  CHECK ((target_lat IS NULL) = (target_lng IS NULL)),
  CHECK (target_case_id IS NULL OR target_lat IS NOT NULL)
);
CREATE INDEX resources_kind_idx ON resources (kind, state);
CREATE INDEX resources_target_case_idx ON resources (target_case_id) WHERE target_case_id IS NOT NULL;

-- Append-only, as case_history: who did what to a resource, when, from which state to which.
CREATE TABLE resource_history (
  id           bigserial PRIMARY KEY,
  resource_id  uuid NOT NULL REFERENCES resources (id),
  at           timestamptz NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  from_state   text,
  to_state     text,
  detail       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX resource_history_resource_idx ON resource_history (resource_id, id);

CREATE FUNCTION forbid_resource_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'resource_history is append-only';
END;
$$;

CREATE TRIGGER resource_history_append_only
  BEFORE UPDATE OR DELETE ON resource_history
  FOR EACH ROW EXECUTE FUNCTION forbid_resource_history_change();
