-- Warehouse Floor local cache, version 1: every entity of DESIGN.md §3.
-- Times are UTC milliseconds since the epoch (INTEGER); money is in minor units (cents) with an
-- ISO 4217 currency; weights in grams, dimensions in millimetres.

CREATE TABLE warehouse (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL
);

CREATE TABLE station (
    id           TEXT PRIMARY KEY,
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    name         TEXT NOT NULL
);

CREATE TABLE product (
    sku             TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    family          TEXT NOT NULL DEFAULT '',
    size            TEXT NOT NULL DEFAULT '',
    colour          TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL,
    packing_class   TEXT NOT NULL CHECK (packing_class IN
                        ('fragile','apparel','electronics','liquid','battery','standard')),
    weight_g        INTEGER NOT NULL CHECK (weight_g >= 0),
    length_mm       INTEGER NOT NULL CHECK (length_mm >= 0),
    width_mm        INTEGER NOT NULL CHECK (width_mm >= 0),
    height_mm       INTEGER NOT NULL CHECK (height_mm >= 0),
    hs_code         TEXT NOT NULL DEFAULT '',
    origin_country  TEXT NOT NULL DEFAULT '',
    customs_description TEXT NOT NULL DEFAULT '',
    declared_value_minor INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR',
    restriction_tags TEXT NOT NULL DEFAULT '',  -- comma-separated, e.g. 'battery_li_ion,oversize'
    is_bundle       INTEGER NOT NULL DEFAULT 0 CHECK (is_bundle IN (0,1)),
    daily_sales     REAL NOT NULL DEFAULT 0,     -- reorder point = daily_sales * lead_time_days + safety_stock
    lead_time_days  INTEGER NOT NULL DEFAULT 0,
    safety_stock    INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE bundle_component (
    bundle_sku    TEXT NOT NULL REFERENCES product(sku),
    component_sku TEXT NOT NULL REFERENCES product(sku),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (bundle_sku, component_sku)
) WITHOUT ROWID;

CREATE TABLE barcode (
    code      TEXT PRIMARY KEY,
    sku       TEXT NOT NULL REFERENCES product(sku),
    quantity  INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    kind      TEXT NOT NULL CHECK (kind IN ('gtin','internal','packaging'))
) WITHOUT ROWID;

CREATE TABLE location (
    id            INTEGER PRIMARY KEY,
    warehouse_id  TEXT NOT NULL REFERENCES warehouse(id),
    code          TEXT NOT NULL,
    zone          TEXT NOT NULL,
    pick_sequence INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('pick','bulk','staging','returns','hold')),
    UNIQUE (warehouse_id, code)
);

CREATE TABLE stock (
    sku         TEXT NOT NULL REFERENCES product(sku),
    location_id INTEGER NOT NULL REFERENCES location(id),
    on_hand     INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved    INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    inbound     INTEGER NOT NULL DEFAULT 0 CHECK (inbound >= 0),
    hold        INTEGER NOT NULL DEFAULT 0 CHECK (hold >= 0),
    CHECK (reserved + hold <= on_hand),
    PRIMARY KEY (sku, location_id)
) WITHOUT ROWID;

CREATE TABLE orders (
    id               TEXT PRIMARY KEY,            -- as the customer sees it
    channel          TEXT NOT NULL,
    customer_name    TEXT NOT NULL,
    address_line     TEXT NOT NULL,
    city             TEXT NOT NULL,
    postal_code      TEXT NOT NULL,
    destination_country TEXT NOT NULL,
    service_level    TEXT NOT NULL,
    ship_by          INTEGER NOT NULL,
    declared_value_minor INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open','picking','packed','shipped','cancelled')),
    created_at       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE order_line (
    order_id   TEXT NOT NULL REFERENCES orders(id),
    line_no    INTEGER NOT NULL,
    sku        TEXT NOT NULL REFERENCES product(sku),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_value_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE shipment (
    id             TEXT PRIMARY KEY,
    order_id       TEXT NOT NULL REFERENCES orders(id),
    package_no     INTEGER NOT NULL,               -- "package k of n"
    package_count  INTEGER NOT NULL,
    carrier        TEXT NOT NULL,
    service        TEXT NOT NULL,
    tracking_number TEXT NOT NULL DEFAULT '',
    label_barcode  TEXT NOT NULL DEFAULT '',
    sscc           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN
                       ('awaiting_pick','picking','picked','packing','packed','labelled','shipped','cancelled')),
    box_code       TEXT NOT NULL DEFAULT '',
    weight_g       INTEGER,
    shipped_at     INTEGER,
    UNIQUE (order_id, package_no)
) WITHOUT ROWID;

CREATE TABLE shipment_line (
    shipment_id TEXT NOT NULL REFERENCES shipment(id),
    line_no     INTEGER NOT NULL,
    sku         TEXT NOT NULL REFERENCES product(sku),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    packed_qty  INTEGER NOT NULL DEFAULT 0 CHECK (packed_qty >= 0),
    lot         TEXT NOT NULL DEFAULT '',
    serial      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shipment_id, line_no)
) WITHOUT ROWID;

