-- Reports merged into a case follow it: their reporters are told of its later steps. A case carrying
-- merged reports says so itself, so the notifications of every other case (nearly all) need no
-- search for riders; each merged report keeps when it joined.

ALTER TABLE cases
  ADD COLUMN merged_at       timestamptz,
  ADD COLUMN carries_reports boolean NOT NULL DEFAULT false;

UPDATE cases c
SET merged_at = (SELECT max(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action = 'merge')
WHERE c.merged_into IS NOT NULL;

UPDATE cases SET carries_reports = true
WHERE id IN (SELECT merged_into FROM cases WHERE merged_into IS NOT NULL);

CREATE INDEX cases_merged_into_idx ON cases (merged_into) WHERE merged_into IS NOT NULL;
