-- Residents' private tracking links, and server secrets generated on first start.

-- A link is a capability: whoever holds the token may follow and rate the case. Only its SHA-256
-- is kept, so a leaked table cannot be turned back into links.
CREATE TABLE tracking_links (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  case_id     uuid NOT NULL REFERENCES cases (id),
  created_at  timestamptz NOT NULL
);
CREATE INDEX tracking_links_case_idx ON tracking_links (case_id);

-- Secrets every process of a deployment must share (e.g. the key tracking tokens are derived
-- with), created once by whichever process starts first, unless configured.
CREATE TABLE server_secrets (
  name        text PRIMARY KEY,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
