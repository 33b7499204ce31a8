-- What every pgTAP file starts from, written by the owner after `floorctl master init` and
-- `floorctl master add-station ST-TAP-1 --warehouse WH1`, `… ST-TAP-2 --warehouse WH2`.
-- SKU-1 has 462 on hand at WH1's bin A-1 (10 reserved), 50 at WH2's bin B-1 (5 reserved).
INSERT INTO master.product (sku, name) VALUES ('SKU-1', 'Mug'), ('SKU-2', 'Lamp');
INSERT INTO master.location (id, warehouse_id, code, zone, pick_sequence, kind) VALUES
    (1, 'WH1', 'A-1', 'A', 10, 'pick'),
    (2, 'WH1', 'STAGE', '', 0, 'staging'),
    (3, 'WH1', 'RET', '', 0, 'returns'),
    (4, 'WH1', 'HOLD', '', 0, 'hold'),
    (9, 'WH2', 'B-1', 'B', 10, 'pick'),
    (10, 'WH2', 'STAGE-2', '', 0, 'staging'),
    (11, 'WH2', 'RET-2', '', 0, 'returns');
INSERT INTO master.stock (sku, location_id, on_hand, reserved) VALUES ('SKU-1', 1, 462, 10), ('SKU-1', 9, 50, 5);
