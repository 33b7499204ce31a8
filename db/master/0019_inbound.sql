-- Master version 19: expected inbound — advance shipping notices and purchase orders.
--
-- Why. Stock only left the floor (shipped) or came back from customers; the `inbound` bucket was
-- never fed, so nothing told a receiver what a truck should hold. Now a seller's notice comes in
-- with `floorctl master import inbound FILE.csv`: an id, the supplier, the expected date, and per
-- line a SKU and quantity with an optional lot, expiry and the SSCC of the pallet or carton that
-- holds it. Each notice is taken whole or not at all; its units are raised as `inbound` at the
-- warehouse's receiving bin (the first by code), and the notices and their lines reach the
-- warehouse's stations through the change feed.
--
-- A receiving station pushes three new movements, checked one by one (the fast path takes none of
-- them, as it takes no refused batch; receiving is a small share of a day's movements):
-- * `receive`: units of a notice line counted in at a receiving bin of the warehouse (to); the
--   reference names the line, `inbound:<notice>:<line>`, whose SKU it must be. On hand rises there,
--   the line's inbound falls (never below zero) and its received count rises — cumulative over
--   every receipt, and never past 130 % of what the line expects (the hard limit a supervisor's
--   acceptance cannot pass: a slip of 6,000 for 60 is refused here whatever the floor says).
-- * `receive_hold`: the same into hold at a receiving or hold bin (damaged, an expiry too short);
--   the reference names a line, or the notice alone (`inbound:<notice>`) for a SKU it does not
--   list, which is then received nowhere but held.
-- * `putaway`: units from a receiving bin (from) to a pick or bulk bin (to) of the warehouse, out
--   of what is available there (neither reserved nor held).
-- A closed or cancelled notice takes no more receipts.

CREATE TABLE master.inbound_notice (
    id           text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9#][A-Za-z0-9#._/-]*$' AND length(id) <= 64),
    warehouse_id text NOT NULL REFERENCES master.warehouse(id),
    kind         text NOT NULL DEFAULT 'asn' CHECK (kind IN ('asn', 'po')),
    supplier     text NOT NULL DEFAULT '' CHECK (length(supplier) <= 200),
    expected_on  date,
    location_id  bigint NOT NULL REFERENCES master.location(id), -- the receiving bin its units wait at
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'receiving', 'closed', 'cancelled')),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inbound_notice_open ON master.inbound_notice (warehouse_id) WHERE status IN ('open', 'receiving');

CREATE TABLE master.inbound_line (
    notice_id    text NOT NULL REFERENCES master.inbound_notice(id),
    line_no      integer NOT NULL CHECK (line_no >= 1),
    warehouse_id text NOT NULL REFERENCES master.warehouse(id), -- its notice's: the feed routes by it
    sku          text NOT NULL REFERENCES master.product(sku),
    quantity     integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    lot          text NOT NULL DEFAULT '' CHECK (length(lot) <= 20),
    expiry       date,
    sscc         text NOT NULL DEFAULT '' CHECK (sscc ~ '^([0-9]{18})?$'),
    received_qty integer NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
    PRIMARY KEY (notice_id, line_no)
);
CREATE INDEX inbound_line_by_sscc ON master.inbound_line (sscc) WHERE sscc <> '';

CREATE TRIGGER inbound_notice_feed_insert AFTER INSERT ON master.inbound_notice REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER inbound_notice_feed_update AFTER UPDATE ON master.inbound_notice REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER inbound_line_feed_insert AFTER INSERT ON master.inbound_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER inbound_line_feed_update AFTER UPDATE ON master.inbound_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();

