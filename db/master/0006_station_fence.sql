-- Master version 6: the station's door is fenced and every movement is checked field by field.
--
-- Why. Versions 1–5 gave their functions a search path of pg_catalog and master only. With pg_temp
-- not named, PostgreSQL searches it *first* for tables and types, and a station could create
-- temporary objects: a `pg_temp.text` domain whose CHECK called the station's own function ran as
-- the owner inside push_movements (a bin's on-hand raised, every station row read, a file written
-- on the server when the owner was a superuser). And the master trusted the movements' fields:
-- kind `foo` or station_seq 0 were answered `stock_would_go_negative`, a WH2 station restocked
-- −400 into a WH1 bin and set a WH1 bin to 0 with `adjust`; the one-by-one path appended each
-- answer to a jsonb array (quadratic: 50,000 movements took 329 s).
--
-- Now:
-- * every function sets its search path to pg_catalog, master, pg_temp (pg_temp named, and last) and
--   names master's objects with their schema; `floorctl master init` also revokes TEMPORARY and
--   CREATE on the database and CREATE on schema public from PUBLIC (MasterAdmin::fence);
-- * EXECUTE is revoked from PUBLIC on every function, now and for functions made later, and
--   granted to wf_station on push_movements and pull_changes only;
-- * a batch is a JSON array of at most 5,000 elements, refused whole and at once otherwise;
-- * each element is answered for itself: `malformed_movement` (with its position) when it is not
--   an object or has no well-formed uuid; otherwise `not_your_station`, `invalid_kind` (a station
--   pushes pick, short, pack, ship, return_restock, return_hold — never `adjust` nor `opening`),
--   `invalid_quantity` (an integer 1..1,000,000), `invalid_station_seq` (an integer ≥ 1),
--   `invalid_created_at` (milliseconds since 1970, from 2020-01-01 to a day ahead of the master's
--   clock), `missing_…` / `unexpected_…` for a location the kind needs or must not have,
--   `location_not_in_warehouse` (with the field) for a location of another warehouse or none,
--   `unknown_sku`, `invalid_reference`, `invalid_operator_badge` (strings of at most 200 / 64
--   characters), `sequence_reused`, `stock_would_go_negative`, `stock_would_overflow`;
-- * the fast path (version 5's plain INSERT, one statement) takes a batch when every element
--   passes screen_batch, the same checks written as SQL over the whole batch. A batch it refuses
--   is screened: what can still go the fast way does, and only the rest — the refused, the seen
--   before, those on a stock row the batch would break — is answered one by one on the checked
--   path, which is linear (no subtransaction per movement, answers indexed into an array, stock
--   checked by the UPDATE that takes it). One refusal in 5,000 costs about twice a clean batch,
--   not 50,000 subtransactions (`floorctl bench sync-refusal`).
--
-- Functions of versions 1–5 that the new push does not use are dropped.

DROP FUNCTION master.push_movements(jsonb);
DROP FUNCTION master.push_seen_and_new(master.station, jsonb);
DROP FUNCTION master.push_new_movements(master.station, jsonb);
DROP FUNCTION master.push_movements_each(jsonb);
DROP FUNCTION master.shift_stock(text, bigint, integer, integer, integer);

ALTER FUNCTION master.record_change() SET search_path = pg_catalog, master, pg_temp;
ALTER FUNCTION master.record_line_change() SET search_path = pg_catalog, master, pg_temp;
ALTER FUNCTION master.calling_station() SET search_path = pg_catalog, master, pg_temp;
ALTER FUNCTION master.needs_one_by_one() SET search_path = pg_catalog, master, pg_temp;

CREATE OR REPLACE FUNCTION master.pull_changes(after bigint, max_rows integer)
RETURNS TABLE (seq bigint, entity text, op text, row_data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    me master.station;
BEGIN
    me := master.calling_station();
    RETURN QUERY
        SELECT f.seq, f.entity, f.op, f.row_data FROM master.change_feed f
         WHERE f.seq > coalesce(after, 0) AND (f.warehouse_id IS NULL OR f.warehouse_id = me.warehouse_id)
         ORDER BY f.seq LIMIT least(greatest(coalesce(max_rows, 1), 1), 10000);
END $$;

-- Why one movement cannot be taken: NULL reason when it can. The element is an object with a
-- well-formed uuid (the caller checked). This is the authority: the fast path takes a batch only
-- when its own inline checks, which are at least as strict, pass for every element.
CREATE FUNCTION master.movement_problem(m jsonb, me master.station, OUT reason text, OUT field text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    v_kind text := m ->> 'kind';
    loc    text;
    needed text;
BEGIN
    IF (m ->> 'station_id') IS DISTINCT FROM me.id THEN
        reason := 'not_your_station'; field := 'station_id'; RETURN;
    END IF;
    IF v_kind IS NULL OR v_kind NOT IN ('pick', 'short', 'pack', 'ship', 'return_restock', 'return_hold') THEN
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
                      ELSE '-r' END;
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
    IF v_kind IN ('pick', 'short') AND (m ->> 'to_location_id') = (m ->> 'from_location_id') THEN
        reason := 'unexpected_to_location_id'; field := 'to_location_id'; RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM master.product p WHERE p.sku = m ->> 'sku') THEN
        reason := 'unknown_sku'; field := 'sku'; RETURN;
    END IF;
END $$;

-- A whole number within [low, high], written as a JSON number or as a string of digits — what
-- jsonb_to_recordset (the fast path) reads as an integer; 1.5, 1e40, true or "five" are not.
CREATE FUNCTION master.is_integer_between(v jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT coalesce(jsonb_typeof(v) IN ('number', 'string') AND (v #>> '{}') ~ '^\s*[+-]?[0-9]{1,30}\s*$'
                    AND (v #>> '{}')::numeric BETWEEN low AND high, false)
$$;

-- Absent, null or a JSON string of at most `max_length` characters.
CREATE FUNCTION master.is_short_text(v jsonb, max_length integer) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT coalesce(jsonb_typeof(v), 'null') = 'null'
        OR (jsonb_typeof(v) = 'string' AND length(v #>> '{}') <= max_length)
$$;

-- Writes one checked movement and its stock effect; false (nothing written) when a bucket would
-- break. Only the "from" side takes units away; the UPDATE that takes them checks and locks the row
-- at once, so two stations pushing at the same time cannot both take the last unit.
CREATE FUNCTION master.apply_checked_movement(me master.station, id uuid, m jsonb, OUT ok boolean, OUT reason text)
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
    END IF;
    IF v_to IS NOT NULL AND v_kind IN ('pick', 'short', 'return_restock', 'return_hold') THEN
        INSERT INTO master.stock AS s (sku, location_id, on_hand, reserved, hold)
        VALUES (v_sku, v_to, v_qty, CASE v_kind WHEN 'pick' THEN v_qty ELSE 0 END,
                CASE WHEN v_kind IN ('short', 'return_hold') THEN v_qty ELSE 0 END)
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
            END IF;
            reason := 'stock_would_overflow';
            RETURN;
        END IF;
    END IF;
    INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity, from_location_id,
                                 to_location_id, reference, operator_badge, created_at)
    VALUES (id, me.id, (m ->> 'station_seq')::bigint, me.warehouse_id, v_kind, v_sku, v_qty, v_from,
            CASE WHEN v_kind = 'ship' THEN NULL ELSE v_to END, coalesce(m ->> 'reference', ''),
            coalesce(m ->> 'operator_badge', ''), to_timestamp(((m ->> 'created_at')::bigint) / 1000.0));
    ok := true;
END $$;

-- The checked path: the elements at positions `ords` of the batch answered one by one, in order,
-- each with its position; linear in the batch (no subtransaction, answers indexed into an array).
CREATE FUNCTION master.push_checked(me master.station, batch jsonb, ords bigint[]) RETURNS json
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    m       jsonb;
    pos     bigint;
    n       integer := 0;
    id      uuid;
    prior   text;
    why     text;
    about   text;
    done    boolean;
    answers json[] := ARRAY[]::json[];
BEGIN
    FOREACH pos IN ARRAY ords LOOP
        m := batch -> (pos - 1)::integer;
        n := n + 1;
        id := NULL;
        IF jsonb_typeof(m -> 'uuid') = 'string' THEN
            IF (m ->> 'uuid') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
                id := (m ->> 'uuid')::uuid;
            ELSE
                BEGIN -- another spelling PostgreSQL reads (braces, no hyphens), as jsonb_to_recordset does
                    id := (m ->> 'uuid')::uuid;
                EXCEPTION WHEN invalid_text_representation THEN
                    id := NULL;
                END;
            END IF;
        END IF;
        IF id IS NULL THEN
            answers[n] := json_build_object('position', pos, 'uuid',
                                            CASE WHEN jsonb_typeof(m) = 'object' THEN m -> 'uuid' END,
                                            'status', 'rejected', 'reason', 'malformed_movement',
                                            'field', CASE WHEN jsonb_typeof(m) = 'object' THEN 'uuid' END);
            CONTINUE;
        END IF;
        IF EXISTS (SELECT 1 FROM master.movement mv WHERE mv.uuid = id) THEN
            answers[n] := json_build_object('position', pos, 'uuid', id, 'status', 'duplicate');
            CONTINUE;
        END IF;
        SELECT r.reason INTO prior FROM master.movement_rejection r WHERE r.uuid = id AND r.station_id = me.id;
        IF FOUND THEN
            answers[n] := json_build_object('position', pos, 'uuid', id, 'status', 'rejected', 'reason', prior);
            CONTINUE;
        END IF;
        SELECT p.reason, p.field INTO why, about FROM master.movement_problem(m, me) p;
        IF why IS NULL AND EXISTS (SELECT 1 FROM master.movement mv
                                    WHERE mv.station_id = me.id AND mv.station_seq = (m ->> 'station_seq')::bigint) THEN
            why := 'sequence_reused';
            about := 'station_seq';
        END IF;
        IF why IS NULL THEN
            SELECT a.ok, a.reason INTO done, why FROM master.apply_checked_movement(me, id, m) a;
            IF done THEN
                answers[n] := json_build_object('position', pos, 'uuid', id, 'status', 'applied');
                CONTINUE;
            END IF;
            about := 'quantity';
        END IF;
        -- Remembered, so the same movement sent again gets the same answer. Not for another
        -- station's movement: that refusal says nothing about the movement itself.
        IF why <> 'not_your_station' THEN
            INSERT INTO master.movement_rejection (uuid, station_id, reason, movement)
            VALUES (id, me.id, why, m) ON CONFLICT (uuid) DO NOTHING;
        END IF;
        answers[n] := json_build_object('position', pos, 'uuid', id, 'status', 'rejected', 'reason', why,
                                        'field', about);
    END LOOP;
    RETURN array_to_json(answers);
END $$;

-- A batch read into typed rows, each with its position and whether the fast path may take it:
-- `ok` holds every check of movement_problem, written as SQL over the whole batch (a value of the
-- wrong type reads as NULL and fails it), and a UUID not refused before. It says nothing of UUIDs
-- or sequences seen before nor of stock: the fast path's INSERT and CHECKs refuse those.
CREATE FUNCTION master.screen_batch(me master.station, batch jsonb)
RETURNS TABLE (ord bigint, ok boolean, uuid uuid, station_seq bigint, kind text, sku text, quantity integer,
               from_location_id bigint, to_location_id bigint, reference text, operator_badge text,
               created_at bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    WITH raw AS MATERIALIZED ( -- each value read once: inlined, every use of a column would read it again
        SELECT t.ord, t.m, t.m -> 'quantity' AS q, t.m -> 'station_seq' AS s, t.m -> 'created_at' AS c,
               nullif(t.m -> 'from_location_id', 'null') AS f, nullif(t.m -> 'to_location_id', 'null') AS d,
               coalesce(nullif(t.m -> 'reference', 'null'), '""') AS r, coalesce(nullif(t.m -> 'operator_badge', 'null'), '""') AS b
          FROM jsonb_array_elements(batch) WITH ORDINALITY AS t(m, ord)
    ), typed AS MATERIALIZED (
        SELECT w.ord, w.m ->> 'kind' AS kind, (w.m ->> 'station_id') = me.id AS own,
               CASE WHEN jsonb_typeof(w.m -> 'uuid') = 'string'
                         AND (w.m ->> 'uuid') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                    THEN (w.m ->> 'uuid')::uuid END AS uuid,
               CASE WHEN jsonb_typeof(w.m -> 'sku') = 'string' AND length(w.m ->> 'sku') <= 255 THEN w.m ->> 'sku' END AS sku,
               CASE WHEN jsonb_typeof(w.q) = 'number' AND w.q::numeric BETWEEN 1 AND 1000000
                         AND w.q::numeric = trunc(w.q::numeric) THEN w.q::integer END AS quantity,
               CASE WHEN jsonb_typeof(w.s) = 'number' AND w.s::numeric BETWEEN 1 AND 9223372036854775807
                         AND w.s::numeric = trunc(w.s::numeric) THEN w.s::bigint END AS station_seq,
               CASE WHEN jsonb_typeof(w.c) = 'number'
                         AND w.c::numeric BETWEEN 1577836800000 AND extract(epoch FROM now()) * 1000 + 86400000
                         AND w.c::numeric = trunc(w.c::numeric) THEN w.c::bigint END AS created_at,
               w.f IS NOT NULL AS has_from, w.d IS NOT NULL AS has_to,
               CASE WHEN jsonb_typeof(w.f) = 'number' AND w.f::numeric BETWEEN 1 AND 9223372036854775807
                         AND w.f::numeric = trunc(w.f::numeric) THEN w.f::bigint END AS from_location_id,
               CASE WHEN jsonb_typeof(w.d) = 'number' AND w.d::numeric BETWEEN 1 AND 9223372036854775807
                         AND w.d::numeric = trunc(w.d::numeric) THEN w.d::bigint END AS to_location_id,
               CASE WHEN jsonb_typeof(w.r) = 'string' AND length(w.r #>> '{}') <= 200 THEN w.r #>> '{}' END AS reference,
               CASE WHEN jsonb_typeof(w.b) = 'string' AND length(w.b #>> '{}') <= 64 THEN w.b #>> '{}' END AS operator_badge
          FROM raw w
    )
    SELECT t.ord,
           coalesce(t.own AND t.uuid IS NOT NULL AND t.sku IS NOT NULL AND t.quantity IS NOT NULL
                    AND t.station_seq IS NOT NULL AND t.created_at IS NOT NULL AND t.reference IS NOT NULL
                    AND t.operator_badge IS NOT NULL
                    AND CASE t.kind
                            WHEN 'pick' THEN t.from_location_id IS NOT NULL AND t.to_location_id IS NOT NULL
                                             AND t.to_location_id <> t.from_location_id
                            WHEN 'short' THEN t.from_location_id IS NOT NULL
                                              AND (NOT t.has_to OR t.to_location_id <> t.from_location_id)
                            WHEN 'pack' THEN t.from_location_id IS NOT NULL AND (NOT t.has_to OR t.to_location_id IS NOT NULL)
                            WHEN 'ship' THEN t.from_location_id IS NOT NULL AND NOT t.has_to
                            WHEN 'return_restock' THEN NOT t.has_from AND t.to_location_id IS NOT NULL
                            WHEN 'return_hold' THEN NOT t.has_from AND t.to_location_id IS NOT NULL
                            ELSE false
                        END
                    AND (t.from_location_id IS NULL
                         OR EXISTS (SELECT 1 FROM master.location l
                                     WHERE l.id = t.from_location_id AND l.warehouse_id = me.warehouse_id))
                    AND (t.to_location_id IS NULL
                         OR EXISTS (SELECT 1 FROM master.location l
                                     WHERE l.id = t.to_location_id AND l.warehouse_id = me.warehouse_id))
                    AND EXISTS (SELECT 1 FROM master.product pr WHERE pr.sku = t.sku)
                    AND NOT EXISTS (SELECT 1 FROM master.movement_rejection mr WHERE mr.uuid = t.uuid), false),
           t.uuid, t.station_seq, t.kind, t.sku, t.quantity, t.from_location_id,
           CASE WHEN t.kind = 'ship' THEN NULL ELSE t.to_location_id END, t.reference, t.operator_badge, t.created_at
      FROM typed t
$$;

-- The fast path: a batch of new, valid movements in one statement (version 5's plain INSERT), each
-- answered applied. jsonb_to_recordset reads the batch (a value of the wrong type raises), then the
-- checks of movement_problem run on typed values: locations once per distinct id; the SKU of a pack
-- (the other kinds touch stock, whose foreign key knows the SKU). Anything it cannot take — a type,
-- a value out of bounds, a UUID or sequence seen before (unique_violation), an unknown SKU
-- (foreign_key_violation), stock that would break (check_violation) — raises, and push_movements
-- screens the batch instead. movements.sql pushes each kind of bad movement alone through here.
-- Numbers may be written as strings of digits, as jsonb_to_recordset reads them (movement_problem
-- agrees); reference and operator_badge are read as jsonb, so that an object there is refused.
CREATE FUNCTION master.push_new_movements(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    answers json;
    latest  bigint := (extract(epoch FROM now()) * 1000)::bigint + 86400000;
BEGIN
    WITH pushed AS (
        SELECT x.uuid, x.station_id, x.station_seq, x.kind, x.sku, x.quantity, x.from_location_id, x.to_location_id,
               x.reference #>> '{}' AS reference, x.operator_badge #>> '{}' AS operator_badge, x.created_at,
               coalesce(jsonb_typeof(x.reference), 'null') IN ('string', 'null')
               AND coalesce(jsonb_typeof(x.operator_badge), 'null') IN ('string', 'null') AS texts_are_text
          FROM jsonb_to_recordset(batch)
               AS x(uuid uuid, station_id text, station_seq bigint, kind text, sku text, quantity integer,
                    from_location_id bigint, to_location_id bigint, reference jsonb, operator_badge jsonb,
                    created_at bigint)
    ), foreign_locations AS (
        SELECT count(*) AS n FROM (SELECT DISTINCT l.id FROM pushed p, LATERAL (VALUES (p.from_location_id), (p.to_location_id)) l(id)
                                    WHERE l.id IS NOT NULL) ids
         WHERE NOT EXISTS (SELECT 1 FROM master.location l WHERE l.id = ids.id AND l.warehouse_id = me.warehouse_id)
    ), checked AS (
        SELECT p.*,
               CASE WHEN p.texts_are_text AND p.station_id = me.id AND p.quantity BETWEEN 1 AND 1000000 AND p.station_seq >= 1
                         AND p.created_at BETWEEN 1577836800000 AND latest AND length(p.sku) <= 255
                         AND coalesce(length(p.reference), 0) <= 200 AND coalesce(length(p.operator_badge), 0) <= 64
                         AND CASE p.kind
                                 WHEN 'pick' THEN p.from_location_id >= 1 AND p.to_location_id >= 1
                                                  AND p.to_location_id <> p.from_location_id
                                 WHEN 'short' THEN p.from_location_id >= 1
                                                   AND p.to_location_id IS DISTINCT FROM p.from_location_id
                                 WHEN 'pack' THEN p.from_location_id >= 1
                                                  AND EXISTS (SELECT 1 FROM master.product pr WHERE pr.sku = p.sku)
                                 WHEN 'ship' THEN p.from_location_id >= 1 AND p.to_location_id IS NULL
                                 WHEN 'return_restock' THEN p.from_location_id IS NULL AND p.to_location_id >= 1
                                 WHEN 'return_hold' THEN p.from_location_id IS NULL AND p.to_location_id >= 1
                                 ELSE false
                             END
                         AND (SELECT f.n FROM foreign_locations f) = 0
                         AND NOT EXISTS (SELECT 1 FROM master.movement_rejection mr WHERE mr.uuid = p.uuid)
                    THEN me.id ELSE master.needs_one_by_one() END AS own_station
          FROM pushed p
    ), inserted AS (
        INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity,
                                     from_location_id, to_location_id, reference, operator_badge, created_at)
        SELECT c.uuid, c.own_station, c.station_seq, me.warehouse_id, c.kind, c.sku, c.quantity, c.from_location_id,
               c.to_location_id, coalesce(c.reference, ''), coalesce(c.operator_badge, ''),
               to_timestamp(c.created_at / 1000.0)
          FROM checked c
    ), effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM checked WHERE kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM checked WHERE kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM checked
         WHERE kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL)
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM checked WHERE kind = 'return_restock'
    ), summed AS (
        SELECT e.sku, e.location_id, sum(e.d_on_hand)::integer AS d_on_hand, sum(e.d_reserved)::integer AS d_reserved,
               sum(e.d_hold)::integer AS d_hold
          FROM effect e GROUP BY e.sku, e.location_id
    ), stock_changed AS (
        INSERT INTO master.stock AS s (sku, location_id, on_hand, reserved, hold)
        SELECT x.sku, x.location_id, x.d_on_hand, x.d_reserved, x.d_hold FROM summed x
        ON CONFLICT (sku, location_id) DO UPDATE
           SET on_hand = s.on_hand + excluded.on_hand, reserved = s.reserved + excluded.reserved,
               hold = s.hold + excluded.hold
    )
    SELECT coalesce(json_agg(json_build_object('uuid', c.uuid, 'status', 'applied')), '[]'::json)
      INTO answers FROM checked c;
    RETURN answers;
END $$;

-- A batch the fast path refused: the movements that can still go the fast way — screened, not
-- seen before, not repeated within the batch, and touching no stock row the batch as a whole
-- would break — go in one statement; the rest are answered one by one on the checked path. So
-- one refusal costs a few probes, not the whole batch one by one. Within a batch, as on the fast
-- path, stock is checked for the batch's sum, not movement by movement.
CREATE FUNCTION master.push_screened(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    fast_ords  bigint[];
    fast_uuids uuid[];
    rest       bigint[];
    fast       json := '[]';
    checked    json := '[]';
BEGIN
    WITH screened AS (
        SELECT s.*, s.ok AND count(*) OVER (PARTITION BY s.uuid) = 1 AND count(*) OVER (PARTITION BY s.station_seq) = 1
                    AND NOT EXISTS (SELECT 1 FROM master.movement mv WHERE mv.uuid = s.uuid)
                    AND NOT EXISTS (SELECT 1 FROM master.movement mv
                                     WHERE mv.station_id = me.id AND mv.station_seq = s.station_seq) AS clean
          FROM master.screen_batch(me, batch) s
    ), effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        -- As on the fast path (DESIGN.md §4); pgTAP's stock tests hold both to it.
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM screened WHERE clean AND kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM screened WHERE clean AND kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM screened
         WHERE clean AND (kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL))
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM screened WHERE clean AND kind = 'return_restock'
    ), broken AS MATERIALIZED ( -- inlined, it would be summed again for every movement
        SELECT x.sku, x.location_id
          FROM (SELECT e.sku, e.location_id, sum(e.d_on_hand) AS dn, sum(e.d_reserved) AS dr, sum(e.d_hold) AS dh
                  FROM effect e GROUP BY e.sku, e.location_id) x
          LEFT JOIN master.stock st ON st.sku = x.sku AND st.location_id = x.location_id
         WHERE coalesce(st.on_hand, 0) + x.dn < 0 OR coalesce(st.reserved, 0) + x.dr < 0
            OR coalesce(st.hold, 0) + x.dh < 0
            OR coalesce(st.reserved, 0) + x.dr + coalesce(st.hold, 0) + x.dh > coalesce(st.on_hand, 0) + x.dn
            OR coalesce(st.on_hand, 0) + x.dn > 2147483647
    ), decided AS MATERIALIZED (
        SELECT c.ord, c.uuid,
               c.clean AND NOT EXISTS (SELECT 1 FROM broken b WHERE b.sku = c.sku
                                          AND b.location_id IN (c.from_location_id, c.to_location_id)) AS go
          FROM screened c
    )
    SELECT array_agg(d.ord ORDER BY d.ord) FILTER (WHERE d.go), array_agg(d.uuid ORDER BY d.ord) FILTER (WHERE d.go),
           array_agg(d.ord ORDER BY d.ord) FILTER (WHERE NOT d.go)
      INTO fast_ords, fast_uuids, rest FROM decided d;
    IF fast_ords IS NOT NULL THEN
        BEGIN
            PERFORM master.push_new_movements(me, (SELECT jsonb_agg(batch -> (o - 1)::integer ORDER BY o)
                                                     FROM unnest(fast_ords) o));
            SELECT json_agg(json_build_object('position', o, 'uuid', u, 'status', 'applied') ORDER BY o)
              INTO fast FROM unnest(fast_ords, fast_uuids) AS a(o, u);
        EXCEPTION WHEN others THEN
            -- Another station moved the same stock meanwhile, say: everything one by one.
            rest := ARRAY(SELECT generate_series(1, jsonb_array_length(batch))::bigint);
        END;
    END IF;
    IF rest IS NOT NULL THEN
        checked := master.push_checked(me, batch, rest);
    END IF;
    RETURN (SELECT json_agg(a ORDER BY (a ->> 'position')::integer)
              FROM (SELECT json_array_elements(fast) AS a UNION ALL SELECT json_array_elements(checked)) answers);
END $$;

-- The station's door: a batch of at most 5,000 movements, answered per movement (applied,
-- duplicate, or rejected with a reason and the field it is about), each with its position.
CREATE FUNCTION master.push_movements(batch jsonb) RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET jit = off SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    me master.station;
BEGIN
    me := master.calling_station();
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'a batch is a JSON array of movements' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(batch) > 5000 THEN
        RAISE EXCEPTION 'a batch holds at most 5000 movements; this one holds %', jsonb_array_length(batch)
            USING ERRCODE = 'program_limit_exceeded', HINT = 'Send the movements in smaller batches.';
    END IF;
    BEGIN
        RETURN master.push_new_movements(me, batch);
    EXCEPTION WHEN others THEN
        NULL; -- something in the batch needs an answer of its own: screened, below
    END;
    RETURN master.push_screened(me, batch);
END $$;

-- Nothing is callable by PUBLIC, now or later; stations get the two doors.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA master REVOKE ALL ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE ALL ON FUNCTIONS FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA master FROM PUBLIC;
REVOKE CREATE ON SCHEMA master FROM PUBLIC;
GRANT USAGE ON SCHEMA master TO wf_station;
GRANT EXECUTE ON FUNCTION master.push_movements(jsonb) TO wf_station;
GRANT EXECUTE ON FUNCTION master.pull_changes(bigint, integer) TO wf_station;

INSERT INTO master.schema_version (version) VALUES (6);
