-- Master version 17: the floor's facts reach the master, exactly once (DESIGN.md §4).
--
-- Why. The master heard only stock movements: after a day picked, packed and shipped every
-- shipment still said `awaiting_pick` and every order `open`; exceptions, verdicts and the audit
-- trail stayed on the station that made them; a package shipped short left its missing units
-- nowhere.
--
-- Now a station pushes floor events beside its movements, each with its own UUID, through
-- push_floor_events(batch) — a JSON array of at most 5,000 {uuid, kind, created_at, body}. Each
-- event is answered for itself: `applied`, `duplicate` (seen before: no second effect; a refused one
-- gets its refusal again), `superseded` (the master already knows a later state: nothing to do) or
-- `rejected` with a reason. Every field is checked; a station speaks only of its own warehouse.
-- * `shipment`: status (picking … shipped), box, weight, SSCC, tracking, label barcode, who verified
--   the label, and per line what went in the box and what was short. A status never goes back; a
--   package the master cancelled stays cancelled unless the floor shipped it (the parcel is gone).
--   Shipped short, the missing units become a follow-up: with the warehouse's `short_lines` =
--   `new_shipment` (the default) a new package of the same order (k+1 of n+1) as soon as a pick
--   face can reserve them (release_backorders, run after every stock import, tries again); with
--   `cancel` they are cancelled on the order.
-- * `order`: the order's floor status (picking, packed, shipped); cancelled on the master wins
--   unless the floor shipped.
-- * `return_line`: received … restock_approved | restock_rejected → refunded | replaced, with grade
--   and reason; only forward along that path.
-- * `exception_raised` / `exception_resolved`: the floor's exceptions by their own UUID; the first
--   resolution wins, a second is refused with who resolved it and when.
-- * `verdict_counts`: scans per operator, hour, workflow, code and verdict — what the metrics need,
--   not every raw scan; added up.
-- * `audit_head`: the station's sealed audit-chain head (row id, hash, row count), kept as an
--   anchor; an anchor that contradicts an earlier one at the same row is refused (the trail was
--   rewritten). audit_anchors() gives a station its anchors back, for `floorctl audit verify`.
--
-- Exceptions reach every station of the warehouse through the change feed (entity
-- floor_exception). station_heartbeat() records each station's last contact and queue depth;
-- floor_counts() (owner) and warehouse_floor_counts() (a station, its own warehouse) give the
-- supervisor's figures for the whole floor from the events and movements.

ALTER TABLE master.warehouse
    ADD COLUMN short_lines text NOT NULL DEFAULT 'new_shipment' CHECK (short_lines IN ('new_shipment', 'cancel'));

ALTER TABLE master.shipment
    ADD COLUMN box_code      text NOT NULL DEFAULT '' CHECK (length(box_code) <= 64),
    ADD COLUMN weight_g      integer CHECK (weight_g BETWEEN 1 AND 1000000),
    ADD COLUMN verified_by   text NOT NULL DEFAULT '' CHECK (length(verified_by) <= 64),
    ADD COLUMN shipped_at    timestamptz,
    ADD COLUMN floor_station text NOT NULL DEFAULT '',
    ADD COLUMN floor_at      timestamptz;

ALTER TABLE master.shipment_line
    ADD COLUMN packed_qty   integer CHECK (packed_qty >= 0),
    ADD COLUMN short_qty    integer NOT NULL DEFAULT 0 CHECK (short_qty >= 0),
    ADD COLUMN short_reason text NOT NULL DEFAULT '' CHECK (length(short_reason) <= 64);

ALTER TABLE master.return_line DROP CONSTRAINT return_line_status_check;
ALTER TABLE master.return_line
    ADD CHECK (status IN ('expected', 'received', 'checking', 'restock_approved', 'restock_rejected', 'refunded',
                          'replaced')),
    ADD COLUMN grade        text NOT NULL DEFAULT '' CHECK (grade IN ('', 'A', 'B', 'C', 'D')),
    ADD COLUMN floor_reason text NOT NULL DEFAULT '' CHECK (length(floor_reason) <= 200),
    ADD COLUMN floor_by     text NOT NULL DEFAULT '' CHECK (length(floor_by) <= 64),
    ADD COLUMN floor_at     timestamptz,
    ADD COLUMN decision     text NOT NULL DEFAULT '' CHECK (decision IN ('', 'restock', 'hold'));

ALTER TABLE master.order_line ADD COLUMN cancelled_qty integer NOT NULL DEFAULT 0 CHECK (cancelled_qty >= 0);

-- Every floor event once, by the UUID its station gave it, with the master's answer.
CREATE TABLE master.floor_event (
    uuid        uuid PRIMARY KEY,
    station_id  text NOT NULL REFERENCES master.station(id),
    kind        text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('applied', 'superseded', 'rejected')),
    reason      text,
    body        jsonb NOT NULL,
    created_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX floor_event_by_station ON master.floor_event (station_id, received_at);

CREATE TABLE master.floor_exception (
    uuid             uuid PRIMARY KEY,
    warehouse_id     text NOT NULL REFERENCES master.warehouse(id),
    station_id       text NOT NULL REFERENCES master.station(id),
    kind             text NOT NULL,
    reference        text NOT NULL DEFAULT '',
    order_id         text NOT NULL DEFAULT '',
    sku              text NOT NULL DEFAULT '',
    detail           text NOT NULL DEFAULT '',
    operator_badge   text NOT NULL DEFAULT '', -- who raised it
    raised_at        timestamptz NOT NULL,
    status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_by      text NOT NULL DEFAULT '',
    resolved_at      timestamptz,
    resolved_station text NOT NULL DEFAULT '',
    resolution_note  text NOT NULL DEFAULT ''
);
CREATE INDEX floor_exception_open ON master.floor_exception (warehouse_id) WHERE status = 'open';
CREATE INDEX floor_exception_by_time ON master.floor_exception (warehouse_id, raised_at);
-- Every station of the warehouse pulls its exceptions: a supervisor sees the whole floor's, and
-- a resolution reaches every station.
CREATE TRIGGER floor_exception_feed_insert AFTER INSERT ON master.floor_exception REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER floor_exception_feed_update AFTER UPDATE ON master.floor_exception REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();

