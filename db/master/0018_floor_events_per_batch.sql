-- Master version 18: floor events applied a batch at a time.
--
-- Why. Version 17 applied each floor event on its own: a subtransaction, a handful of statements
-- with the change feed's and NOTIFY's statement triggers at each, and a dozen checks that each
-- ran a regular expression with counted repeats (several microseconds apiece in PostgreSQL's
-- engine). That cost about half a millisecond an event, ten times a movement: a station's day of
-- events took five times as long to push as its movements.
--
-- Now push_floor_events sorts a batch by kind and applies each kind in a few set-based
-- statements: every event's checks in one pass, the master's rows changed once per batch, the
-- feed and NOTIFY written once. The answers are those of version 17 for the same events in the
-- same order: each event is judged against the master's state and the events before it in the
-- batch (a package's status never goes back; the first resolution of an exception wins).
-- * Kinds are applied in this order: exceptions raised, packages, orders, return lines,
--   exceptions resolved, verdict counts, audit heads. An order is judged after its packages, and
--   an exception resolved in the batch that raised it is found.
-- * A value that passes the checks and still breaks a constraint fails the set-based statement;
--   that kind's events are then applied one at a time, and the one that breaks it is refused as
--   `invalid_event: <SQLSTATE>`. A batch never fails on every retry.
-- * The rows an event changes are locked before it is judged, so two stations pushing to one
--   package are judged one after the other.
-- * Numbers and UUIDs are checked without counted repeats; the rules are those of version 17.

-- The ledger is written by push_floor_events alone, with the calling station's own id: its key
-- to the station, checked row by row, was a tenth of an event's cost.
ALTER TABLE master.floor_event DROP CONSTRAINT floor_event_station_id_fkey;

-- A package picked at one station can be packed at another: the master keeps the tote it was
-- picked into and what each line held when picked, and the feed brings both to every station.
ALTER TABLE master.shipment ADD COLUMN tote text NOT NULL DEFAULT '' CHECK (length(tote) <= 64);
ALTER TABLE master.shipment_line ADD COLUMN picked_qty integer CHECK (picked_qty >= 0);

-- An event of a batch as the kinds' functions take it: its place in the batch, UUID, kind, the
-- time it was made (checked) and the event as pushed.
CREATE TYPE master.floor_event_in AS (pos integer, id uuid, kind text, at timestamptz, e jsonb);
-- An event's answer: NULL reason = applied; 'superseded'; else why it is refused.
CREATE TYPE master.floor_outcome AS (pos integer, reason text);

DROP FUNCTION master.apply_floor_event(master.station, jsonb, timestamptz);
DROP FUNCTION master.apply_shipment_event(master.station, jsonb, timestamptz);
DROP FUNCTION master.apply_order_event(master.station, jsonb);
DROP FUNCTION master.apply_return_line_event(master.station, jsonb, timestamptz);
DROP FUNCTION master.apply_exception_raised(master.station, jsonb);
DROP FUNCTION master.apply_exception_resolved(master.station, jsonb);

-- A JSON number, or a string holding an integer, as a number; NULL otherwise.
CREATE FUNCTION master.event_number(v jsonb) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN CASE jsonb_typeof(v) WHEN 'number' THEN v::numeric
                                WHEN 'string' THEN CASE WHEN (v #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$' AND length(v #>> '{}') <= 40
                                                        THEN (v #>> '{}')::numeric END END;
END $$;

CREATE OR REPLACE FUNCTION master.event_integer(v jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    n numeric := master.event_number(v);
BEGIN
    RETURN coalesce(n = trunc(n) AND n BETWEEN low AND high, false);
END $$;

CREATE OR REPLACE FUNCTION master.floor_time(v jsonb) RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    n numeric := master.event_number(v);
BEGIN
    IF n = trunc(n) AND n BETWEEN 1577836800000 AND extract(epoch FROM now()) * 1000 + 86400000 THEN
        RETURN to_timestamp(n / 1000);
    END IF;
    RETURN NULL;
END $$;

-- 8-4-4-4-12 hexadecimal digits.
CREATE FUNCTION master.is_uuid_text(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN coalesce(length(t) = 36 AND t ~ '^[0-9a-fA-F-]*$' AND length(replace(t, '-', '')) = 32
                    AND substr(t, 9, 1) || substr(t, 14, 1) || substr(t, 19, 1) || substr(t, 24, 1) = '----', false);
END $$;

-- A status that only goes forward (a package's, an order's, a return line's): an event of the
-- batch, the entity it speaks of, how far the entity is (its rank; 0: none the floor can move on
-- from) and how far the event would bring it, and why it is refused, if it is.
CREATE TYPE master.forward_step AS (pos integer, entity text, was_rank integer, rank integer, reason text);

-- Each step's answer: its refusal; else `superseded` when it goes no further than the entity is,
-- or than an earlier event of the batch brought it; else applied (NULL).
CREATE FUNCTION master.judge_forward(steps master.forward_step[]) RETURNS master.floor_outcome[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT array_agg(ROW(j.pos, j.outcome)::master.floor_outcome)
      FROM (SELECT s.pos, CASE WHEN s.reason IS NOT NULL THEN s.reason
                               WHEN s.rank <= greatest(coalesce(s.was_rank, 0),
                                                       coalesce(max(s.rank) FILTER (WHERE s.reason IS NULL)
                                                                    OVER (PARTITION BY s.entity ORDER BY s.pos
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))
                               THEN 'superseded' END AS outcome
              FROM unnest(steps) s) j
$$;

-- Exceptions the floor raised, each once by its own UUID.
CREATE FUNCTION master.apply_exception_raised_events(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    latest_ms constant numeric := extract(epoch FROM now()) * 1000 + 86400000;
    done      master.floor_outcome[];
BEGIN
    WITH e AS MATERIALIZED (
        -- Checked here, not by calls to master.is_uuid_text and master.floor_time: a call with its
        -- own search path costs more than the check.
        SELECT x.pos, b, CASE WHEN t.uuid_ok THEN (b ->> 'uuid')::uuid END AS id,
               CASE WHEN t.raised_ms = trunc(t.raised_ms) AND t.raised_ms BETWEEN 1577836800000 AND latest_ms
                    THEN to_timestamp(t.raised_ms / 1000) END AS raised_at
          FROM unnest(events) x, LATERAL (SELECT x.e -> 'body' AS b) body,
               LATERAL (SELECT coalesce(length((b ->> 'uuid')) = 36 AND (b ->> 'uuid') ~ '^[0-9a-fA-F-]*$' AND length(replace((b ->> 'uuid'), '-', '')) = 32 AND substr((b ->> 'uuid'), 9, 1) || substr((b ->> 'uuid'), 14, 1) || substr((b ->> 'uuid'), 19, 1) || substr((b ->> 'uuid'), 24, 1) = '----', false) AS uuid_ok,
                               CASE jsonb_typeof(b -> 'raised_at') WHEN 'number' THEN (b -> 'raised_at')::numeric WHEN 'string' THEN CASE WHEN (b -> 'raised_at' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$' AND length(b -> 'raised_at' #>> '{}') <= 40 THEN (b -> 'raised_at' #>> '{}')::numeric END END AS raised_ms) t
    ), checked AS MATERIALIZED (
        SELECT e.*, CASE
                   WHEN e.id IS NULL THEN 'invalid_exception_uuid'
                   WHEN coalesce(b ->> 'kind', '') !~ '^[a-z][a-z0-9_]*$' OR length(b ->> 'kind') > 64
                   THEN 'invalid_exception_kind'
                   WHEN jsonb_typeof(b -> 'reference') NOT IN ('string', 'null') OR length(b ->> 'reference') > 200
                   THEN 'invalid_reference'
                   WHEN jsonb_typeof(b -> 'order_id') NOT IN ('string', 'null') OR length(b ->> 'order_id') > 200
                   THEN 'invalid_order_id'
                   WHEN jsonb_typeof(b -> 'sku') NOT IN ('string', 'null') OR length(b ->> 'sku') > 255 THEN 'invalid_sku'
                   WHEN jsonb_typeof(b -> 'detail') NOT IN ('string', 'null') OR length(b ->> 'detail') > 2000
                   THEN 'invalid_detail'
                   WHEN jsonb_typeof(b -> 'raised_by') NOT IN ('string', 'null') OR length(b ->> 'raised_by') > 64
                   THEN 'invalid_raised_by'
                   WHEN e.raised_at IS NULL THEN 'invalid_raised_at'
                   -- By index, UUID by UUID, not a hashed scan of every exception ever raised.
                   WHEN (SELECT x.uuid FROM master.floor_exception x WHERE x.uuid = e.id) IS NOT NULL THEN 'exception_exists'
               END AS reason
          FROM e
    ), judged AS MATERIALIZED (
        -- The same exception twice in the batch: the first raises it.
        SELECT c.*, CASE WHEN c.reason IS NULL AND row_number() OVER (PARTITION BY c.id, c.reason IS NULL ORDER BY c.pos) > 1
                         THEN 'exception_exists' ELSE c.reason END AS outcome
          FROM checked c
    ), raised AS (
        INSERT INTO master.floor_exception (uuid, warehouse_id, station_id, kind, reference, order_id, sku, detail,
                                            operator_badge, raised_at)
        SELECT j.id, me.warehouse_id, me.id, j.b ->> 'kind', coalesce(j.b ->> 'reference', ''),
               coalesce(j.b ->> 'order_id', ''), coalesce(j.b ->> 'sku', ''), coalesce(j.b ->> 'detail', ''),
               coalesce(j.b ->> 'raised_by', ''), j.raised_at
          FROM judged j WHERE j.outcome IS NULL
    )
    SELECT array_agg(ROW(j.pos, j.outcome)::master.floor_outcome) INTO done FROM judged j;
    RETURN done;
END $$;

-- A package's floor progress: box, weight, label, who verified it, the tote it was picked into,
-- what each line held when picked (picked_qty) and when packed (packed_qty). Shipped short, its
-- missing units follow the warehouse's rule (master.follow_short_lines).
CREATE TYPE master.floor_line AS (pos integer, line_no numeric, packed numeric, picked numeric, short_reason text);

CREATE FUNCTION master.apply_shipment_events(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    ranks   constant text[] := ARRAY['awaiting_pick', 'picking', 'picked', 'packing', 'packed', 'labelled', 'shipped'];
    done    master.floor_outcome[];
    said    master.floor_line[];
    shipped master.shipment;
BEGIN
    PERFORM 1 FROM master.shipment s
     WHERE s.id IN (SELECT x.e -> 'body' ->> 'shipment_id' FROM unnest(events) x) AND s.warehouse_id = me.warehouse_id
     ORDER BY s.id FOR UPDATE;
    WITH e AS MATERIALIZED (
        -- Numbers read here, not by calls to master.event_number (a call costs more than the read).
        SELECT x.pos, b, array_position(ranks, b ->> 'status') AS rank,
               CASE jsonb_typeof(b -> 'weight_g') WHEN 'number' THEN (b -> 'weight_g')::numeric
                                        WHEN 'string' THEN CASE WHEN (b -> 'weight_g' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$'
                                                                 AND length(b -> 'weight_g' #>> '{}') <= 40
                                                            THEN (b -> 'weight_g' #>> '{}')::numeric END END AS weight
          FROM unnest(events) x, LATERAL (SELECT x.e -> 'body' AS b) body
    ), line AS MATERIALIZED (
        SELECT e.pos, e.b ->> 'shipment_id' AS sid, l AS line,
               CASE jsonb_typeof(l -> 'line_no') WHEN 'number' THEN (l -> 'line_no')::numeric
                                        WHEN 'string' THEN CASE WHEN (l -> 'line_no' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$'
                                                                 AND length(l -> 'line_no' #>> '{}') <= 40
                                                            THEN (l -> 'line_no' #>> '{}')::numeric END END AS line_no,
               CASE jsonb_typeof(l -> 'packed_qty') WHEN 'number' THEN (l -> 'packed_qty')::numeric
                                        WHEN 'string' THEN CASE WHEN (l -> 'packed_qty' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$'
                                                                 AND length(l -> 'packed_qty' #>> '{}') <= 40
                                                            THEN (l -> 'packed_qty' #>> '{}')::numeric END END AS packed,
               CASE jsonb_typeof(l -> 'picked_qty') WHEN 'number' THEN (l -> 'picked_qty')::numeric
                                        WHEN 'string' THEN CASE WHEN (l -> 'picked_qty' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$'
                                                                 AND length(l -> 'picked_qty' #>> '{}') <= 40
                                                            THEN (l -> 'picked_qty' #>> '{}')::numeric END END AS picked
          FROM e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.b -> 'lines') = 'array' THEN e.b -> 'lines' ELSE '[]' END) l
    ), bad_line AS MATERIALIZED (
        -- A line is one of the package's, with what was packed or picked: whole numbers up to its quantity.
        SELECT DISTINCT l.pos FROM line l
         WHERE CASE WHEN jsonb_typeof(l.line) <> 'object'
                      OR NOT coalesce(l.line_no = trunc(l.line_no) AND l.line_no BETWEEN 1 AND 1000000, false)
                      OR (l.packed IS NULL AND l.picked IS NULL)
                      OR (l.line ? 'packed_qty' AND NOT coalesce(l.packed = trunc(l.packed) AND l.packed >= 0, false))
                      OR (l.line ? 'picked_qty' AND NOT coalesce(l.picked = trunc(l.picked) AND l.picked >= 0, false))
                      OR jsonb_typeof(l.line -> 'short_reason') NOT IN ('string', 'null')
                      OR length(l.line ->> 'short_reason') > 64 THEN true
                    ELSE NOT coalesce((SELECT sl.quantity >= greatest(l.packed, l.picked) FROM master.shipment_line sl
                                        WHERE sl.shipment_id = l.sid AND sl.line_no = l.line_no), false) END
    ), checked AS MATERIALIZED (
        SELECT e.*, s.id AS sid, s.status AS was, CASE
                   WHEN jsonb_typeof(b -> 'shipment_id') IS DISTINCT FROM 'string' OR length(b ->> 'shipment_id') > 200
                   THEN 'invalid_shipment_id'
                   WHEN s.id IS NULL THEN 'unknown_shipment'
                   WHEN coalesce(e.rank, 1) = 1 THEN 'invalid_status'
                   WHEN jsonb_typeof(b -> 'box_code') NOT IN ('string', 'null') OR length(b ->> 'box_code') > 64
                   THEN 'invalid_box_code'
                   WHEN jsonb_typeof(b -> 'weight_g') <> 'null'
                    AND NOT coalesce(e.weight = trunc(e.weight) AND e.weight BETWEEN 1 AND 1000000, false)
                   THEN 'invalid_weight_g'
                   WHEN jsonb_typeof(b -> 'sscc') NOT IN ('string', 'null') OR coalesce(b ->> 'sscc', '') !~ '^[0-9]*$'
                     OR length(b ->> 'sscc') NOT IN (0, 18) THEN 'invalid_sscc'
                   WHEN jsonb_typeof(b -> 'tracking_number') NOT IN ('string', 'null') OR length(b ->> 'tracking_number') > 64
                     OR coalesce(b ->> 'tracking_number', '') !~ '^[A-Za-z0-9 -]*$' THEN 'invalid_tracking_number'
                   WHEN jsonb_typeof(b -> 'label_barcode') NOT IN ('string', 'null') OR length(b ->> 'label_barcode') > 64
                     OR coalesce(b ->> 'label_barcode', '') !~ '^[A-Za-z0-9 -]*$' THEN 'invalid_label_barcode'
                   WHEN jsonb_typeof(b -> 'verified_by') NOT IN ('string', 'null') OR length(b ->> 'verified_by') > 64
                   THEN 'invalid_verified_by'
                   WHEN jsonb_typeof(b -> 'tote') NOT IN ('string', 'null') OR length(b ->> 'tote') > 64 THEN 'invalid_tote'
                   WHEN jsonb_typeof(b -> 'lines') <> 'array' OR jsonb_array_length(b -> 'lines') > 1000
                     OR e.pos IN (SELECT bl.pos FROM bad_line bl) THEN 'invalid_lines'
                   WHEN s.status = 'cancelled' AND b ->> 'status' <> 'shipped' THEN 'shipment_cancelled'
               END AS reason
          FROM e LEFT JOIN master.shipment s ON s.id = e.b ->> 'shipment_id' AND s.warehouse_id = me.warehouse_id
    )
    SELECT master.judge_forward(ARRAY(
               SELECT ROW(c.pos, c.sid, CASE WHEN c.was = 'cancelled' THEN 0 ELSE array_position(ranks, c.was) END, c.rank,
                          c.reason)::master.forward_step FROM checked c)),
           (SELECT array_agg(ROW(l.pos, l.line_no, l.packed, l.picked, coalesce(l.line ->> 'short_reason', ''))::master.floor_line)
              FROM line l WHERE l.pos NOT IN (SELECT bl.pos FROM bad_line bl))
      INTO done, said;

    WITH applied AS (
        SELECT x.pos, x.at, x.e -> 'body' AS b FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos
         WHERE d.reason IS NULL
    ), latest AS (
        SELECT a.b ->> 'shipment_id' AS sid, (array_agg(a.b ->> 'status' ORDER BY a.pos DESC))[1] AS status,
               (array_agg(a.b ->> 'box_code' ORDER BY a.pos DESC) FILTER (WHERE a.b ->> 'box_code' IS NOT NULL))[1] AS box_code,
               (array_agg(master.event_number(a.b -> 'weight_g') ORDER BY a.pos DESC)
                    FILTER (WHERE a.b ->> 'weight_g' IS NOT NULL))[1] AS weight_g,
               (array_agg(a.b ->> 'sscc' ORDER BY a.pos DESC) FILTER (WHERE coalesce(a.b ->> 'sscc', '') <> ''))[1] AS sscc,
               (array_agg(a.b ->> 'tracking_number' ORDER BY a.pos DESC)
                    FILTER (WHERE coalesce(a.b ->> 'tracking_number', '') <> ''))[1] AS tracking_number,
               (array_agg(a.b ->> 'label_barcode' ORDER BY a.pos DESC)
                    FILTER (WHERE coalesce(a.b ->> 'label_barcode', '') <> ''))[1] AS label_barcode,
               (array_agg(a.b ->> 'verified_by' ORDER BY a.pos DESC) FILTER (WHERE a.b ->> 'verified_by' IS NOT NULL))[1]
                   AS verified_by,
               (array_agg(a.b ->> 'tote' ORDER BY a.pos DESC) FILTER (WHERE coalesce(a.b ->> 'tote', '') <> ''))[1] AS tote,
               max(a.at) FILTER (WHERE a.b ->> 'status' = 'shipped') AS shipped_at, max(a.at) AS floor_at
          FROM applied a GROUP BY 1
    )
    UPDATE master.shipment s
       SET status = l.status, box_code = coalesce(l.box_code, s.box_code), weight_g = coalesce(l.weight_g::integer, s.weight_g),
           sscc = coalesce(l.sscc, s.sscc), tracking_number = coalesce(l.tracking_number, s.tracking_number),
           label_barcode = coalesce(l.label_barcode, s.label_barcode), verified_by = coalesce(l.verified_by, s.verified_by),
           tote = coalesce(l.tote, s.tote), shipped_at = coalesce(l.shipped_at, s.shipped_at), floor_station = me.id,
           floor_at = l.floor_at
      FROM latest l
     WHERE s.id = l.sid;

    -- What each line held, as the last event of the batch that speaks of it says: what was packed,
    -- else what was picked; the rest is short.
    UPDATE master.shipment_line sl
       SET packed_qty = coalesce(l.packed, sl.packed_qty), picked_qty = coalesce(l.picked, sl.picked_qty),
           short_qty = sl.quantity - coalesce(l.packed, l.picked), short_reason = l.short_reason
      FROM (SELECT DISTINCT ON (1, 2) x.e -> 'body' ->> 'shipment_id' AS sid, n.line_no::integer AS line_no,
                   n.packed::integer AS packed, n.picked::integer AS picked, n.short_reason
              FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos JOIN unnest(said) n ON n.pos = x.pos
             WHERE d.reason IS NULL
             ORDER BY 1, 2, x.pos DESC) l
     WHERE sl.shipment_id = l.sid AND sl.line_no = l.line_no;

    FOR shipped IN SELECT s.* FROM master.shipment s
                    WHERE s.id IN (SELECT x.e -> 'body' ->> 'shipment_id' FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos
                                    WHERE d.reason IS NULL AND x.e -> 'body' ->> 'status' = 'shipped')
                      AND EXISTS (SELECT 1 FROM master.shipment_line sl WHERE sl.shipment_id = s.id AND sl.short_qty > 0)
                    ORDER BY s.id LOOP
        PERFORM master.follow_short_lines(shipped);
    END LOOP;
    -- An order is shipped when its last package is.
    UPDATE master.orders o SET status = 'shipped'
     WHERE o.id IN (SELECT s.order_id FROM master.shipment s
                     WHERE s.id IN (SELECT x.e -> 'body' ->> 'shipment_id' FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos
                                     WHERE d.reason IS NULL AND x.e -> 'body' ->> 'status' = 'shipped'))
       AND o.status <> 'shipped'
       AND NOT EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id AND x.status NOT IN ('shipped', 'cancelled'))
       AND NOT EXISTS (SELECT 1 FROM master.follow_up f WHERE f.order_id = o.id AND f.shipment_id IS NULL);
    RETURN done;
END $$;

-- An order's floor status; cancelled on the master wins unless the floor shipped.
CREATE FUNCTION master.apply_order_events(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    ranks constant text[] := ARRAY['open', 'picking', 'packed', 'shipped'];
    done  master.floor_outcome[];
BEGIN
    PERFORM 1 FROM master.orders o
     WHERE o.id IN (SELECT x.e -> 'body' ->> 'order_id' FROM unnest(events) x) AND o.warehouse_id = me.warehouse_id
     ORDER BY o.id FOR UPDATE;
    WITH e AS MATERIALIZED (
        SELECT x.pos, b, array_position(ranks, b ->> 'status') AS rank
          FROM unnest(events) x, LATERAL (SELECT x.e -> 'body' AS b) body
    ), checked AS MATERIALIZED (
        SELECT e.*, o.id AS oid, o.status AS was, CASE
                   WHEN jsonb_typeof(b -> 'order_id') IS DISTINCT FROM 'string' OR length(b ->> 'order_id') > 200
                   THEN 'invalid_order_id'
                   WHEN o.id IS NULL THEN 'unknown_order'
                   WHEN coalesce(e.rank, 1) = 1 THEN 'invalid_status'
                   WHEN o.status = 'cancelled' AND b ->> 'status' <> 'shipped' THEN 'order_cancelled'
               END AS reason
          FROM e LEFT JOIN master.orders o ON o.id = e.b ->> 'order_id' AND o.warehouse_id = me.warehouse_id
    )
    SELECT master.judge_forward(ARRAY(
               SELECT ROW(c.pos, c.oid, CASE WHEN c.was = 'cancelled' THEN 0 ELSE array_position(ranks, c.was) END, c.rank,
                          c.reason)::master.forward_step FROM checked c))
      INTO done;

    -- An order is as far as its least advanced package: the floor may call it packed or shipped
    -- while a package the master made for units shipped short still waits to be picked.
    UPDATE master.orders o SET status = CASE
               WHEN l.status NOT IN ('packed', 'shipped') THEN l.status
               WHEN EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id
                               AND x.status NOT IN ('packed', 'labelled', 'shipped', 'cancelled'))
                 OR EXISTS (SELECT 1 FROM master.follow_up f WHERE f.order_id = o.id AND f.shipment_id IS NULL)
               THEN 'picking'
               WHEN l.status = 'shipped'
                AND EXISTS (SELECT 1 FROM master.shipment x WHERE x.order_id = o.id AND x.status IN ('packed', 'labelled'))
               THEN 'packed'
               ELSE l.status END
      FROM (SELECT x.e -> 'body' ->> 'order_id' AS oid, (array_agg(x.e -> 'body' ->> 'status' ORDER BY x.pos DESC))[1] AS status
              FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos WHERE d.reason IS NULL GROUP BY 1) l
     WHERE o.id = l.oid;
    RETURN done;
END $$;

-- A return line's progress on the floor, with grade, reason and who decided:
-- received … restock_approved | restock_rejected → refunded | replaced, only forward.
CREATE FUNCTION master.apply_return_line_events(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    ranks constant text[] := ARRAY['expected', 'received', 'checking', 'restock', 'settled'];
    done  master.floor_outcome[];
BEGIN
    PERFORM 1 FROM master.return_line rl JOIN master.return_auth ra ON ra.id = rl.rma_id
     WHERE rl.rma_id IN (SELECT x.e -> 'body' ->> 'rma_id' FROM unnest(events) x) AND ra.warehouse_id = me.warehouse_id
     ORDER BY rl.rma_id, rl.line_no FOR UPDATE OF rl;
    WITH e AS MATERIALIZED (
        SELECT x.pos, b, master.event_number(b -> 'line_no') AS line_no,
               array_position(ranks, CASE WHEN b ->> 'status' IN ('restock_approved', 'restock_rejected') THEN 'restock'
                                          WHEN b ->> 'status' IN ('refunded', 'replaced') THEN 'settled'
                                          ELSE b ->> 'status' END) AS rank
          FROM unnest(events) x, LATERAL (SELECT x.e -> 'body' AS b) body
    ), checked AS MATERIALIZED (
        SELECT e.pos, e.b, e.rank, l.rma_id, l.line_no, l.status AS was, CASE
                   WHEN jsonb_typeof(b -> 'rma_id') NOT IN ('string', 'null') OR length(b ->> 'rma_id') > 200
                     OR NOT coalesce(e.line_no = trunc(e.line_no) AND e.line_no BETWEEN 1 AND 1000000, false)
                   THEN 'invalid_return_line'
                   WHEN l.rma_id IS NULL THEN 'unknown_return_line'
                   WHEN coalesce(e.rank, 1) = 1 THEN 'invalid_status'
                   WHEN coalesce(b ->> 'grade', '') NOT IN ('', 'A', 'B', 'C', 'D') THEN 'invalid_grade'
                   WHEN jsonb_typeof(b -> 'reason') NOT IN ('string', 'null') OR length(b ->> 'reason') > 200
                   THEN 'invalid_reason'
                   WHEN jsonb_typeof(b -> 'updated_by') NOT IN ('string', 'null') OR length(b ->> 'updated_by') > 64
                   THEN 'invalid_updated_by'
               END AS reason
          FROM e LEFT JOIN (SELECT rl.* FROM master.return_line rl JOIN master.return_auth ra ON ra.id = rl.rma_id
                             WHERE ra.warehouse_id = me.warehouse_id) l
                 ON l.rma_id = e.b ->> 'rma_id' AND l.line_no = CASE WHEN e.line_no BETWEEN 1 AND 1000000 THEN e.line_no END
    )
    SELECT master.judge_forward(ARRAY(
               SELECT ROW(c.pos, c.rma_id || '/' || c.line_no,
                          array_position(ranks, CASE WHEN c.was IN ('restock_approved', 'restock_rejected') THEN 'restock'
                                                     WHEN c.was IN ('refunded', 'replaced') THEN 'settled' ELSE c.was END),
                          c.rank, c.reason)::master.forward_step FROM checked c))
      INTO done;

    UPDATE master.return_line rl
       SET status = l.status, grade = coalesce(l.grade, rl.grade), floor_reason = coalesce(l.reason, rl.floor_reason),
           floor_by = coalesce(l.updated_by, rl.floor_by), floor_at = l.floor_at,
           decision = CASE l.decided WHEN 'restock_approved' THEN 'restock' WHEN 'restock_rejected' THEN 'hold'
                                     ELSE rl.decision END
      FROM (SELECT b ->> 'rma_id' AS rma_id, master.event_number(b -> 'line_no')::integer AS line_no,
                   (array_agg(b ->> 'status' ORDER BY x.pos DESC))[1] AS status,
                   (array_agg(b ->> 'grade' ORDER BY x.pos DESC) FILTER (WHERE b ->> 'grade' IS NOT NULL))[1] AS grade,
                   (array_agg(b ->> 'reason' ORDER BY x.pos DESC) FILTER (WHERE b ->> 'reason' IS NOT NULL))[1] AS reason,
                   (array_agg(b ->> 'updated_by' ORDER BY x.pos DESC) FILTER (WHERE b ->> 'updated_by' IS NOT NULL))[1]
                       AS updated_by,
                   max(b ->> 'status') FILTER (WHERE b ->> 'status' IN ('restock_approved', 'restock_rejected')) AS decided,
                   max(x.at) AS floor_at
              FROM unnest(events) x JOIN unnest(done) d ON d.pos = x.pos, LATERAL (SELECT x.e -> 'body' AS b) body
             WHERE d.reason IS NULL GROUP BY 1, 2) l
     WHERE rl.rma_id = l.rma_id AND rl.line_no = l.line_no;
    RETURN done;
END $$;

CREATE FUNCTION master.already_resolved(by_whom text, at timestamptz) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN 'already_resolved: ' || by_whom || ' at ' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC';
END $$;

-- The first resolution of an exception of the station's warehouse wins; a later one, from the
-- master or from earlier in the batch, is refused with who resolved it and when.
CREATE FUNCTION master.apply_exception_resolved_events(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    done master.floor_outcome[];
BEGIN
    PERFORM 1 FROM master.floor_exception f
     WHERE f.uuid IN (SELECT (x.e -> 'body' ->> 'uuid')::uuid FROM unnest(events) x
                       WHERE master.is_uuid_text(x.e -> 'body' ->> 'uuid'))
     ORDER BY f.uuid FOR UPDATE;
    WITH e AS MATERIALIZED (
        SELECT x.pos, b, CASE WHEN master.is_uuid_text(b ->> 'uuid') THEN (b ->> 'uuid')::uuid END AS id,
               master.floor_time(b -> 'resolved_at') AS at
          FROM unnest(events) x, LATERAL (SELECT x.e -> 'body' AS b) body
    ), checked AS MATERIALIZED (
        SELECT e.*, f.uuid AS fid, f.status AS was, f.resolved_by AS was_by, f.resolved_at AS was_at, CASE
                   WHEN e.id IS NULL THEN 'invalid_exception_uuid'
                   WHEN coalesce(b ->> 'resolved_by', '') !~ '^[A-Za-z0-9][A-Za-z0-9_-]*$' OR length(b ->> 'resolved_by') > 64
                   THEN 'invalid_resolved_by'
                   WHEN e.at IS NULL THEN 'invalid_resolved_at'
                   WHEN jsonb_typeof(b -> 'note') NOT IN ('string', 'null') OR length(b ->> 'note') > 2000 THEN 'invalid_note'
                   WHEN f.uuid IS NULL THEN 'unknown_exception'
               END AS reason
          FROM e LEFT JOIN master.floor_exception f ON f.uuid = e.id AND f.warehouse_id = me.warehouse_id
    ), judged AS MATERIALIZED (
        SELECT c.*, CASE
                   WHEN c.reason IS NOT NULL THEN c.reason
                   WHEN c.was = 'resolved' THEN master.already_resolved(c.was_by, c.was_at)
                   WHEN c.pos <> first_value(c.pos) OVER w
                   THEN master.already_resolved(first_value(c.b ->> 'resolved_by') OVER w, first_value(c.at) OVER w)
               END AS outcome
          FROM checked c
        WINDOW w AS (PARTITION BY c.fid, c.reason IS NULL ORDER BY c.pos)
    ), resolved AS (
        UPDATE master.floor_exception f
           SET status = 'resolved', resolved_by = j.b ->> 'resolved_by', resolved_at = j.at, resolved_station = me.id,
               resolution_note = coalesce(j.b ->> 'note', '')
          FROM judged j
         WHERE f.uuid = j.fid AND j.outcome IS NULL
    )
    SELECT array_agg(ROW(j.pos, j.outcome)::master.floor_outcome) INTO done FROM judged j;
    RETURN done;
END $$;

-- Verdict counts and audit heads come once or twice a round: each on its own.
CREATE FUNCTION master.apply_each_event(me master.station, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    x    master.floor_event_in;
    done master.floor_outcome[] := ARRAY[]::master.floor_outcome[];
BEGIN
    FOREACH x IN ARRAY events LOOP
        done := done || ROW(x.pos, CASE x.kind WHEN 'verdict_counts' THEN master.apply_verdict_counts(me, x.e -> 'body')
                                               ELSE master.apply_audit_head(me, x.e -> 'body') END)::master.floor_outcome;
    END LOOP;
    RETURN done;
END $$;

CREATE FUNCTION master.apply_events_of_kind(me master.station, kind text, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN CASE kind WHEN 'exception_raised' THEN master.apply_exception_raised_events(me, events)
                     WHEN 'shipment' THEN master.apply_shipment_events(me, events)
                     WHEN 'order' THEN master.apply_order_events(me, events)
                     WHEN 'return_line' THEN master.apply_return_line_events(me, events)
                     WHEN 'exception_resolved' THEN master.apply_exception_resolved_events(me, events)
                     ELSE master.apply_each_event(me, events) END;
END $$;

-- One kind's events of a batch, together; when a value breaks a constraint the checks let
-- through, one at a time, so that only the event that breaks it is refused.
CREATE FUNCTION master.apply_kind(me master.station, kind text, events master.floor_event_in[])
RETURNS master.floor_outcome[]
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    x    master.floor_event_in;
    done master.floor_outcome[] := ARRAY[]::master.floor_outcome[];
BEGIN
    IF cardinality(events) = 0 THEN
        RETURN done;
    END IF;
    BEGIN
        RETURN master.apply_events_of_kind(me, kind, events);
    EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
        NULL; -- one of them needs an answer of its own: below
    END;
    FOREACH x IN ARRAY events LOOP
        BEGIN
            done := done || master.apply_events_of_kind(me, kind, ARRAY[x]);
        EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
            done := done || ROW(x.pos, 'invalid_event: ' || SQLSTATE)::master.floor_outcome;
        END;
    END LOOP;
    RETURN done;
END $$;

-- Applies a batch of the calling station's floor events, each once: per event, in batch order,
-- {"uuid", "status": "applied" | "duplicate" | "superseded" | "rejected", "reason"}.
CREATE OR REPLACE FUNCTION master.push_floor_events(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    me        master.station := master.calling_station();
    latest_ms constant numeric := extract(epoch FROM now()) * 1000 + 86400000;
    pushed    master.floor_event_in[];
    kinds   constant text[] := ARRAY['exception_raised', 'shipment', 'order', 'return_line', 'exception_resolved',
                                     'verdict_counts', 'audit_head'];
    fresh   master.floor_event_in[];
    one_kind text;
    done    master.floor_outcome[];
    answers jsonb;
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 5000 THEN
        RAISE EXCEPTION 'a batch of floor events is a JSON array of at most 5000 events'
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    -- The events the master has not seen: well formed, a UUID not recorded, its first time in the batch.
    -- Every event with its UUID (NULL: malformed) and the time it was made (NULL: not a time
    -- the master takes), checked here rather than by calls to master.is_uuid_text and
    -- master.floor_time, which cost more than the checks.
    pushed := ARRAY(
        SELECT ROW(x.ordinality, CASE WHEN t.uuid_ok THEN id.u::uuid END, x.value ->> 'kind',
                   CASE WHEN t.created_ms = trunc(t.created_ms) AND t.created_ms BETWEEN 1577836800000 AND latest_ms
                        THEN to_timestamp(t.created_ms / 1000) END, x.value)::master.floor_event_in
          FROM jsonb_array_elements(batch) WITH ORDINALITY x,
               LATERAL (SELECT CASE WHEN jsonb_typeof(x.value) = 'object' THEN x.value ->> 'uuid' END AS u OFFSET 0) id,
               LATERAL (SELECT coalesce(length(id.u) = 36 AND id.u ~ '^[0-9a-fA-F-]*$' AND length(replace(id.u, '-', '')) = 32
                                        AND substr(id.u, 9, 1) || substr(id.u, 14, 1) || substr(id.u, 19, 1)
                                            || substr(id.u, 24, 1) = '----', false) AS uuid_ok,
                               CASE WHEN jsonb_typeof(x.value) = 'object' THEN CASE jsonb_typeof(x.value -> 'created_at') WHEN 'number' THEN (x.value -> 'created_at')::numeric WHEN 'string' THEN CASE WHEN (x.value -> 'created_at' #>> '{}') ~ '^\s*[+-]?[0-9]+\s*$' AND length(x.value -> 'created_at' #>> '{}') <= 40 THEN (x.value -> 'created_at' #>> '{}')::numeric END END END AS created_ms) t
         ORDER BY x.ordinality);
    -- The ledger is looked up by index, UUID by UUID: as a join it would be read whole (it only grows).
    fresh := ARRAY(SELECT n FROM (SELECT DISTINCT ON (p.id) p FROM unnest(pushed) p
                                   WHERE p.id IS NOT NULL AND (SELECT f.uuid FROM master.floor_event f WHERE f.uuid = p.id) IS NULL
                                   ORDER BY p.id, p.pos) n(n)
                    ORDER BY (n.n).pos);

    done := ARRAY(SELECT ROW(x.pos, CASE WHEN x.at IS NULL THEN 'invalid_created_at'
                                         WHEN jsonb_typeof(x.e -> 'body') IS DISTINCT FROM 'object' THEN 'invalid_body'
                                         ELSE 'invalid_kind' END)::master.floor_outcome
                    FROM unnest(fresh) x
                   WHERE x.at IS NULL OR jsonb_typeof(x.e -> 'body') IS DISTINCT FROM 'object'
                      OR NOT coalesce(x.kind = ANY (kinds), false));
    FOREACH one_kind IN ARRAY kinds LOOP
        done := done || master.apply_kind(me, one_kind, ARRAY(
                    SELECT x FROM unnest(fresh) x
                     WHERE x.kind = one_kind AND x.at IS NOT NULL AND jsonb_typeof(x.e -> 'body') = 'object' ORDER BY x.pos));
    END LOOP;

    INSERT INTO master.floor_event (uuid, station_id, kind, outcome, reason, body, created_at)
    SELECT x.id, me.id, left(coalesce(x.kind, ''), 64),
           CASE WHEN d.reason IS NULL THEN 'applied' WHEN d.reason = 'superseded' THEN 'superseded' ELSE 'rejected' END,
           nullif(d.reason, 'superseded'),
           CASE WHEN length(x.e::text) <= 100000 THEN x.e ELSE jsonb_build_object('kind', x.e -> 'kind') END,
           coalesce(x.at, now())
      FROM unnest(fresh) x JOIN unnest(done) d ON d.pos = x.pos;

    -- An event seen before, or earlier in this batch, is answered as it was recorded.
    SELECT coalesce(jsonb_agg(CASE
               WHEN e.id IS NULL THEN jsonb_build_object('uuid', CASE WHEN jsonb_typeof(e.e) = 'object' THEN e.e -> 'uuid' END,
                                                         'status', 'rejected', 'reason', 'malformed_event', 'position', e.pos)
               WHEN d.pos IS NOT NULL THEN
                   CASE WHEN d.reason IS NULL THEN jsonb_build_object('uuid', e.id, 'status', 'applied')
                        WHEN d.reason = 'superseded' THEN jsonb_build_object('uuid', e.id, 'status', 'superseded')
                        ELSE jsonb_build_object('uuid', e.id, 'status', 'rejected', 'reason', d.reason) END
               ELSE (SELECT CASE WHEN f.outcome = 'rejected'
                                 THEN jsonb_build_object('uuid', e.id, 'status', 'rejected', 'reason', f.reason)
                                 ELSE jsonb_build_object('uuid', e.id, 'status', 'duplicate') END
                       FROM master.floor_event f WHERE f.uuid = e.id) END ORDER BY e.pos), '[]')
      INTO answers
      FROM unnest(pushed) e LEFT JOIN unnest(done) d ON d.pos = e.pos;
    RETURN answers;
END $$;

-- A changed row becomes JSON once, not twice (its warehouse was read from a second copy): a
-- fifth of what a floor exception cost to push.
CREATE OR REPLACE FUNCTION master.record_changed_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        WITH changed AS MATERIALIZED (SELECT to_jsonb(o) AS r FROM old_rows o)
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT c.r ->> 'warehouse_id', TG_TABLE_NAME, 'delete', c.r FROM changed c;
    ELSE
        WITH changed AS MATERIALIZED (SELECT to_jsonb(n) AS r FROM new_rows n)
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT c.r ->> 'warehouse_id', TG_TABLE_NAME, 'upsert', c.r FROM changed c;
    END IF;
    RETURN NULL;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;
GRANT EXECUTE ON FUNCTION master.push_floor_events(jsonb) TO wf_station;

INSERT INTO master.schema_version (version) VALUES (18);
