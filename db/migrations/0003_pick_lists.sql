-- Version 3: what picking needs. Totes bound to the shipments of a pick list, what each task
-- recorded (lot, serial, expiry) and what it requires, per-station movement numbers, partial
-- shipments.

CREATE TABLE pick_tote (
    pick_list_id INTEGER NOT NULL REFERENCES pick_list(id),
    shipment_id  TEXT NOT NULL REFERENCES shipment(id),
    position     INTEGER NOT NULL,                -- binding order: tote 1, tote 2 …
    tote         TEXT NOT NULL DEFAULT '',        -- empty until its label is scanned
    PRIMARY KEY (pick_list_id, shipment_id),
    UNIQUE (pick_list_id, position)
) WITHOUT ROWID;

ALTER TABLE pick_task ADD COLUMN required_lot TEXT NOT NULL DEFAULT '';
ALTER TABLE pick_task ADD COLUMN required_serial TEXT NOT NULL DEFAULT '';
ALTER TABLE pick_task ADD COLUMN lot TEXT NOT NULL DEFAULT '';
ALTER TABLE pick_task ADD COLUMN serial TEXT NOT NULL DEFAULT '';
ALTER TABLE pick_task ADD COLUMN expiry TEXT NOT NULL DEFAULT '';

ALTER TABLE shipment ADD COLUMN partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0,1));

-- The last movement number each station used: movements are numbered per station, gap-free,
-- in the same transaction that writes them.
CREATE TABLE station_sequence (
    station_id TEXT PRIMARY KEY,
    last_seq   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO station_sequence (station_id, last_seq)
    SELECT station_id, max(station_seq) FROM movement GROUP BY station_id;

CREATE INDEX pick_list_by_station ON pick_list(station_id, status);
-- A scanned bin label is looked up by its code alone; staging and hold by their kind.
CREATE INDEX location_by_code ON location(code);
CREATE INDEX location_by_kind ON location(kind, pick_sequence);
-- "Is there an open low-stock exception for this SKU already?" is asked after picks.
CREATE INDEX exception_by_sku ON exception(sku, kind, status);
-- Every scan writes a scan-log row; its id already follows time, so the time index only cost a
-- page per scan. Reports read by id range.
DROP INDEX scan_log_by_time;