CREATE TABLE master.verdict_count (
    warehouse_id   text NOT NULL REFERENCES master.warehouse(id),
    station_id     text NOT NULL REFERENCES master.station(id),
    operator_badge text NOT NULL,
    hour           timestamptz NOT NULL,
    workflow       text NOT NULL,
    code           text NOT NULL,
    verdict        text NOT NULL CHECK (verdict IN ('ok', 'warn', 'error', 'prompt')),
    scans          bigint NOT NULL CHECK (scans > 0),
    PRIMARY KEY (station_id, hour, operator_badge, workflow, code, verdict)
);
CREATE INDEX verdict_count_by_warehouse ON master.verdict_count (warehouse_id, hour);

CREATE TABLE master.audit_anchor (
    station_id  text NOT NULL REFERENCES master.station(id),
    row_id      bigint NOT NULL CHECK (row_id >= 1),
    hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    row_count   bigint NOT NULL CHECK (row_count BETWEEN 1 AND row_id),
    anchored_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, row_id)
);

-- Units a package shipped without, waiting for a pick face to reserve them as the order's next
-- package (short_lines = new_shipment).
CREATE TABLE master.follow_up (
    source_shipment text NOT NULL REFERENCES master.shipment(id),
    line_no         integer NOT NULL,
    order_id        text NOT NULL REFERENCES master.orders(id),
    sku             text NOT NULL REFERENCES master.product(sku),
    quantity        integer NOT NULL CHECK (quantity > 0),
    shipment_id     text REFERENCES master.shipment(id), -- the package made for them, once made
    PRIMARY KEY (source_shipment, line_no)
);
CREATE INDEX follow_up_waiting ON master.follow_up (order_id) WHERE shipment_id IS NULL;

