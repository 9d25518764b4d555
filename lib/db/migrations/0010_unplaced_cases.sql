-- A report may carry only an address that names no place the city knows: its case is kept without a
-- position (待定位) until a dispatcher places it. Position and grid come and go together.
ALTER TABLE cases
  ALTER COLUMN lat DROP NOT NULL,
  ALTER COLUMN lng DROP NOT NULL,
  ALTER COLUMN grid_cell DROP NOT NULL,
  ADD CONSTRAINT cases_placed_whole CHECK ((lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (grid_cell IS NULL));

-- A report placed only by the district its address names sits at that district's centre, kilometres
-- from the problem perhaps: no worker is sent there until a dispatcher confirms the place (locate).
ALTER TABLE cases ADD COLUMN location_approximate boolean NOT NULL DEFAULT false;

-- A category auto-dispatch leaves to the desk (the catch-all 其他): its cases wait for a dispatcher.
ALTER TABLE categories ADD COLUMN auto_dispatch boolean NOT NULL DEFAULT true;