-- An SSCC: 18 digits whose last is the GS1 mod-10 check digit of the other 17.
CREATE FUNCTION master.is_sscc(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    total integer := 0;
BEGIN
    IF t IS NULL OR t !~ '^[0-9]+$' OR length(t) <> 18 THEN
        RETURN false;
    END IF;
    FOR i IN 1..17 LOOP
        total := total + substr(t, i, 1)::integer * CASE WHEN i % 2 = 1 THEN 3 ELSE 1 END;
    END LOOP;
    RETURN substr(t, 18, 1)::integer = (10 - total % 10) % 10;
END $$;

-- A calendar date written YYYY-MM-DD (or empty: NULL); 'invalid' otherwise.
CREATE FUNCTION master.inbound_date(t text, OUT d date, OUT ok boolean)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    ok := true;
    IF coalesce(btrim(t), '') = '' THEN
        RETURN;
    END IF;
    IF btrim(t) !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        ok := false;
        RETURN;
    END IF;
    d := btrim(t)::date;
    IF to_char(d, 'YYYY-MM-DD') <> btrim(t) OR d < DATE '2000-01-01' OR d > DATE '2200-01-01' THEN
        d := NULL; ok := false;
    END IF;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    d := NULL; ok := false;
END $$;

-- One notice: why it cannot be taken (field and reason), or written with its inbound raised and NULL.
CREATE FUNCTION master.import_one_notice(p_warehouse text, p_bin bigint, r jsonb,
                                         OUT field text, OUT reason text, OUT bad_line integer)
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    notice  text := btrim(r ->> 'id');
    v_kind  text := lower(coalesce(nullif(btrim(r ->> 'kind'), ''), 'asn'));
    expect  record;
    l       jsonb;
    n       integer := 0;
    v_sku   text;
    expiry  record;
    v_lot   text;
    v_sscc  text;
BEGIN
    bad_line := master.row_line(r);
    IF notice IS NULL OR notice !~ '^[A-Za-z0-9#][A-Za-z0-9#._/-]*$' OR length(notice) > 64 THEN
        field := 'id';
        reason := format('notice id ''%s'' must be 1 to 64 letters, digits, # . _ / or -', coalesce(notice, ''));
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM master.inbound_notice x WHERE x.id = notice) THEN
        field := 'unchanged';
        IF (SELECT x.warehouse_id FROM master.inbound_notice x WHERE x.id = notice) <> p_warehouse THEN
            field := 'id'; reason := format('notice %s is on the master already for another warehouse', notice);
        END IF;
        RETURN;
    END IF;
    IF v_kind NOT IN ('asn', 'po') THEN
        field := 'kind'; reason := format('kind ''%s'' is asn (an advance shipping notice) or po (a purchase order)', v_kind);
        RETURN;
    END IF;
    IF length(coalesce(r ->> 'supplier', '')) > 200 THEN
        field := 'supplier'; reason := 'a supplier name is at most 200 characters';
        RETURN;
    END IF;
    expect := master.inbound_date(r ->> 'expected');
    IF NOT expect.ok THEN
        field := 'expected'; reason := format('expected date ''%s'' is not a date YYYY-MM-DD', r ->> 'expected');
        RETURN;
    END IF;
    IF jsonb_typeof(r -> 'lines') IS DISTINCT FROM 'array' OR jsonb_array_length(r -> 'lines') = 0 THEN
        field := 'id'; reason := format('notice %s has no lines', notice);
        RETURN;
    END IF;
    IF jsonb_array_length(r -> 'lines') > 10000 THEN
        field := 'id'; reason := format('notice %s has more than 10000 lines', notice);
        RETURN;
    END IF;
    INSERT INTO master.inbound_notice (id, warehouse_id, kind, supplier, expected_on, location_id)
    VALUES (notice, p_warehouse, v_kind, coalesce(btrim(r ->> 'supplier'), ''), expect.d, p_bin);
    FOR l IN SELECT * FROM jsonb_array_elements(r -> 'lines') LOOP
        n := n + 1;
        bad_line := coalesce(master.row_line(l), master.row_line(r));
        v_sku := btrim(l ->> 'sku');
        IF NOT EXISTS (SELECT 1 FROM master.product p WHERE p.sku = v_sku AND NOT p.non_stock) THEN
            field := 'sku'; reason := format('SKU ''%s'' is not a stocked product on the master', coalesce(v_sku, ''));
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        IF NOT master.is_whole_between(l ->> 'quantity', 1, 1000000) THEN
            field := 'quantity';
            reason := format('quantity ''%s'' is not a whole number from 1 to 1000000', coalesce(l ->> 'quantity', ''));
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        v_lot := coalesce(btrim(l ->> 'lot'), '');
        IF v_lot !~ '^[A-Za-z0-9._/-]*$' OR length(v_lot) > 20 THEN
            field := 'lot'; reason := format('lot ''%s'' must be at most 20 letters, digits, . _ / or - (GS1 AI 10)', v_lot);
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        expiry := master.inbound_date(l ->> 'expiry');
        IF NOT expiry.ok THEN
            field := 'expiry'; reason := format('expiry ''%s'' is not a date YYYY-MM-DD', l ->> 'expiry');
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        v_sscc := coalesce(btrim(l ->> 'sscc'), '');
        IF v_sscc <> '' AND NOT master.is_sscc(v_sscc) THEN
            field := 'sscc';
            reason := format('SSCC ''%s'' is not 18 digits with a valid check digit', left(v_sscc, 40));
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        IF v_sscc <> '' AND EXISTS (SELECT 1 FROM master.inbound_line x WHERE x.sscc = v_sscc AND x.notice_id <> notice) THEN
            field := 'sscc';
            reason := format('SSCC %s is on notice %s already', v_sscc,
                             (SELECT min(x.notice_id) FROM master.inbound_line x WHERE x.sscc = v_sscc));
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        INSERT INTO master.inbound_line (notice_id, line_no, warehouse_id, sku, quantity, lot, expiry, sscc)
        VALUES (notice, n, p_warehouse, v_sku, (l ->> 'quantity')::integer, v_lot, expiry.d, v_sscc);
    END LOOP;
    -- Its units wait at the receiving bin as inbound, a row per SKU.
    INSERT INTO master.stock AS s (sku, location_id, inbound)
    SELECT il.sku, p_bin, sum(il.quantity) FROM master.inbound_line il WHERE il.notice_id = notice GROUP BY il.sku
    ON CONFLICT (sku, location_id) DO UPDATE SET inbound = s.inbound + excluded.inbound;
    field := NULL; reason := NULL; bad_line := NULL;