-- The event path's checks, in PL/pgSQL: its plans are kept for the session, where an SQL
-- function with its own search path is planned again at every call from PL/pgSQL (about ten
-- times slower per event). Same rules as is_integer_between and is_short_text.
CREATE FUNCTION master.event_integer(v jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN coalesce(jsonb_typeof(v) IN ('number', 'string') AND (v #>> '{}') ~ '^\s*[+-]?[0-9]{1,30}\s*$'
                    AND (v #>> '{}')::numeric BETWEEN low AND high, false);
END $$;

CREATE FUNCTION master.event_text(v jsonb, max_length integer) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN coalesce(jsonb_typeof(v), 'null') = 'null' OR (jsonb_typeof(v) = 'string' AND length(v #>> '{}') <= max_length);
END $$;

-- Milliseconds since 1970 as a time, when they lie between 2020-01-01 and a day ahead of the
-- master's clock; NULL otherwise.
CREATE FUNCTION master.floor_time(v jsonb) RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF jsonb_typeof(v) IN ('number', 'string') AND (v #>> '{}') ~ '^\s*[+-]?[0-9]{1,30}\s*$'
       AND (v #>> '{}')::numeric BETWEEN 1577836800000 AND extract(epoch FROM now()) * 1000 + 86400000 THEN
        RETURN to_timestamp((v #>> '{}')::numeric / 1000);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION master.shipment_rank(status text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN array_position(ARRAY['awaiting_pick', 'picking', 'picked', 'packing', 'packed', 'labelled', 'shipped'], status);
END $$;

-- A package's floor progress. NULL when applied, else 'superseded' or the reason it is refused.
CREATE FUNCTION master.apply_shipment_event(me master.station, b jsonb, at timestamptz) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    s        master.shipment;
    v_status text := b ->> 'status';
    l        jsonb;
    short    integer := 0;
BEGIN
    IF NOT master.event_text(b -> 'shipment_id', 200) OR (b ->> 'shipment_id') IS NULL THEN
        RETURN 'invalid_shipment_id';
    END IF;
    SELECT * INTO s FROM master.shipment WHERE id = b ->> 'shipment_id' FOR UPDATE;
    IF NOT FOUND OR s.warehouse_id <> me.warehouse_id THEN
        RETURN 'unknown_shipment';
    END IF;
    IF coalesce(master.shipment_rank(v_status), 1) = 1 THEN
        RETURN 'invalid_status';
    END IF;
    IF NOT master.event_text(b -> 'box_code', 64) THEN RETURN 'invalid_box_code'; END IF;
    IF coalesce(jsonb_typeof(b -> 'weight_g'), 'null') <> 'null'
       AND NOT master.event_integer(b -> 'weight_g', 1, 1000000) THEN RETURN 'invalid_weight_g'; END IF;
    IF NOT master.event_text(b -> 'sscc', 18) OR coalesce(b ->> 'sscc', '') !~ '^([0-9]{18})?$' THEN
        RETURN 'invalid_sscc';
    END IF;
    IF NOT master.event_text(b -> 'tracking_number', 64)
       OR coalesce(b ->> 'tracking_number', '') !~ '^[A-Za-z0-9 -]*$' THEN RETURN 'invalid_tracking_number'; END IF;
    IF NOT master.event_text(b -> 'label_barcode', 64)
       OR coalesce(b ->> 'label_barcode', '') !~ '^[A-Za-z0-9 -]*$' THEN RETURN 'invalid_label_barcode'; END IF;
    IF NOT master.event_text(b -> 'verified_by', 64) THEN RETURN 'invalid_verified_by'; END IF;
    IF coalesce(jsonb_typeof(b -> 'lines'), 'array') <> 'array' OR jsonb_array_length(coalesce(b -> 'lines', '[]')) > 1000 THEN
        RETURN 'invalid_lines';
    END IF;
    FOR l IN SELECT * FROM jsonb_array_elements(coalesce(b -> 'lines', '[]')) LOOP
        IF jsonb_typeof(l) <> 'object' OR NOT master.event_integer(l -> 'line_no', 1, 1000000)
           OR NOT master.event_integer(l -> 'packed_qty', 0, 1000000)
           OR NOT master.event_text(l -> 'short_reason', 64)
           OR NOT EXISTS (SELECT 1 FROM master.shipment_line sl WHERE sl.shipment_id = s.id
                             AND sl.line_no = (l ->> 'line_no')::integer AND sl.quantity >= (l ->> 'packed_qty')::integer) THEN
            RETURN 'invalid_lines';
        END IF;
    END LOOP;
    IF s.status = 'cancelled' AND v_status <> 'shipped' THEN
        RETURN 'shipment_cancelled';
    END IF;
    IF s.status <> 'cancelled' AND master.shipment_rank(v_status) <= master.shipment_rank(s.status) THEN
        RETURN 'superseded';
    END IF;
    UPDATE master.shipment
       SET status = v_status, box_code = coalesce(b ->> 'box_code', box_code),
           weight_g = coalesce((b ->> 'weight_g')::integer, weight_g),
           sscc = CASE WHEN coalesce(b ->> 'sscc', '') <> '' THEN b ->> 'sscc' ELSE sscc END,
           tracking_number = CASE WHEN coalesce(b ->> 'tracking_number', '') <> '' THEN b ->> 'tracking_number'
                                  ELSE tracking_number END,
           label_barcode = CASE WHEN coalesce(b ->> 'label_barcode', '') <> '' THEN b ->> 'label_barcode'
                                ELSE label_barcode END,
           verified_by = coalesce(b ->> 'verified_by', verified_by),
           shipped_at = CASE WHEN v_status = 'shipped' THEN at ELSE shipped_at END,
           floor_station = me.id, floor_at = at
     WHERE id = s.id;
    UPDATE master.shipment_line sl
       SET packed_qty = (l.value ->> 'packed_qty')::integer,
           short_qty = sl.quantity - (l.value ->> 'packed_qty')::integer,
           short_reason = coalesce(l.value ->> 'short_reason', '')
      FROM jsonb_array_elements(coalesce(b -> 'lines', '[]')) l
     WHERE sl.shipment_id = s.id AND sl.line_no = (l.value ->> 'line_no')::integer;
    IF v_status = 'shipped' THEN
        SELECT coalesce(sum(short_qty), 0) INTO short FROM master.shipment_line WHERE shipment_id = s.id;
        IF short > 0 THEN
            PERFORM master.follow_short_lines(s);
        END IF;
        -- An order is shipped when its last package is.
        UPDATE master.orders o SET status = 'shipped'
         WHERE o.id = s.order_id AND o.status <> 'shipped'
           AND NOT EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id AND x.status NOT IN ('shipped', 'cancelled'))
           AND NOT EXISTS (SELECT 1 FROM master.follow_up f WHERE f.order_id = o.id AND f.shipment_id IS NULL);
    END IF;
    RETURN NULL;
END $$;

-- The units a package shipped without: a follow-up package, or cancelled, by the warehouse's rule.
CREATE FUNCTION master.follow_short_lines(s master.shipment) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF (SELECT short_lines FROM master.warehouse WHERE id = s.warehouse_id) = 'cancel' THEN
        UPDATE master.order_line ol SET cancelled_qty = ol.cancelled_qty + sl.short_qty
          FROM master.shipment_line sl
         WHERE sl.shipment_id = s.id AND sl.short_qty > 0 AND ol.order_id = s.order_id AND ol.line_no = sl.line_no;
        RETURN;
    END IF;
    INSERT INTO master.follow_up (source_shipment, line_no, order_id, sku, quantity)
    SELECT s.id, sl.line_no, s.order_id, sl.sku, sl.short_qty FROM master.shipment_line sl
     WHERE sl.shipment_id = s.id AND sl.short_qty > 0
    ON CONFLICT DO NOTHING;
    PERFORM master.make_follow_up(s.id);
END $$;

-- The next package of an order for the units `source` shipped without, when a pick face of the
-- warehouse can reserve each of them; false (nothing written) otherwise.
CREATE FUNCTION master.make_follow_up(source text) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    s    master.shipment;
    f    master.follow_up;
    next integer;
    v_id text;
    bin  bigint;
BEGIN
    SELECT * INTO s FROM master.shipment WHERE id = source;
    SELECT coalesce(max(package_no), 0) + 1 INTO next FROM master.shipment WHERE order_id = s.order_id;
    v_id := s.order_id || '-' || next;
    BEGIN
        INSERT INTO master.shipment (id, order_id, warehouse_id, carrier, service, sscc, package_no, package_count)
        VALUES (v_id, s.order_id, s.warehouse_id, s.carrier, s.service, master.next_sscc(s.warehouse_id), next, next);
        FOR f IN SELECT * FROM master.follow_up WHERE source_shipment = source AND shipment_id IS NULL
                  ORDER BY line_no LOOP
            UPDATE master.stock st SET reserved = st.reserved + f.quantity
             WHERE (st.sku, st.location_id) = (
                   SELECT s2.sku, s2.location_id FROM master.stock s2
                     JOIN master.location b ON b.id = s2.location_id
                    WHERE s2.sku = f.sku AND b.warehouse_id = s.warehouse_id AND b.kind = 'pick'
                      AND s2.on_hand - s2.reserved - s2.hold >= f.quantity
                    ORDER BY b.pick_sequence, b.id LIMIT 1)
            RETURNING st.location_id INTO bin;
            IF bin IS NULL THEN
                RAISE EXCEPTION 'not enough' USING ERRCODE = 'P0002';
            END IF;
            UPDATE master.order_line SET reserved_location_id = bin
             WHERE order_id = f.order_id AND line_no = f.line_no;
            INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity)
            VALUES (v_id, f.line_no, f.sku, f.quantity);
            UPDATE master.follow_up SET shipment_id = v_id WHERE source_shipment = source AND line_no = f.line_no;
        END LOOP;
    EXCEPTION WHEN no_data_found OR unique_violation THEN
        RETURN false;
    END;
    UPDATE master.shipment SET package_count = next WHERE order_id = s.order_id AND package_count <> next;
    UPDATE master.orders SET status = 'picking' WHERE id = s.order_id AND status IN ('packed', 'shipped');
    RETURN true;
END $$;

-- Backorders, then follow-ups of packages shipped short, that the stock now covers; oldest first.
CREATE OR REPLACE FUNCTION master.release_backorders(p_warehouse text) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    waiting text;
    released integer := 0;
BEGIN
    FOR waiting IN SELECT id FROM master.orders
                    WHERE warehouse_id = p_warehouse AND awaiting_stock AND status = 'open'
                    ORDER BY coalesce(ordered_at, created_at), id LOOP
        IF master.reserve_order(waiting) THEN
            released := released + 1;
        END IF;
    END LOOP;
    FOR waiting IN SELECT DISTINCT f.source_shipment FROM master.follow_up f
                     JOIN master.shipment s ON s.id = f.source_shipment
                    WHERE f.shipment_id IS NULL AND s.warehouse_id = p_warehouse
                    ORDER BY f.source_shipment LOOP
        IF master.make_follow_up(waiting) THEN
            released := released + 1;
        END IF;
    END LOOP;
    RETURN released;
END $$;

CREATE FUNCTION master.apply_order_event(me master.station, b jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    o    master.orders;
    rank integer := array_position(ARRAY['open', 'picking', 'packed', 'shipped'], b ->> 'status');
BEGIN
    IF NOT master.event_text(b -> 'order_id', 200) OR (b ->> 'order_id') IS NULL THEN
        RETURN 'invalid_order_id';
    END IF;
    SELECT * INTO o FROM master.orders WHERE id = b ->> 'order_id' FOR UPDATE;
    IF NOT FOUND OR o.warehouse_id <> me.warehouse_id THEN
        RETURN 'unknown_order';
    END IF;
    IF coalesce(rank, 1) = 1 THEN
        RETURN 'invalid_status';
    END IF;
    IF o.status = 'cancelled' THEN
        IF b ->> 'status' <> 'shipped' THEN
            RETURN 'order_cancelled';
        END IF;
    ELSIF rank <= array_position(ARRAY['open', 'picking', 'packed', 'shipped'], o.status) THEN
        RETURN 'superseded';
    END IF;
    -- An order is as far as its least advanced package: the floor may call it packed or shipped
    -- while a package the master made for units shipped short still waits to be picked.
    UPDATE master.orders SET status = CASE
               WHEN b ->> 'status' NOT IN ('packed', 'shipped') THEN b ->> 'status'
               WHEN EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id
                               AND x.status NOT IN ('packed', 'labelled', 'shipped', 'cancelled'))
                 OR EXISTS (SELECT 1 FROM master.follow_up f WHERE f.order_id = o.id AND f.shipment_id IS NULL)
               THEN 'picking'
               WHEN b ->> 'status' = 'shipped'
                AND EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id AND x.status IN ('packed', 'labelled'))
               THEN 'packed'
               ELSE b ->> 'status' END
     WHERE id = o.id;
    RETURN NULL;
END $$;

CREATE FUNCTION master.apply_return_line_event(me master.station, b jsonb, at timestamptz) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    l       master.return_line;
    ranks   text[] := ARRAY['expected', 'received', 'checking', 'restock', 'settled'];
    v_new   text := b ->> 'status';
    new_at  integer;
    old_at  integer;
BEGIN
    IF NOT master.event_text(b -> 'rma_id', 200) OR NOT master.event_integer(b -> 'line_no', 1, 1000000) THEN
        RETURN 'invalid_return_line';
    END IF;
    SELECT rl.* INTO l FROM master.return_line rl JOIN master.return_auth ra ON ra.id = rl.rma_id
     WHERE rl.rma_id = b ->> 'rma_id' AND rl.line_no = (b ->> 'line_no')::integer AND ra.warehouse_id = me.warehouse_id
       FOR UPDATE OF rl;
    IF NOT FOUND THEN
        RETURN 'unknown_return_line';
    END IF;
    new_at := array_position(ranks, CASE WHEN v_new IN ('restock_approved', 'restock_rejected') THEN 'restock'
                                         WHEN v_new IN ('refunded', 'replaced') THEN 'settled' ELSE v_new END);
    old_at := array_position(ranks, CASE WHEN l.status IN ('restock_approved', 'restock_rejected') THEN 'restock'
                                         WHEN l.status IN ('refunded', 'replaced') THEN 'settled' ELSE l.status END);
    IF coalesce(new_at, 1) = 1 THEN
        RETURN 'invalid_status';
    END IF;
    IF coalesce(b ->> 'grade', '') NOT IN ('', 'A', 'B', 'C', 'D') THEN RETURN 'invalid_grade'; END IF;
    IF NOT master.event_text(b -> 'reason', 200) THEN RETURN 'invalid_reason'; END IF;
    IF NOT master.event_text(b -> 'updated_by', 64) THEN RETURN 'invalid_updated_by'; END IF;
    IF new_at <= old_at THEN
        RETURN 'superseded';
    END IF;
    UPDATE master.return_line
       SET status = v_new, grade = coalesce(b ->> 'grade', grade), floor_reason = coalesce(b ->> 'reason', floor_reason),
           floor_by = coalesce(b ->> 'updated_by', floor_by), floor_at = at,
           decision = CASE v_new WHEN 'restock_approved' THEN 'restock' WHEN 'restock_rejected' THEN 'hold'
                                 ELSE decision END
     WHERE rma_id = l.rma_id AND line_no = l.line_no;
    RETURN NULL;
END $$;

CREATE FUNCTION master.apply_exception_raised(me master.station, b jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    id uuid;
BEGIN
    IF coalesce(b ->> 'uuid', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN 'invalid_exception_uuid';
    END IF;
    id := (b ->> 'uuid')::uuid;
    IF coalesce(b ->> 'kind', '') !~ '^[a-z][a-z0-9_]{0,63}$' THEN RETURN 'invalid_exception_kind'; END IF;
    IF NOT master.event_text(b -> 'reference', 200) THEN RETURN 'invalid_reference'; END IF;
    IF NOT master.event_text(b -> 'order_id', 200) THEN RETURN 'invalid_order_id'; END IF;
    IF NOT master.event_text(b -> 'sku', 255) THEN RETURN 'invalid_sku'; END IF;
    IF NOT master.event_text(b -> 'detail', 2000) THEN RETURN 'invalid_detail'; END IF;
    IF NOT master.event_text(b -> 'raised_by', 64) THEN RETURN 'invalid_raised_by'; END IF;
    IF master.floor_time(b -> 'raised_at') IS NULL THEN RETURN 'invalid_raised_at'; END IF;
    IF EXISTS (SELECT 1 FROM master.floor_exception e WHERE e.uuid = id) THEN
        RETURN 'exception_exists';
    END IF;
    INSERT INTO master.floor_exception (uuid, warehouse_id, station_id, kind, reference, order_id, sku, detail,
                                        operator_badge, raised_at)
    VALUES (id, me.warehouse_id, me.id, b ->> 'kind', coalesce(b ->> 'reference', ''), coalesce(b ->> 'order_id', ''),
            coalesce(b ->> 'sku', ''), coalesce(b ->> 'detail', ''), coalesce(b ->> 'raised_by', ''),
            master.floor_time(b -> 'raised_at'));
    RETURN NULL;
END $$;

-- The first resolution of an exception of the station's warehouse wins; a later one is refused
-- with who resolved it and when (in the reason, for the floor to show).
CREATE FUNCTION master.apply_exception_resolved(me master.station, b jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    e master.floor_exception;
BEGIN
    IF coalesce(b ->> 'uuid', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN 'invalid_exception_uuid';
    END IF;
    IF coalesce(b ->> 'resolved_by', '') !~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' THEN RETURN 'invalid_resolved_by'; END IF;
    IF master.floor_time(b -> 'resolved_at') IS NULL THEN RETURN 'invalid_resolved_at'; END IF;
    IF NOT master.event_text(b -> 'note', 2000) THEN RETURN 'invalid_note'; END IF;
    SELECT * INTO e FROM master.floor_exception x WHERE x.uuid = (b ->> 'uuid')::uuid FOR UPDATE;
    IF NOT FOUND OR e.warehouse_id <> me.warehouse_id THEN
        RETURN 'unknown_exception';
    END IF;
    IF e.status = 'resolved' THEN
        RETURN 'already_resolved: ' || e.resolved_by || ' at ' || to_char(e.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC';
    END IF;
    UPDATE master.floor_exception
       SET status = 'resolved', resolved_by = b ->> 'resolved_by', resolved_at = master.floor_time(b -> 'resolved_at'),
           resolved_station = me.id, resolution_note = coalesce(b ->> 'note', '')
     WHERE uuid = e.uuid;
    RETURN NULL;
END $$;

CREATE FUNCTION master.apply_verdict_counts(me master.station, b jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    bad integer;
BEGIN
    IF jsonb_typeof(b -> 'counts') IS DISTINCT FROM 'array' OR jsonb_array_length(b -> 'counts') > 20000 THEN
        RETURN 'invalid_counts';
    END IF;
    SELECT min(c.i) INTO bad FROM jsonb_array_elements(b -> 'counts') WITH ORDINALITY AS c(v, i)
     WHERE jsonb_typeof(c.v) <> 'object' OR NOT master.event_text(c.v -> 'operator', 64)
        OR master.floor_time(c.v -> 'hour') IS NULL OR (c.v ->> 'hour')::bigint % 3600000 <> 0
        OR coalesce(c.v ->> 'workflow', '') !~ '^[a-z][a-z_]{0,31}$'
        OR coalesce(c.v ->> 'code', '') !~ '^[a-z][a-z0-9_]{0,63}$'
        OR coalesce(c.v ->> 'verdict', '') NOT IN ('ok', 'warn', 'error', 'prompt')
        OR NOT master.event_integer(c.v -> 'scans', 1, 10000000);
    IF bad IS NOT NULL THEN
        RETURN 'invalid_counts: entry ' || bad;
    END IF;
    INSERT INTO master.verdict_count AS vc (warehouse_id, station_id, operator_badge, hour, workflow, code, verdict, scans)
    SELECT me.warehouse_id, me.id, coalesce(c ->> 'operator', ''), master.floor_time(c -> 'hour'), c ->> 'workflow',
           c ->> 'code', c ->> 'verdict', sum((c ->> 'scans')::bigint)
      FROM jsonb_array_elements(b -> 'counts') c
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (station_id, hour, operator_badge, workflow, code, verdict)
    DO UPDATE SET scans = vc.scans + excluded.scans;
    RETURN NULL;
END $$;

CREATE FUNCTION master.apply_audit_head(me master.station, b jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    known text;
BEGIN
    IF NOT master.event_integer(b -> 'row_id', 1, 9223372036854775807) THEN RETURN 'invalid_row_id'; END IF;
    IF coalesce(b ->> 'hash', '') !~ '^[0-9a-f]{64}$' THEN RETURN 'invalid_hash'; END IF;
    IF NOT master.event_integer(b -> 'rows', 1, (b ->> 'row_id')::numeric) THEN RETURN 'invalid_rows'; END IF;
    SELECT a.hash INTO known FROM master.audit_anchor a
     WHERE a.station_id = me.id AND a.row_id = (b ->> 'row_id')::bigint;
    IF known = b ->> 'hash' THEN
        RETURN 'superseded';
    ELSIF known IS NOT NULL THEN
        RETURN 'audit_anchor_conflict'; -- another trail once had this row: it was rewritten
    END IF;
    INSERT INTO master.audit_anchor (station_id, row_id, hash, row_count)
    VALUES (me.id, (b ->> 'row_id')::bigint, b ->> 'hash', (b ->> 'rows')::bigint);
    RETURN NULL;
END $$;

-- One event of the calling station, checked and applied: NULL when applied, else 'superseded' or
-- the reason it is refused.
CREATE FUNCTION master.apply_floor_event(me master.station, e jsonb, at timestamptz) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    b jsonb := e -> 'body';
BEGIN
    IF at IS NULL THEN
        RETURN 'invalid_created_at';
    END IF;
    IF jsonb_typeof(b) IS DISTINCT FROM 'object' THEN
        RETURN 'invalid_body';
    END IF;
    RETURN CASE e ->> 'kind'
               WHEN 'shipment' THEN master.apply_shipment_event(me, b, at)
               WHEN 'order' THEN master.apply_order_event(me, b)
               WHEN 'return_line' THEN master.apply_return_line_event(me, b, at)
               WHEN 'exception_raised' THEN master.apply_exception_raised(me, b)
               WHEN 'exception_resolved' THEN master.apply_exception_resolved(me, b)
               WHEN 'verdict_counts' THEN master.apply_verdict_counts(me, b)
               WHEN 'audit_head' THEN master.apply_audit_head(me, b)
               ELSE 'invalid_kind' END;
END $$;

-- Applies a batch of the calling station's floor events, each on its own and once: per event
-- {"uuid", "status": "applied" | "duplicate" | "superseded" | "rejected", "reason"}.
CREATE FUNCTION master.push_floor_events(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    me      master.station := master.calling_station();
    e       jsonb;
    pos     integer := 0;
    id      uuid;
    seen    master.floor_event;
    reason  text;
    at      timestamptz;
    answers jsonb[] := ARRAY[]::jsonb[];
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 5000 THEN
        RAISE EXCEPTION 'a batch of floor events is a JSON array of at most 5000 events'
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    FOR e IN SELECT * FROM jsonb_array_elements(batch) LOOP
        pos := pos + 1;
        IF jsonb_typeof(e) <> 'object'
           OR coalesce(e ->> 'uuid', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
            answers := answers || jsonb_build_object('uuid', CASE WHEN jsonb_typeof(e) = 'object' THEN e -> 'uuid' END,
                                                     'status', 'rejected', 'reason', 'malformed_event', 'position', pos);
            CONTINUE;
        END IF;
        id := (e ->> 'uuid')::uuid;
        SELECT * INTO seen FROM master.floor_event f WHERE f.uuid = id;
        IF FOUND THEN
            answers := answers || CASE WHEN seen.outcome = 'rejected'
                                       THEN jsonb_build_object('uuid', id, 'status', 'rejected', 'reason', seen.reason)
                                       ELSE jsonb_build_object('uuid', id, 'status', 'duplicate') END;
            CONTINUE;
        END IF;
        at := master.floor_time(e -> 'created_at');
        BEGIN
            reason := master.apply_floor_event(me, e, at);
        EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
            -- A value the checks above let through and a constraint did not: refused, never a
            -- batch that fails again on every retry and blocks the queue behind it.
            reason := 'invalid_event: ' || SQLSTATE;
        END;
        INSERT INTO master.floor_event (uuid, station_id, kind, outcome, reason, body, created_at)
        VALUES (id, me.id, left(coalesce(e ->> 'kind', ''), 64),
                CASE WHEN reason IS NULL THEN 'applied' WHEN reason = 'superseded' THEN 'superseded' ELSE 'rejected' END,
                CASE WHEN reason = 'superseded' THEN NULL ELSE reason END,
                CASE WHEN length(e::text) <= 100000 THEN e ELSE jsonb_build_object('kind', e -> 'kind') END,
                coalesce(at, now()));
        answers := answers || CASE WHEN reason IS NULL THEN jsonb_build_object('uuid', id, 'status', 'applied')
                                   WHEN reason = 'superseded' THEN jsonb_build_object('uuid', id, 'status', 'superseded')
                                   ELSE jsonb_build_object('uuid', id, 'status', 'rejected', 'reason', reason) END;
    END LOOP;
    RETURN to_jsonb(answers);
END $$;

-- The calling station's audit anchors, oldest first: what `floorctl audit verify --master` checks
-- the station's trail against.
CREATE FUNCTION master.audit_anchors() RETURNS TABLE (row_id bigint, hash text, row_count bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT a.row_id, a.hash, a.row_count FROM master.audit_anchor a
     WHERE a.station_id = (master.calling_station()).id ORDER BY a.row_id
$$;

-- The same for any station, for the master's owner.
CREATE FUNCTION master.audit_anchors_of(p_station text) RETURNS TABLE (row_id bigint, hash text, row_count bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT a.row_id, a.hash, a.row_count FROM master.audit_anchor a WHERE a.station_id = p_station ORDER BY a.row_id
$$;

-- When each station was last heard from, and what it still had to send then: an offline station
-- shows as such on the supervisor's dashboard.
CREATE TABLE master.station_contact (
    station_id     text PRIMARY KEY REFERENCES master.station(id),
    last_contact   timestamptz NOT NULL,
    queue_depth    bigint NOT NULL CHECK (queue_depth >= 0),
    events_pending bigint NOT NULL CHECK (events_pending >= 0)
);

-- A station reports at the end of each sync round (granted to stations).
CREATE FUNCTION master.station_heartbeat(queue_depth bigint, events_pending bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    me master.station := master.calling_station();
BEGIN
    INSERT INTO master.station_contact AS c (station_id, last_contact, queue_depth, events_pending)
    VALUES (me.id, now(), least(greatest(coalesce(queue_depth, 0), 0), 1000000000),
            least(greatest(coalesce(events_pending, 0), 0), 1000000000))
    ON CONFLICT (station_id) DO UPDATE
        SET last_contact = excluded.last_contact, queue_depth = excluded.queue_depth,
            events_pending = excluded.events_pending;
END $$;

-- The counts behind the supervisor's figures for a warehouse and [p_since, p_until), from the
-- floor events and movements of every station (the same figures a station computes from its own
-- cache: db/MetricsRepository.h), with each station's last contact.
CREATE FUNCTION master.floor_counts(p_warehouse text, p_since timestamptz, p_until timestamptz) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    WITH scans AS (
        SELECT * FROM master.verdict_count v
         WHERE v.warehouse_id = p_warehouse AND v.hour >= date_trunc('hour', p_since) AND v.hour < p_until
    ), moved AS (
        SELECT m.operator_badge, m.station_id, m.kind, m.quantity FROM master.movement m
         WHERE m.warehouse_id = p_warehouse AND m.kind IN ('pick', 'short') AND m.created_at >= p_since
           AND m.created_at < p_until
    ), by_scans AS (
        SELECT CASE WHEN grouping(operator_badge) = 0 THEN 'operator' WHEN grouping(station_id) = 0 THEN 'station'
                    ELSE 'all' END AS dim,
               coalesce(operator_badge, station_id, 'all') AS key, sum(scans) AS scans,
               sum(scans) FILTER (WHERE verdict = 'error') AS error_scans, count(DISTINCT hour) AS active_hours,
               count(DISTINCT hour) FILTER (WHERE workflow = 'pick') AS pick_hours
          FROM scans GROUP BY GROUPING SETS ((operator_badge), (station_id), ())
    ), by_units AS (
        SELECT CASE WHEN grouping(operator_badge) = 0 THEN 'operator' WHEN grouping(station_id) = 0 THEN 'station'
                    ELSE 'all' END AS dim,
               coalesce(operator_badge, station_id, 'all') AS key,
               sum(quantity) FILTER (WHERE kind = 'pick') AS units_picked,
               sum(quantity) FILTER (WHERE kind = 'short') AS units_short
          FROM moved GROUP BY GROUPING SETS ((operator_badge), (station_id), ())
    ), groups AS (
        SELECT coalesce(s.dim, u.dim) AS dim,
               jsonb_build_object('key', coalesce(s.key, u.key), 'scans', coalesce(s.scans, 0),
                                  'error_scans', coalesce(s.error_scans, 0),
                                  'units_picked', coalesce(u.units_picked, 0), 'units_short', coalesce(u.units_short, 0),
                                  'active_hours', coalesce(s.active_hours, 0), 'pick_hours', coalesce(s.pick_hours, 0))
                   AS g
          FROM by_scans s FULL JOIN by_units u ON u.dim = s.dim AND u.key = s.key
    ), shipped AS (
        SELECT s.shipped_at <= o.ship_by AS on_time FROM master.shipment s JOIN master.orders o ON o.id = s.order_id
         WHERE s.warehouse_id = p_warehouse AND s.status = 'shipped' AND s.shipped_at >= p_since
           AND s.shipped_at < p_until
    ), made AS (
        SELECT o.id, (SELECT count(*) FROM master.shipment s WHERE s.order_id = o.id) AS packages FROM master.orders o
         WHERE o.warehouse_id = p_warehouse AND o.created_at >= p_since AND o.created_at < p_until
    ), raised AS (
        SELECT e.kind, e.detail FROM master.floor_exception e
         WHERE e.warehouse_id = p_warehouse AND e.raised_at >= p_since AND e.raised_at < p_until
    ), returned AS (
        SELECT l.* FROM master.return_line l JOIN master.return_auth a ON a.id = l.rma_id
         WHERE a.warehouse_id = p_warehouse AND l.floor_at >= p_since
    )
    SELECT jsonb_build_object(
        'all', coalesce((SELECT g FROM groups WHERE dim = 'all'),
                        jsonb_build_object('key', 'all', 'scans', 0, 'error_scans', 0, 'units_picked', 0,
                                           'units_short', 0, 'active_hours', 0, 'pick_hours', 0)),
        'by_operator', coalesce((SELECT jsonb_agg(g ORDER BY g ->> 'key') FROM groups WHERE dim = 'operator'), '[]'),
        'by_station', coalesce((SELECT jsonb_agg(g ORDER BY g ->> 'key') FROM groups WHERE dim = 'station'), '[]'),
        'defects_caught_at_pack', (SELECT coalesce(sum(scans), 0) FROM scans WHERE workflow = 'pack'
                                      AND code IN ('wrong_item', 'over_scan', 'serial_mismatch', 'label_mismatch')),
        'shipments_shipped', (SELECT count(*) FROM shipped),
        'shipped_on_time', (SELECT count(*) FROM shipped WHERE on_time),
        'orders', (SELECT count(*) FROM made),
        'split_orders', (SELECT count(*) FROM made WHERE packages > 1),
        'stockouts_at_pick', (SELECT count(*) FROM raised WHERE kind = 'short_pick'
                                 AND (detail LIKE '%not_found' OR detail LIKE '%quantity_short')),
        'exceptions_by_kind', coalesce((SELECT jsonb_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM raised
                                                                              GROUP BY kind) k), '{}'),
        'scans_by_hour', coalesce((SELECT jsonb_object_agg(ms, n) FROM (
                              SELECT (extract(epoch FROM hour) * 1000)::bigint AS ms, sum(scans) AS n FROM scans
                               GROUP BY hour) h), '{}'),
        'errors_by_hour', coalesce((SELECT jsonb_object_agg(ms, n) FROM (
                              SELECT (extract(epoch FROM hour) * 1000)::bigint AS ms,
                                     coalesce(sum(scans) FILTER (WHERE verdict = 'error'), 0) AS n FROM scans
                               GROUP BY hour) h), '{}'),
        'returns', jsonb_build_object(
            'by_reason', coalesce((SELECT jsonb_agg(jsonb_build_object('reason', floor_reason, 'lines', n,
                                                                       'refunded', refunded) ORDER BY floor_reason)
                                     FROM (SELECT floor_reason, count(*) AS n, count(*) FILTER (WHERE status = 'refunded')
                                                  AS refunded FROM returned
                                            WHERE status IN ('refunded', 'replaced') AND floor_reason <> ''
                                            GROUP BY floor_reason) r), '[]'),
            'restocked', (SELECT count(*) FROM returned WHERE decision = 'restock'),
            'held', (SELECT count(*) FROM returned WHERE decision = 'hold')),
        'stations', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                  'id', st.id,
                                  'last_contact_ms', (extract(epoch FROM c.last_contact) * 1000)::bigint,
                                  'queue_depth', c.queue_depth, 'events_pending', c.events_pending) ORDER BY st.id)
                                FROM master.station st LEFT JOIN master.station_contact c ON c.station_id = st.id
                               WHERE st.warehouse_id = p_warehouse), '[]'))
$$;

-- The same for the calling station's warehouse: what its supervisor's dashboard shows of the
-- whole floor (granted to stations).
CREATE FUNCTION master.warehouse_floor_counts(p_since timestamptz, p_until timestamptz) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT master.floor_counts((master.calling_station()).warehouse_id, p_since, p_until)
$$;

-- Stations pull within about a second of a change (DESIGN.md §6): each statement that grows the
-- feed notifies its warehouses' channels, wf_feed_<warehouse> (lower case, other characters as
-- '_'), and wf_feed_all for rows of every warehouse, with the newest sequence number; a station
-- LISTENs on its own and pulls at once. Polling stays as the fallback.
CREATE FUNCTION master.feed_channel(p_warehouse text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN left('wf_feed_' || coalesce(regexp_replace(lower(p_warehouse), '[^a-z0-9_]', '_', 'g'), 'all'), 60);
END $$;

CREATE FUNCTION master.notify_feed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    PERFORM pg_notify(master.feed_channel(n.warehouse_id), max(n.seq)::text) FROM new_rows n GROUP BY n.warehouse_id;
    RETURN NULL;
END $$;

CREATE TRIGGER change_feed_notify AFTER INSERT ON master.change_feed REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.notify_feed();

-- The warehouse's rule for units a package shipped without (owner only).
CREATE FUNCTION master.set_short_lines(p_warehouse text, p_rule text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF p_rule IS NULL OR p_rule NOT IN ('new_shipment', 'cancel') THEN
        RAISE EXCEPTION 'short lines are new_shipment or cancel, not %', coalesce(p_rule, 'nothing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE master.warehouse SET short_lines = p_rule WHERE id = p_warehouse;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no warehouse %', p_warehouse USING ERRCODE = 'no_data_found',
            HINT = 'Add it with floorctl master add-warehouse.';
    END IF;
    RETURN p_rule;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;
GRANT EXECUTE ON FUNCTION master.push_floor_events(jsonb) TO wf_station;
GRANT EXECUTE ON FUNCTION master.audit_anchors() TO wf_station;
GRANT EXECUTE ON FUNCTION master.station_heartbeat(bigint, bigint) TO wf_station;
GRANT EXECUTE ON FUNCTION master.warehouse_floor_counts(timestamptz, timestamptz) TO wf_station;

INSERT INTO master.schema_version (version) VALUES (17);
