-- 吹哨报到: a street summons several departments to one case; each must report in (报到) by a deadline.

ALTER TABLE categories ADD COLUMN summon_departments text[] NOT NULL DEFAULT '{}';

CREATE TABLE summons (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  whistle      text NOT NULL CHECK (whistle IN ('routine', 'hard', 'emergency')),
  summoned_by  text NOT NULL,
  reason       text NOT NULL,
  created_at   timestamptz NOT NULL,
  ack_due_at   timestamptz NOT NULL
);
CREATE INDEX summons_case_idx ON summons (case_id);

CREATE TABLE summon_departments (
  summon_id        uuid NOT NULL REFERENCES summons (id),
  department       text NOT NULL REFERENCES departments (code),
  acknowledged_at  timestamptz,
  acknowledged_by  text,
  missed_at        timestamptz,
  score            integer CHECK (score BETWEEN 1 AND 5),
  rated_at         timestamptz,
  rated_by         text,
  PRIMARY KEY (summon_id, department)
);
CREATE INDEX summon_departments_pending_idx ON summon_departments (department) WHERE acknowledged_at IS NULL;
