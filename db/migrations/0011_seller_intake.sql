-- wf:rebuilds-tables
-- Version 11: what the master now sends a station from a seller's own data. A warehouse has an
-- address, a time zone and a currency besides its country; bins may be `receiving` too and carry
-- an optional capacity and pick-face min/max. SQLite cannot widen a CHECK in place, so `location`
-- is rebuilt (foreign keys off for the rebuild and checked before it commits); its indexes and the
-- stock_position view are made again as they were.
ALTER TABLE warehouse ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE warehouse ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE warehouse ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';

DROP VIEW stock_position;
CREATE TABLE location_v11 (
    id             INTEGER PRIMARY KEY,
    warehouse_id   TEXT NOT NULL REFERENCES warehouse(id),
    code           TEXT NOT NULL,
    zone           TEXT NOT NULL,
    pick_sequence  INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('pick','bulk','staging','receiving','returns','hold')),
    capacity_units INTEGER CHECK (capacity_units > 0),
    pick_min       INTEGER CHECK (pick_min >= 0),
    pick_max       INTEGER CHECK (pick_max > 0),
    UNIQUE (warehouse_id, code)
);
INSERT INTO location_v11 (id, warehouse_id, code, zone, pick_sequence, kind)
    SELECT id, warehouse_id, code, zone, pick_sequence, kind FROM location;
DROP TABLE location;
ALTER TABLE location_v11 RENAME TO location;
CREATE INDEX location_by_sequence ON location(warehouse_id, pick_sequence);
CREATE INDEX location_by_code ON location(code);
CREATE INDEX location_by_kind ON location(kind, pick_sequence);

-- available = on_hand - reserved - hold is derived here, never stored twice.
CREATE VIEW stock_position AS
SELECT s.sku, s.location_id, l.code AS location_code, l.zone, l.kind AS location_kind, l.pick_sequence,
       s.on_hand, s.reserved, s.inbound, s.hold, s.on_hand - s.reserved - s.hold AS available
FROM stock s JOIN location l ON l.id = s.location_id;