EXCEPTION WHEN raise_exception THEN
    -- A refused line refuses the whole notice: what was written of it is undone with the block.
    RETURN;
END $$;

-- Imports whole notices of a warehouse: [{line, id, kind, supplier, expected, lines: [{line, sku,
-- quantity, lot, expiry, sscc}]}]. Returns {imported, unchanged, rejected: [{line, field, error}]}.
CREATE FUNCTION master.import_inbound(p_warehouse text, p_notices jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    bin      bigint;
    r        jsonb;
    answer   record;
    imported integer := 0;
    unchanged integer := 0;
    refused  jsonb[] := '{}';
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_notices, 50000);
    SELECT l.id INTO bin FROM master.location l WHERE l.warehouse_id = p_warehouse AND l.kind = 'receiving'
     ORDER BY l.code LIMIT 1;
    IF bin IS NULL THEN
        RAISE EXCEPTION 'warehouse % has no receiving bin for inbound to wait at', p_warehouse
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'import one first: a locations file with a row of kind receiving';
    END IF;
    FOR r IN SELECT * FROM jsonb_array_elements(p_notices) LOOP
        IF jsonb_typeof(r) IS DISTINCT FROM 'object' THEN
            refused := array_append(refused, jsonb_build_object('line', 0, 'field', 'row', 'error', 'not an object'));
            CONTINUE;
        END IF;
        answer := master.import_one_notice(p_warehouse, bin, r);
        IF answer.field IS NULL THEN
            imported := imported + 1;
        ELSIF answer.field = 'unchanged' THEN
            unchanged := unchanged + 1;
        ELSE
            refused := array_append(refused, jsonb_build_object('line', coalesce(answer.bad_line, master.row_line(r), 0),
                                                                'field', answer.field, 'error', answer.reason));
        END IF;
    END LOOP;
    RETURN jsonb_build_object('imported', imported, 'unchanged', unchanged, 'rejected', to_jsonb(refused));
