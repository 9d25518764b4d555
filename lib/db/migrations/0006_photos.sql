-- Photos from grid workers' phones: the bytes live in a content-addressed file store (UPLOAD_DIR),
-- named by their SHA-256; a row says who uploaded what, and which case or report it belongs to.

CREATE TABLE photos (
  id           uuid PRIMARY KEY,
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  mime         text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes        integer NOT NULL CHECK (bytes > 0),
  uploaded_by  text NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  -- A report's photo is uploaded before its event is stored, so this names the event by id, without a key.
  event_id     uuid
);
CREATE INDEX photos_event_idx ON photos (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX photos_uploader_idx ON photos (uploaded_by, created_at DESC);

-- Before/after photos taken for one step of a case; a photo belongs to one case only.
CREATE TABLE case_photos (
  photo_id     uuid PRIMARY KEY REFERENCES photos (id),
  case_id      uuid NOT NULL REFERENCES cases (id),
  kind         text NOT NULL CHECK (kind IN ('before', 'after')),
  action       text NOT NULL,
  attached_at  timestamptz NOT NULL
);
CREATE INDEX case_photos_case_idx ON case_photos (case_id, attached_at);
