-- The wall screen's mode, one row: typhoon mode is on while an operator or leader switched it on, or
-- while a typhoon or rainstorm alert is in force (issue 15's alerts set alert_in_force).
CREATE TABLE screen_mode (
  id              boolean PRIMARY KEY DEFAULT true CHECK (id),
  typhoon_switch  boolean NOT NULL DEFAULT false,
  alert_in_force  boolean NOT NULL DEFAULT false,
  changed_at      timestamptz NOT NULL DEFAULT now(),
  changed_by      text
);
INSERT INTO screen_mode (id) VALUES (true);
