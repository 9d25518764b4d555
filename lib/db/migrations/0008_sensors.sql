-- Sensors (rain and water-level gauges, smart water and electricity meters) and their readings.

CREATE TABLE sensors (
  id              text PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('rain_gauge', 'water_level', 'water_meter', 'electricity_meter')),
  lat             double precision NOT NULL,
  lng             double precision NOT NULL,
  district        integer NOT NULL REFERENCES districts (adcode),
  grid_cell       text NOT NULL,
  unit            text NOT NULL,
  -- A reading above alarm_above raises an event of alarm_category; a sensor without one never alarms.
  alarm_above     double precision,
  alarm_category  text REFERENCES categories (code),
  CHECK ((alarm_above IS NULL) = (alarm_category IS NULL))
);
CREATE INDEX sensors_district_idx ON sensors (district);

-- One row per sensor and instant, so a resent reading is stored once. No foreign key to sensors:
-- intake checks the ids once per batch, and a per-row trigger would cost a large share of the
-- bulk insert's throughput.
CREATE TABLE sensor_readings (
  sensor_id    text NOT NULL,
  measured_at  timestamptz NOT NULL,
  value        double precision NOT NULL,
  PRIMARY KEY (sensor_id, measured_at)
);
