-- Identity: users with one role each, and sign-in sessions. Only a SHA-256 of a session token is
-- stored, so a leaked table cannot be replayed as cookies.

CREATE TABLE users (
  id             text PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN ('resident', 'grid_worker', 'department_staff', 'dispatcher', 'operator', 'leader', 'admin')),
  password_hash  text NOT NULL,
  department     text REFERENCES departments (code),
  worker_id      text UNIQUE REFERENCES workers (id),
  phone          text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- The scope a role is checked against must be there: a department's staff, a worker's account.
  CHECK (role <> 'department_staff' OR department IS NOT NULL),
  CHECK (role <> 'grid_worker' OR worker_id IS NOT NULL)
);

CREATE TABLE sessions (
  token_hash    text PRIMARY KEY,
  user_id       text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