END $$;

ALTER TABLE master.movement DROP CONSTRAINT movement_kind_check;
ALTER TABLE master.movement ADD CONSTRAINT movement_kind_check
    CHECK (kind IN ('pick','short','pack','ship','return_restock','return_hold','adjust','opening','receive',
                    'receive_hold','putaway'));

-- The notice line a receiving movement names: `inbound:<notice>:<line>` (or `inbound:<notice>`
-- when allowed), of the station's warehouse, open; why not, otherwise.
CREATE FUNCTION master.receipt_target(me master.station, m jsonb, line_optional boolean,
                                      OUT notice master.inbound_notice, OUT line master.inbound_line, OUT reason text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    ref    text := coalesce(m ->> 'reference', '');
    parts  text[] := regexp_match(ref, '^inbound:([A-Za-z0-9#._/-]+)(:([0-9]+))?$');
BEGIN
    IF parts IS NULL OR length(parts[1]) > 64 OR length(coalesce(parts[3], '')) > 6 THEN
        reason := 'invalid_reference';
        RETURN;
    END IF;
    SELECT * INTO notice FROM master.inbound_notice n WHERE n.id = parts[1] AND n.warehouse_id = me.warehouse_id;
    IF NOT FOUND THEN
        reason := 'unknown_inbound';
        RETURN;
    END IF;
    IF notice.status IN ('closed', 'cancelled') THEN
        reason := 'inbound_' || notice.status;
        RETURN;
    END IF;
    IF parts[3] IS NULL THEN
        IF NOT line_optional THEN
            reason := 'invalid_reference';
        END IF;
        RETURN;
    END IF;
    SELECT * INTO line FROM master.inbound_line l WHERE l.notice_id = notice.id AND l.line_no = parts[3]::integer;
    IF NOT FOUND THEN
        reason := 'unknown_inbound_line';
    ELSIF line.sku IS DISTINCT FROM m ->> 'sku' THEN
        reason := 'sku_not_on_inbound_line';
    ELSIF line.received_qty + (m ->> 'quantity')::integer > floor(line.quantity * 1.3) THEN
        reason := 'over_receipt_limit';
    END IF;
END $$;

-- Why one movement cannot be taken: NULL reason when it can (version 6's checks, and the
-- receiving kinds of version 19).
CREATE OR REPLACE FUNCTION master.movement_problem(m jsonb, me master.station, OUT reason text, OUT field text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    v_kind text := m ->> 'kind';
    loc    text;
    needed text;
    target record;
BEGIN
    IF (m ->> 'station_id') IS DISTINCT FROM me.id THEN
        reason := 'not_your_station'; field := 'station_id'; RETURN;
    END IF;
    IF v_kind IS NULL OR v_kind NOT IN ('pick', 'short', 'pack', 'ship', 'return_restock', 'return_hold', 'receive',
                                        'receive_hold', 'putaway') THEN
        reason := 'invalid_kind'; field := 'kind'; RETURN;
    END IF;
    IF NOT master.is_integer_between(m -> 'quantity', 1, 1000000) THEN
        reason := 'invalid_quantity'; field := 'quantity'; RETURN;
    END IF;
    IF NOT master.is_integer_between(m -> 'station_seq', 1, 9223372036854775807) THEN
        reason := 'invalid_station_seq'; field := 'station_seq'; RETURN;
    END IF;
    IF NOT master.is_integer_between(m -> 'created_at', 1577836800000,
                                     (extract(epoch FROM now()) * 1000)::bigint + 86400000) THEN
        reason := 'invalid_created_at'; field := 'created_at'; RETURN;
    END IF;
    IF coalesce(length(m ->> 'sku'), 0) NOT BETWEEN 1 AND 255 THEN
        reason := 'unknown_sku'; field := 'sku'; RETURN;
    END IF;
    IF NOT master.is_short_text(m -> 'reference', 200) THEN
        reason := 'invalid_reference'; field := 'reference'; RETURN;
    END IF;
    IF NOT master.is_short_text(m -> 'operator_badge', 64) THEN
        reason := 'invalid_operator_badge'; field := 'operator_badge'; RETURN;
    END IF;
    -- Which locations the kind needs (DESIGN.md §4): r required, o optional, - absent.
    FOREACH loc IN ARRAY ARRAY['from_location_id', 'to_location_id'] LOOP
        needed := CASE v_kind
                      WHEN 'pick' THEN 'rr' WHEN 'short' THEN 'ro' WHEN 'pack' THEN 'ro' WHEN 'ship' THEN 'r-'
                      WHEN 'putaway' THEN 'rr' ELSE '-r' END;
        needed := substr(needed, CASE loc WHEN 'from_location_id' THEN 1 ELSE 2 END, 1);
        IF coalesce(jsonb_typeof(m -> loc), 'null') = 'null' THEN
            IF needed = 'r' THEN
                reason := 'missing_' || loc; field := loc; RETURN;
            END IF;
        ELSIF needed = '-' THEN
            reason := 'unexpected_' || loc; field := loc; RETURN;
        ELSIF NOT master.is_integer_between(m -> loc, 1, 9223372036854775807)
              OR NOT EXISTS (SELECT 1 FROM master.location l
                              WHERE l.id = (m ->> loc)::bigint AND l.warehouse_id = me.warehouse_id) THEN
            reason := 'location_not_in_warehouse'; field := loc; RETURN;
        END IF;
    END LOOP;
    IF v_kind IN ('pick', 'short', 'putaway') AND (m ->> 'to_location_id') = (m ->> 'from_location_id') THEN
        reason := 'unexpected_to_location_id'; field := 'to_location_id'; RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM master.product p WHERE p.sku = m ->> 'sku') THEN
        reason := 'unknown_sku'; field := 'sku'; RETURN;
    END IF;
    -- The receiving kinds: the bins' kinds, and the notice line received.
    IF v_kind IN ('receive', 'receive_hold') THEN
        IF NOT EXISTS (SELECT 1 FROM master.location l WHERE l.id = (m ->> 'to_location_id')::bigint
                          AND l.kind = ANY (CASE v_kind WHEN 'receive' THEN ARRAY['receiving']
                                                        ELSE ARRAY['receiving', 'hold'] END)) THEN
            reason := 'wrong_kind_of_bin'; field := 'to_location_id'; RETURN;
        END IF;
        target := master.receipt_target(me, m, v_kind = 'receive_hold');
        IF target.reason IS NOT NULL THEN
            reason := target.reason;
            field := CASE WHEN target.reason = 'over_receipt_limit' THEN 'quantity'
                          WHEN target.reason = 'sku_not_on_inbound_line' THEN 'sku' ELSE 'reference' END;
            RETURN;
        END IF;
    ELSIF v_kind = 'putaway' THEN
        IF NOT EXISTS (SELECT 1 FROM master.location l
                        WHERE l.id = (m ->> 'from_location_id')::bigint AND l.kind = 'receiving') THEN
            reason := 'wrong_kind_of_bin'; field := 'from_location_id'; RETURN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM master.location l
                        WHERE l.id = (m ->> 'to_location_id')::bigint AND l.kind IN ('pick', 'bulk')) THEN
            reason := 'wrong_kind_of_bin'; field := 'to_location_id'; RETURN;
        END IF;
    END IF;
