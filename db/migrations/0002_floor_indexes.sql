-- Version 2: the indexes the floor reads by, and a view with the derived available bucket.

CREATE INDEX barcode_by_sku ON barcode(sku);
CREATE INDEX stock_by_location ON stock(location_id);
CREATE INDEX location_by_sequence ON location(warehouse_id, pick_sequence);
CREATE INDEX order_line_by_sku ON order_line(sku);
CREATE INDEX shipment_by_order ON shipment(order_id);
CREATE INDEX shipment_by_status ON shipment(status);
CREATE INDEX shipment_by_tracking ON shipment(tracking_number);
CREATE INDEX return_by_order ON return_auth(order_id);
CREATE INDEX return_by_tracking ON return_auth(tracking_number);
CREATE INDEX pick_task_by_list ON pick_task(pick_list_id, seq);
CREATE INDEX movement_pending ON movement(state, station_seq);
CREATE INDEX scan_log_by_time ON scan_log(scanned_at);
CREATE INDEX exception_open ON exception(status, kind);
CREATE INDEX audit_by_time ON audit(at);

-- available = on_hand - reserved - hold is derived here, never stored twice.
CREATE VIEW stock_position AS
SELECT s.sku, s.location_id, l.code AS location_code, l.zone, l.kind AS location_kind, l.pick_sequence,
       s.on_hand, s.reserved, s.inbound, s.hold, s.on_hand - s.reserved - s.hold AS available
FROM stock s JOIN location l ON l.id = s.location_id;