CREATE TABLE pick_list (
    id          INTEGER PRIMARY KEY,
    operator_badge TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open','in_progress','done','abandoned')),
    created_at  INTEGER NOT NULL,
    closed_at   INTEGER
);

CREATE TABLE pick_task (
    id           INTEGER PRIMARY KEY,
    pick_list_id INTEGER NOT NULL REFERENCES pick_list(id),
    seq          INTEGER NOT NULL,
    shipment_id  TEXT NOT NULL REFERENCES shipment(id),
    line_no      INTEGER NOT NULL,
    sku          TEXT NOT NULL REFERENCES product(sku),
    location_id  INTEGER NOT NULL REFERENCES location(id),
    tote         TEXT NOT NULL DEFAULT '',
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    picked_qty   INTEGER NOT NULL DEFAULT 0,
    short_qty    INTEGER NOT NULL DEFAULT 0,
    short_reason TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL CHECK (state IN ('pending','bin_confirmed','done','short')),
    UNIQUE (pick_list_id, seq)
);

CREATE TABLE return_auth (
    id             TEXT PRIMARY KEY,               -- RMA id
    order_id       TEXT NOT NULL REFERENCES orders(id),
    shipment_id    TEXT REFERENCES shipment(id),
    return_path    TEXT NOT NULL CHECK (return_path IN ('refund_only','inspect_at_hub','return_with_proof')),
    value_minor    INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    tracking_number TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('expected','received','checking','closed')),
    created_at     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE return_line (
    rma_id       TEXT NOT NULL REFERENCES return_auth(id),
    line_no      INTEGER NOT NULL,
    sku          TEXT NOT NULL REFERENCES product(sku),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    unit_value_minor INTEGER NOT NULL DEFAULT 0,
    shipped_serial TEXT NOT NULL DEFAULT '',
    shipped_lot  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('expected','received','checking','restock_approved',
                     'restock_rejected','refunded','replaced')),
    grade        TEXT NOT NULL DEFAULT '' CHECK (grade IN ('','A','B','C','D')),
    reason       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    proof_photo  TEXT NOT NULL DEFAULT '',
    scanned_serial TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rma_id, line_no)
) WITHOUT ROWID;

CREATE TABLE packing_rule (
    id            INTEGER PRIMARY KEY,
    packing_class TEXT NOT NULL DEFAULT '*',       -- '*' matches any class
    min_items     INTEGER NOT NULL DEFAULT 1,      -- rule applies when the package holds at least this many units
    prompt_code   TEXT NOT NULL,
    prompt_text   TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1))
);

CREATE TABLE destination_rule (
    id              INTEGER PRIMARY KEY,
    restriction_tag TEXT NOT NULL,
    country         TEXT NOT NULL,                 -- ISO alpha-2, or '*' for every destination
    service         TEXT NOT NULL DEFAULT '*',
    action          TEXT NOT NULL CHECK (action IN ('block','warn','suggest_service')),
    suggested_service TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1))
);

CREATE TABLE operator (
    badge      TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    roles      TEXT NOT NULL,                      -- comma-separated: picker,packer,returns,supervisor
    pin_hash   TEXT NOT NULL DEFAULT '',           -- pbkdf2-sha256$iterations$salt$hash, empty: no PIN
    language   TEXT NOT NULL DEFAULT 'en',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
) WITHOUT ROWID;

CREATE TABLE movement (
    uuid         TEXT PRIMARY KEY,                 -- idempotency key at the master
    station_id   TEXT NOT NULL,
    station_seq  INTEGER NOT NULL,
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
    UNIQUE (station_id, station_seq)
) WITHOUT ROWID;

CREATE TABLE scan_log (
    id           INTEGER PRIMARY KEY,
    scanned_at   INTEGER NOT NULL,
    station_id   TEXT NOT NULL,
    operator_badge TEXT NOT NULL DEFAULT '',
    workflow     TEXT NOT NULL,
    source       TEXT NOT NULL,                    -- wedge, serial, camera, image, manual, simulator
    payload      TEXT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('ok','warn','error','prompt')),
    code         TEXT NOT NULL
);

CREATE TABLE exception (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
    reference    TEXT NOT NULL DEFAULT '',
    order_id     TEXT NOT NULL DEFAULT '',
    sku          TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    operator_badge TEXT NOT NULL DEFAULT '',
    station_id   TEXT NOT NULL DEFAULT '',
    raised_at    INTEGER NOT NULL,
    resolved_by  TEXT NOT NULL DEFAULT '',
    resolved_at  INTEGER,
    resolution_note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    operator_badge TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT ''
);

-- Append-only: the audit trail is never changed or deleted from the app.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
