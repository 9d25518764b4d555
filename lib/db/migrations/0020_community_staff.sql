-- Community staff (docs/care.md, "Who sees what"): civil-affairs (民政) staff assigned to the grid cells of their
-- community see and maintain the care registry of those cells only. Staff with no cell see households masked.
ALTER TABLE users ADD COLUMN community_cells text[] NOT NULL DEFAULT '{}';
ALTER TABLE users ADD CONSTRAINT users_community_cells_civil_affairs
  CHECK (cardinality(community_cells) = 0 OR (role = 'department_staff' AND department = 'civil_affairs'));
