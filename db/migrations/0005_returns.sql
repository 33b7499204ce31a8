-- Version 5: what returns inspection records. The decision on a line (restock or hold) stays
-- known after the line moves on to refunded or replaced, for the restock rate; who changed the
-- line last and when.

ALTER TABLE return_line ADD COLUMN decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'restock', 'hold'));
ALTER TABLE return_line ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE return_line ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

CREATE INDEX return_line_by_reason ON return_line(reason, status);