END $$;

-- A receipt's effect beyond the bin it lands in: its line's count and its inbound.
CREATE FUNCTION master.count_receipt(me master.station, m jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    target record := master.receipt_target(me, m, true);
    v_qty  integer := (m ->> 'quantity')::integer;
BEGIN
    UPDATE master.inbound_notice SET status = 'receiving' WHERE id = (target.notice).id AND status = 'open';
    IF (target.line).notice_id IS NULL THEN
        RETURN; -- a SKU the notice does not list: held, received against nothing
    END IF;
    UPDATE master.inbound_line SET received_qty = received_qty + v_qty
     WHERE notice_id = (target.line).notice_id AND line_no = (target.line).line_no;
    UPDATE master.stock SET inbound = inbound - least(inbound, v_qty)
     WHERE sku = (target.line).sku AND location_id = (target.notice).location_id;
END $$;

-- Writes one checked movement and its stock effect; false (nothing written) when a bucket would
-- break (version 6, with the receiving kinds of version 19).
CREATE OR REPLACE FUNCTION master.apply_checked_movement(me master.station, id uuid, m jsonb, OUT ok boolean,
                                                         OUT reason text)
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    v_kind text := m ->> 'kind';
    v_sku  text := m ->> 'sku';
    v_qty  integer := (m ->> 'quantity')::integer;
    v_from bigint := (m ->> 'from_location_id')::bigint;
    v_to   bigint := (m ->> 'to_location_id')::bigint;
    taken  integer;
BEGIN
    ok := false;
    IF v_kind IN ('pick', 'short', 'ship') THEN
        UPDATE master.stock s SET on_hand = s.on_hand - v_qty, reserved = s.reserved - v_qty
         WHERE s.sku = v_sku AND s.location_id = v_from AND s.on_hand >= v_qty AND s.reserved >= v_qty;
        GET DIAGNOSTICS taken = ROW_COUNT;
        IF taken = 0 THEN
            reason := 'stock_would_go_negative';
            RETURN;
        END IF;
    ELSIF v_kind = 'putaway' THEN
        UPDATE master.stock s SET on_hand = s.on_hand - v_qty
         WHERE s.sku = v_sku AND s.location_id = v_from AND s.on_hand - s.reserved - s.hold >= v_qty;
        GET DIAGNOSTICS taken = ROW_COUNT;
        IF taken = 0 THEN
            reason := 'stock_would_go_negative';
            RETURN;
        END IF;
    END IF;
    IF v_to IS NOT NULL AND v_kind IN ('pick', 'short', 'return_restock', 'return_hold', 'receive', 'receive_hold',
                                       'putaway') THEN
        INSERT INTO master.stock AS s (sku, location_id, on_hand, reserved, hold)
        VALUES (v_sku, v_to, v_qty, CASE v_kind WHEN 'pick' THEN v_qty ELSE 0 END,
                CASE WHEN v_kind IN ('short', 'return_hold', 'receive_hold') THEN v_qty ELSE 0 END)
        ON CONFLICT (sku, location_id) DO UPDATE
           SET on_hand = s.on_hand + excluded.on_hand, reserved = s.reserved + excluded.reserved,
               hold = s.hold + excluded.hold
         WHERE s.on_hand::bigint + excluded.on_hand <= 2147483647;
        GET DIAGNOSTICS taken = ROW_COUNT;
        IF taken = 0 THEN
            -- Put back what the from side took: the movement has no effect at all.
            IF v_kind IN ('pick', 'short') THEN
                UPDATE master.stock s SET on_hand = s.on_hand + v_qty, reserved = s.reserved + v_qty
                 WHERE s.sku = v_sku AND s.location_id = v_from;
            ELSIF v_kind = 'putaway' THEN
                UPDATE master.stock s SET on_hand = s.on_hand + v_qty WHERE s.sku = v_sku AND s.location_id = v_from;
            END IF;
            reason := 'stock_would_overflow';
            RETURN;
        END IF;
    END IF;
    IF v_kind IN ('receive', 'receive_hold') THEN
        PERFORM master.count_receipt(me, m);
    END IF;
    INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity, from_location_id,
                                 to_location_id, reference, operator_badge, created_at)
    VALUES (id, me.id, (m ->> 'station_seq')::bigint, me.warehouse_id, v_kind, v_sku, v_qty, v_from,
            CASE WHEN v_kind = 'ship' THEN NULL ELSE v_to END, coalesce(m ->> 'reference', ''),
            coalesce(m ->> 'operator_badge', ''), to_timestamp(((m ->> 'created_at')::bigint) / 1000.0));
    ok := true;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (19);
