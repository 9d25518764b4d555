-- Reports merged into a case follow it: their reporters are told of its later steps, found through this index.

CREATE INDEX cases_merged_into_idx ON cases (merged_into) WHERE merged_into IS NOT NULL;
