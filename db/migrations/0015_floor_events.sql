-- The floor's facts for the master (DESIGN.md §4): each becomes a floor event with its own UUID in
-- the same transaction as the change that made it, and the sync thread pushes them beside the
-- movements. Triggers write them, so no workflow can change a package, an order, a return line or
-- an exception without its event. Verdict counts and the audit head are gathered by the sync thread
-- (FloorEventOutbox::gather), from scan_log and audit rows past the marks kept here: a scan writes
-- nothing more than it did.

-- A random (version 4) UUID, read once per trigger firing.
CREATE VIEW new_uuid AS
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
             || hex(randomblob(6))) AS uuid;

-- The UUID is random (version 4) and only the master looks events up by it: no index here, so the
-- pack bench's commit does not write a page at a random place for every event.
CREATE TABLE floor_event (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('shipment','order','return_line','exception_raised',
                                             'exception_resolved','verdict_counts','audit_head')),
    body       TEXT NOT NULL CHECK (json_valid(body)),
    created_at INTEGER NOT NULL,
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','acked','rejected')),
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX floor_event_pending ON floor_event(id) WHERE state = 'pending';

-- How far scan_log and audit have been gathered into events.
CREATE TABLE floor_event_mark (
    name  TEXT PRIMARY KEY CHECK (name IN ('scan_log','audit')),
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO floor_event_mark (name, value) VALUES ('scan_log', 0), ('audit', 0);

-- An exception is one thing on every station and on the master: its UUID says which. `origin`
-- tells an exception raised here from one pulled from another station of the warehouse.
ALTER TABLE exception ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE exception ADD COLUMN origin TEXT NOT NULL DEFAULT 'here' CHECK (origin IN ('here','master'));
-- Where its resolution was made: here (an event for the master) or on the master, pulled (the
-- first resolution of it anywhere, which every station takes).
ALTER TABLE exception ADD COLUMN resolved_via TEXT NOT NULL DEFAULT 'here' CHECK (resolved_via IN ('here','master'));
UPDATE exception
   SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
                    || hex(randomblob(6)));
CREATE UNIQUE INDEX exception_by_uuid ON exception(uuid);

CREATE TRIGGER shipment_event AFTER UPDATE OF status ON shipment
WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('picking','picked','packed','labelled','shipped')
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'shipment',
           json_object('shipment_id', NEW.id, 'status', NEW.status, 'box_code', NEW.box_code,
                       'weight_g', NEW.weight_g, 'sscc', NEW.sscc, 'tracking_number', NEW.tracking_number,
                       'label_barcode', NEW.printed_barcode, 'verified_by', NEW.label_verified_by,
                       'lines', CASE WHEN NEW.status IN ('packed','labelled','shipped')
                                     THEN json((SELECT json_group_array(json_object('line_no', l.line_no,
                                                                                    'packed_qty', l.packed_qty,
                                                                                    'short_reason', l.short_reason))
                                                  FROM shipment_line l WHERE l.shipment_id = NEW.id))
                                     ELSE json('[]') END),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;

CREATE TRIGGER order_event AFTER UPDATE OF status ON orders
WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('picking','packed','shipped')
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'order', json_object('order_id', NEW.id, 'status', NEW.status),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;

CREATE TRIGGER return_line_event AFTER UPDATE OF status ON return_line
WHEN NEW.status IS NOT OLD.status AND NEW.status <> 'expected'
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'return_line',
           json_object('rma_id', NEW.rma_id, 'line_no', NEW.line_no, 'status', NEW.status, 'grade', NEW.grade,
                       'reason', NEW.reason, 'updated_by', NEW.updated_by),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;

CREATE TRIGGER exception_raised_event AFTER INSERT ON exception
WHEN NEW.origin = 'here'
BEGIN
    UPDATE exception SET uuid = (SELECT uuid FROM new_uuid) WHERE id = NEW.id AND uuid = '';
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'exception_raised',
           json_object('uuid', e.uuid, 'kind', e.kind, 'reference', e.reference, 'order_id', e.order_id,
                       'sku', e.sku, 'detail', substr(e.detail, 1, 2000), 'raised_by', e.operator_badge,
                       'raised_at', e.raised_at),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
      FROM exception e WHERE e.id = NEW.id;
END;

CREATE TRIGGER exception_resolved_event AFTER UPDATE OF status ON exception
WHEN NEW.status = 'resolved' AND OLD.status = 'open' AND NEW.resolved_via = 'here'
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'exception_resolved',
           json_object('uuid', NEW.uuid, 'resolved_by', NEW.resolved_by, 'resolved_at', NEW.resolved_at,
                       'note', substr(NEW.resolution_note, 1, 2000)),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;

-- What the master has not heard of yet: the exceptions this station raised before this version.
INSERT INTO floor_event (uuid, kind, body, created_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
             || hex(randomblob(6))),
       'exception_raised',
       json_object('uuid', uuid, 'kind', kind, 'reference', reference, 'order_id', order_id, 'sku', sku,
                   'detail', substr(detail, 1, 2000), 'raised_by', operator_badge, 'raised_at', raised_at),
       CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
  FROM exception ORDER BY id;

-- The whole warehouse's figures as the master counted them (master.warehouse_floor_counts), for
-- today and for the week, fetched by the sync thread for the supervisor's dashboard, which never
-- waits on the network.
CREATE TABLE floor_snapshot (
    period   TEXT PRIMARY KEY CHECK (period IN ('today','week')),
    since_ms INTEGER NOT NULL,
    until_ms INTEGER NOT NULL,
    taken_at INTEGER NOT NULL,
    counts   TEXT NOT NULL CHECK (json_valid(counts))
) WITHOUT ROWID;
