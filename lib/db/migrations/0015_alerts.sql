-- CAP 1.2 alerts: received from warning services (POST /api/alerts) and issued by the city's operators.
-- One per (identifier, sender, sent), CAP's own key; the XML is kept as received (or as published).
CREATE TABLE alerts (
  id           uuid PRIMARY KEY,
  identifier   text NOT NULL,
  sender       text NOT NULL,
  sent         timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('Actual', 'Exercise', 'System', 'Test', 'Draft')),
  msg_type     text NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Cancel', 'Ack', 'Error')),
  scope        text NOT NULL CHECK (scope IN ('Public', 'Restricted', 'Private')),
  -- `sender,identifier,sent` triples of the messages this one updates or cancels.
  refs         text,
  origin       text NOT NULL CHECK (origin IN ('received', 'issued')),
  issued_by    text REFERENCES users (id),
  -- An Update supersedes what it references, a Cancel cancels it; replaced_by is that later message.
  state        text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'superseded', 'cancelled')),
  replaced_by  uuid REFERENCES alerts (id),
  version      integer NOT NULL DEFAULT 1,
  received_at  timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  body         jsonb NOT NULL,
  xml          text NOT NULL,
  UNIQUE (identifier, sender, sent)
);
CREATE INDEX alerts_active_idx ON alerts (sent) WHERE state = 'active';
CREATE INDEX alerts_issued_idx ON alerts (sent) WHERE origin = 'issued';

-- Each info block: what, how bad, when. effective is the info's, or the alert's sent time.
CREATE TABLE alert_infos (
  alert_id     uuid NOT NULL REFERENCES alerts (id),
  position     integer NOT NULL,
  language     text,
  categories   text[] NOT NULL,
  event        text NOT NULL,
  urgency      text NOT NULL,
  severity     text NOT NULL,
  certainty    text NOT NULL,
  effective    timestamptz NOT NULL,
  onset        timestamptz,
  expires      timestamptz,
  headline     text,
  description  text,
  PRIMARY KEY (alert_id, position)
);
CREATE INDEX alert_infos_expires_idx ON alert_infos (expires);

-- Each area of an info block, its shapes as GeoJSON-ordered coordinates: polygons [[[lon, lat], …]],
-- circles [{lon, lat, radiusKm}].
CREATE TABLE alert_areas (
  alert_id       uuid NOT NULL REFERENCES alerts (id),
  info_position  integer NOT NULL,
  position       integer NOT NULL,
  area_desc      text NOT NULL,
  polygons       jsonb NOT NULL,
  circles        jsonb NOT NULL,
  PRIMARY KEY (alert_id, info_position, position)
);
