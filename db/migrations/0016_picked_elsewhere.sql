-- A package picked at one station can be packed at another (DESIGN.md §4). The picking station's
-- `picked` event carries the tote and what each line held when picked; the master keeps both and
-- its feed brings them here. The pack bench finds a tote it did not bind itself by the package's
-- tote, and expects what was picked, short lines shown with the picker's reason.

-- The tote the package was picked into, as the master has it (a tote bound here is in pick_tote).
ALTER TABLE shipment ADD COLUMN tote TEXT NOT NULL DEFAULT '';
CREATE INDEX shipment_by_tote ON shipment(tote) WHERE tote <> '';
-- What the line held when picked, as the master has it; NULL until some station picked it.
ALTER TABLE shipment_line ADD COLUMN picked_qty INTEGER CHECK (picked_qty >= 0);

-- A row while the sync thread writes what it pulled: a status the master brings (another
-- station's progress) is not this station's fact, and makes no event.
CREATE TABLE pull_marker (pulling INTEGER PRIMARY KEY CHECK (pulling = 1));

DROP TRIGGER shipment_event;
CREATE TRIGGER shipment_event AFTER UPDATE OF status ON shipment
WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('picking','picked','packed','labelled','shipped')
     AND NOT EXISTS (SELECT 1 FROM pull_marker)
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'shipment',
           json_object('shipment_id', NEW.id, 'status', NEW.status, 'box_code', NEW.box_code,
                       'weight_g', NEW.weight_g, 'sscc', NEW.sscc, 'tracking_number', NEW.tracking_number,
                       'label_barcode', NEW.printed_barcode, 'verified_by', NEW.label_verified_by,
                       'tote', coalesce((SELECT t.tote FROM pick_tote t WHERE t.shipment_id = NEW.id AND t.tote <> ''
                                          ORDER BY t.pick_list_id DESC LIMIT 1), NEW.tote),
                       'lines', CASE WHEN NEW.status IN ('packed','labelled','shipped')
                                     THEN json((SELECT json_group_array(json_object('line_no', l.line_no,
                                                                                    'packed_qty', l.packed_qty,
                                                                                    'short_reason', l.short_reason))
                                                  FROM shipment_line l WHERE l.shipment_id = NEW.id))
                                     WHEN NEW.status = 'picked'
                                     THEN json((SELECT json_group_array(json_object('line_no', l.line_no,
                                                                                    'picked_qty', l.quantity - l.short_qty,
                                                                                    'short_reason', l.short_reason))
                                                  FROM shipment_line l WHERE l.shipment_id = NEW.id))
                                     ELSE json('[]') END),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;

DROP TRIGGER order_event;
CREATE TRIGGER order_event AFTER UPDATE OF status ON orders
WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('picking','packed','shipped')
     AND NOT EXISTS (SELECT 1 FROM pull_marker)
BEGIN
    INSERT INTO floor_event (uuid, kind, body, created_at)
    SELECT (SELECT uuid FROM new_uuid), 'order', json_object('order_id', NEW.id, 'status', NEW.status),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
END;
