-- Version 8: the audit trail is a hash chain. Each row carries the hash of the row before it and
-- its own hash over that and its content (SHA-256, see db/AuditLog.h), so a changed, removed or
-- reordered row breaks the chain from there on (floorctl audit verify names the first bad row).
-- Rows written before this version are sealed once, in order, when the cache is next opened; an
-- update may only fill the hashes of a row that has none, and may change nothing else.

ALTER TABLE audit ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_no_update;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN OLD.hash <> '' OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.operator_badge IS NOT OLD.operator_badge
     OR NEW.station_id IS NOT OLD.station_id OR NEW.action IS NOT OLD.action OR NEW.subject IS NOT OLD.subject
     OR NEW.detail IS NOT OLD.detail
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;

CREATE INDEX audit_unsealed ON audit(id) WHERE hash = '';
