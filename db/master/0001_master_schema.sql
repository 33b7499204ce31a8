-- Master inventory, version 1 (DESIGN.md §4, §6). Applied by `floorctl master init` in one
-- transaction; recorded in master.schema_version. Stations never touch these tables: their login
-- roles are members of wf_station, which may only EXECUTE push_movements and pull_changes.

CREATE SCHEMA master;

CREATE TABLE master.schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE master.warehouse (
    id   text PRIMARY KEY,
    name text NOT NULL DEFAULT ''
);

CREATE TABLE master.station (
    id           text PRIMARY KEY,
    warehouse_id text NOT NULL REFERENCES master.warehouse(id),
    role_name    text NOT NULL UNIQUE,        -- the LOGIN role the station connects with
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE master.product (
    sku                  text PRIMARY KEY,
    name                 text NOT NULL,
    family               text NOT NULL DEFAULT '',
    size                 text NOT NULL DEFAULT '',
    colour               text NOT NULL DEFAULT '',
    category             text NOT NULL DEFAULT '',
    packing_class        text NOT NULL DEFAULT 'standard'
                         CHECK (packing_class IN ('fragile','apparel','electronics','liquid','battery','standard')),
    weight_g             integer NOT NULL DEFAULT 0 CHECK (weight_g >= 0),
    length_mm            integer NOT NULL DEFAULT 0 CHECK (length_mm >= 0),
    width_mm             integer NOT NULL DEFAULT 0 CHECK (width_mm >= 0),
    height_mm            integer NOT NULL DEFAULT 0 CHECK (height_mm >= 0),
    hs_code              text NOT NULL DEFAULT '',
    origin_country       text NOT NULL DEFAULT '',
    customs_description  text NOT NULL DEFAULT '',
    declared_value_minor bigint NOT NULL DEFAULT 0 CHECK (declared_value_minor >= 0),
    currency             text NOT NULL DEFAULT 'EUR',
    restriction_tags     text NOT NULL DEFAULT '',
    is_bundle            boolean NOT NULL DEFAULT false,
    daily_sales          double precision NOT NULL DEFAULT 0,
    lead_time_days       integer NOT NULL DEFAULT 0,
    safety_stock         integer NOT NULL DEFAULT 0
);

CREATE TABLE master.barcode (
    code     text PRIMARY KEY,
    sku      text NOT NULL REFERENCES master.product(sku),
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    kind     text NOT NULL DEFAULT 'gtin' CHECK (kind IN ('gtin','internal','packaging'))
);

CREATE TABLE master.location (
    id            bigint PRIMARY KEY,
    warehouse_id  text NOT NULL REFERENCES master.warehouse(id),
    code          text NOT NULL,
    zone          text NOT NULL DEFAULT '',
    pick_sequence integer NOT NULL DEFAULT 0,
    kind          text NOT NULL CHECK (kind IN ('pick','bulk','staging','returns','hold')),
    UNIQUE (warehouse_id, code)
);

-- No bucket below zero, and what is reserved or held is on hand.
CREATE TABLE master.stock (
    sku         text NOT NULL REFERENCES master.product(sku),
    location_id bigint NOT NULL REFERENCES master.location(id),
    on_hand     integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved    integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    inbound     integer NOT NULL DEFAULT 0 CHECK (inbound >= 0),
    hold        integer NOT NULL DEFAULT 0 CHECK (hold >= 0),
    CHECK (reserved + hold <= on_hand),
    PRIMARY KEY (sku, location_id)
);

CREATE TABLE master.orders (
    id                   text PRIMARY KEY,
    warehouse_id         text NOT NULL REFERENCES master.warehouse(id),
    channel              text NOT NULL DEFAULT '',
    destination_country  text NOT NULL,
    service_level        text NOT NULL DEFAULT 'standard',
    ship_by              timestamptz,
    declared_value_minor bigint NOT NULL DEFAULT 0,
    currency             text NOT NULL DEFAULT 'EUR'
);

CREATE TABLE master.order_line (
    order_id text NOT NULL REFERENCES master.orders(id),
    line_no  integer NOT NULL,
    sku      text NOT NULL REFERENCES master.product(sku),
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE master.shipment (
    id              text PRIMARY KEY,
    order_id        text NOT NULL REFERENCES master.orders(id),
    warehouse_id    text NOT NULL REFERENCES master.warehouse(id),
    carrier         text NOT NULL DEFAULT '',
    service         text NOT NULL DEFAULT '',
    tracking_number text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'awaiting_pick'
);

CREATE TABLE master.return_auth (
    id              text PRIMARY KEY,
    order_id        text NOT NULL REFERENCES master.orders(id),
    warehouse_id    text NOT NULL REFERENCES master.warehouse(id),
    return_path     text NOT NULL CHECK (return_path IN ('refund_only','inspect_at_hub','return_with_proof')),
    value_minor     bigint NOT NULL DEFAULT 0,
    tracking_number text NOT NULL DEFAULT ''
);

-- Every confirmed movement once, keyed by the UUID the station gave it.
CREATE TABLE master.movement (
    uuid             uuid PRIMARY KEY,
    station_id       text NOT NULL REFERENCES master.station(id),
    station_seq      bigint NOT NULL CHECK (station_seq > 0),
    warehouse_id     text NOT NULL REFERENCES master.warehouse(id),
    kind             text NOT NULL CHECK (kind IN ('pick','short','pack','ship','return_restock','return_hold','adjust')),
    sku              text NOT NULL,
    quantity         integer NOT NULL,
    from_location_id bigint,
    to_location_id   bigint,
    reference        text NOT NULL DEFAULT '',
    operator_badge   text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL,
    applied_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station_id, station_seq)
);

-- A refused movement is remembered too: pushed again, it gets the same answer and no effect.
CREATE TABLE master.movement_rejection (
    uuid        uuid PRIMARY KEY,
    station_id  text NOT NULL,
    reason      text NOT NULL,
    movement    jsonb NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT now()
);

-- The change feed stations pull from: one row per change of reference data, in order.
CREATE TABLE master.change_feed (
    seq          bigserial PRIMARY KEY,
    warehouse_id text,                        -- NULL: for every warehouse (products, barcodes)
    entity       text NOT NULL,
    op           text NOT NULL CHECK (op IN ('upsert','delete')),
    row_data     jsonb NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_feed_by_warehouse ON master.change_feed (warehouse_id, seq);

CREATE FUNCTION master.record_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (r ->> 'warehouse_id', TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END, r);
    RETURN NULL;
END $$;

CREATE TRIGGER product_feed AFTER INSERT OR UPDATE OR DELETE ON master.product
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER barcode_feed AFTER INSERT OR UPDATE OR DELETE ON master.barcode
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER location_feed AFTER INSERT OR UPDATE OR DELETE ON master.location
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER orders_feed AFTER INSERT OR UPDATE OR DELETE ON master.orders
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER shipment_feed AFTER INSERT OR UPDATE OR DELETE ON master.shipment
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER return_auth_feed AFTER INSERT OR UPDATE OR DELETE ON master.return_auth
    FOR EACH ROW EXECUTE FUNCTION master.record_change();

-- Adds `delta` to one bucket set of a SKU at a location (creating the row); CHECKs refuse
-- anything that would go below zero.
CREATE FUNCTION master.shift_stock(p_sku text, p_location bigint, d_on_hand integer, d_reserved integer,
                                   d_hold integer) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
BEGIN
    IF p_location IS NULL THEN
        RAISE EXCEPTION 'movement needs a location' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE master.stock
       SET on_hand = on_hand + d_on_hand, reserved = reserved + d_reserved, hold = hold + d_hold
     WHERE sku = p_sku AND location_id = p_location;
    IF NOT FOUND THEN
        -- No row yet: a new one from the deltas (its CHECKs refuse a negative start).
        INSERT INTO master.stock (sku, location_id, on_hand, reserved, hold)
        VALUES (p_sku, p_location, d_on_hand, d_reserved, d_hold);
    END IF;
END $$;

-- The station whose LOGIN role called (session_user: inside a SECURITY DEFINER function
-- current_user is the owner); refused for any other role.
CREATE FUNCTION master.calling_station() RETURNS master.station
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master AS $$
DECLARE
    me master.station;
BEGIN
    SELECT * INTO me FROM master.station WHERE role_name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'role % is not a station', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END $$;

-- Applies a batch of movements from the calling station, each on its own: per movement
-- {"uuid", "status": "applied" | "duplicate" | "rejected", "reason"}. Only the station whose LOGIN
-- role calls may push, only for itself and its warehouse.
CREATE FUNCTION master.push_movements(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master AS $$
DECLARE
    me      master.station;
    m       jsonb;
    id      uuid;
    qty     integer;
    results jsonb := '[]'::jsonb;
    reason  text;
BEGIN
    me := master.calling_station();
    FOR m IN SELECT * FROM jsonb_array_elements(batch) LOOP
        BEGIN
            id := (m ->> 'uuid')::uuid;
        EXCEPTION WHEN others THEN
            results := results || jsonb_build_object('uuid', m ->> 'uuid', 'status', 'rejected', 'reason', 'bad_uuid');
            CONTINUE;
        END;
        IF EXISTS (SELECT 1 FROM master.movement WHERE uuid = id) THEN
            results := results || jsonb_build_object('uuid', id, 'status', 'duplicate');
            CONTINUE;
        END IF;
        SELECT r.reason INTO reason FROM master.movement_rejection r WHERE r.uuid = id;
        IF FOUND THEN
            results := results || jsonb_build_object('uuid', id, 'status', 'rejected', 'reason', reason);
            CONTINUE;
        END IF;
        reason := NULL;
        IF m ->> 'station_id' IS DISTINCT FROM me.id THEN
            reason := 'not_your_station';
        END IF;
        IF reason IS NULL THEN
            BEGIN
                qty := (m ->> 'quantity')::integer;
                INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity,
                                             from_location_id, to_location_id, reference, operator_badge, created_at)
                VALUES (id, me.id, (m ->> 'station_seq')::bigint, me.warehouse_id, m ->> 'kind', m ->> 'sku', qty,
                        (m ->> 'from_location_id')::bigint, (m ->> 'to_location_id')::bigint,
                        coalesce(m ->> 'reference', ''), coalesce(m ->> 'operator_badge', ''),
                        to_timestamp(((m ->> 'created_at')::bigint) / 1000.0));
                CASE m ->> 'kind'
                    WHEN 'pick' THEN
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'from_location_id')::bigint, -qty, -qty, 0);
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'to_location_id')::bigint, qty, qty, 0);
                    WHEN 'short' THEN
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'from_location_id')::bigint, -qty, -qty, 0);
                        IF m ->> 'to_location_id' IS NOT NULL THEN
                            PERFORM master.shift_stock(m ->> 'sku', (m ->> 'to_location_id')::bigint, qty, 0, qty);
                        END IF;
                    WHEN 'ship' THEN
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'from_location_id')::bigint, -qty, -qty, 0);
                    WHEN 'return_restock' THEN
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'to_location_id')::bigint, qty, 0, 0);
                    WHEN 'return_hold' THEN
                        PERFORM master.shift_stock(m ->> 'sku', (m ->> 'to_location_id')::bigint, qty, 0, qty);
                    WHEN 'adjust' THEN
                        UPDATE master.stock SET on_hand = qty
                         WHERE sku = m ->> 'sku' AND location_id = (m ->> 'from_location_id')::bigint;
                    ELSE
                        NULL; -- pack: state only
                END CASE;
                results := results || jsonb_build_object('uuid', id, 'status', 'applied');
            EXCEPTION
                WHEN check_violation THEN reason := 'stock_would_go_negative';
                WHEN unique_violation THEN reason := 'sequence_reused';
                WHEN foreign_key_violation THEN reason := 'unknown_sku_or_location';
                WHEN others THEN reason := 'invalid: ' || SQLERRM;
            END;
        END IF;
        IF reason IS NOT NULL THEN
            INSERT INTO master.movement_rejection (uuid, station_id, reason, movement) VALUES (id, me.id, reason, m);
            results := results || jsonb_build_object('uuid', id, 'status', 'rejected', 'reason', reason);
        END IF;
    END LOOP;
    RETURN results;
END $$;

-- The change feed after `after`, at most `max_rows` rows, for the calling station's warehouse.
CREATE FUNCTION master.pull_changes(after bigint, max_rows integer)
RETURNS TABLE (seq bigint, entity text, op text, row_data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master AS $$
DECLARE
    me master.station;
BEGIN
    me := master.calling_station();
    RETURN QUERY
        SELECT f.seq, f.entity, f.op, f.row_data FROM master.change_feed f
         WHERE f.seq > after AND (f.warehouse_id IS NULL OR f.warehouse_id = me.warehouse_id)
         ORDER BY f.seq LIMIT least(greatest(max_rows, 1), 10000);
END $$;

-- Stations: EXECUTE on the two functions and nothing else.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wf_station') THEN
        CREATE ROLE wf_station NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;
GRANT USAGE ON SCHEMA master TO wf_station;
GRANT EXECUTE ON FUNCTION master.push_movements(jsonb) TO wf_station;
GRANT EXECUTE ON FUNCTION master.pull_changes(bigint, integer) TO wf_station;

INSERT INTO master.schema_version (version) VALUES (1);
