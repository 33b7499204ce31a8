-- Expected inbound, pulled from the master (master version 19): advance shipping notices and
-- purchase orders with their lines — SKU, quantity, lot, expiry and the SSCC of the pallet or
-- carton that holds each. What a receiver checks a delivery against.
CREATE TABLE inbound_notice (
    id           TEXT PRIMARY KEY,
    warehouse_id TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'asn' CHECK (kind IN ('asn','po')),
    supplier     TEXT NOT NULL DEFAULT '',
    expected_on  TEXT,                           -- YYYY-MM-DD
    location_id  INTEGER,                        -- the receiving bin its units wait at
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','receiving','closed','cancelled')),
    created_at   INTEGER                         -- ms since the epoch
) WITHOUT ROWID;

CREATE TABLE inbound_line (
    notice_id    TEXT NOT NULL REFERENCES inbound_notice(id),
    line_no      INTEGER NOT NULL,
    sku          TEXT NOT NULL REFERENCES product(sku),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    lot          TEXT NOT NULL DEFAULT '',
    expiry       TEXT,                           -- YYYY-MM-DD
    sscc         TEXT NOT NULL DEFAULT '',
    received_qty INTEGER NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
    PRIMARY KEY (notice_id, line_no)
) WITHOUT ROWID;
-- A pallet's or carton's label opens its notice.
CREATE INDEX inbound_line_by_sscc ON inbound_line(sscc) WHERE sscc <> '';
