-- Version 4: a confirmed scan writes fewer pages before its verdict shows.
--
-- Shipments change status as they are picked and packed; an index over every status made each
-- change move an entry between two far-apart pages. The only status looked up by is the queue of
-- shipments awaiting picking, so only those are indexed now.
--
-- A movement is now keyed by (station_id, station_seq): each insert lands at the right edge of
-- one b-tree, and the next number is read from that key (max + 1 inside the scan's write
-- transaction, so still gap-free), which retires station_sequence. The UUID stays the
-- idempotency key at the master, which enforces its uniqueness; here it is generated (version 7)
-- and never looked up by, so it needs no index of its own. The outbox is read along the key:
-- unsent movements are the tail of each station's range. Movements are never deleted here, so
-- max(station_seq) never goes back.

CREATE TABLE movement_v4 (
    station_id   TEXT NOT NULL,
    station_seq  INTEGER NOT NULL CHECK (station_seq > 0),
    uuid         TEXT NOT NULL,                    -- idempotency key at the master
    kind         TEXT NOT NULL CHECK (kind IN ('pick','short','pack','ship','return_restock','return_hold','adjust')),
    sku          TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    from_location_id INTEGER,
    to_location_id   INTEGER,
    reference    TEXT NOT NULL DEFAULT '',         -- shipment, pick task or RMA line it belongs to
    operator_badge TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','acked','rejected')),
    reject_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (station_id, station_seq)
) WITHOUT ROWID;

INSERT INTO movement_v4 (station_id, station_seq, uuid, kind, sku, quantity, from_location_id, to_location_id,
                         reference, operator_badge, created_at, state, reject_reason)
    SELECT station_id, station_seq, uuid, kind, sku, quantity, from_location_id, to_location_id,
           reference, operator_badge, created_at, state, reject_reason
      FROM movement;

DROP TABLE movement;
ALTER TABLE movement_v4 RENAME TO movement;
DROP TABLE station_sequence;

DROP INDEX shipment_by_status;
CREATE INDEX shipment_awaiting_pick ON shipment(status) WHERE status = 'awaiting_pick';
