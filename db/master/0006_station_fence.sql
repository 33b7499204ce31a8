-- Master version 6: the station's door is fenced and every movement is checked field by field.
--
-- Why. Versions 1–5 set `search_path = pg_catalog, master` on their functions. With pg_temp not
-- named, PostgreSQL searches it *first* for tables and types, and a station could create
-- temporary objects: a `pg_temp.text` domain whose CHECK called the station's own function ran as
-- the owner inside push_movements (a bin's on-hand raised, every station row read, a file written
-- on the server when the owner was a superuser). And the master trusted the movements' fields:
-- kind `foo` or station_seq 0 were answered `stock_would_go_negative`, a WH2 station restocked
-- −400 into a WH1 bin and set a WH1 bin to 0 with `adjust`; the one-by-one path appended each
-- answer to a jsonb array (quadratic: 50,000 movements took 329 s).
--
-- Now:
-- * every function sets `search_path = pg_catalog, master, pg_temp` (pg_temp named, and last) and
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
-- * the fast path (version 5's plain INSERT) takes a batch only when every element passes the
--   same checks; anything else goes to a checked path that is linear: no subtransaction per
--   movement, answers collected in an array, the stock checked by the UPDATE that changes it.
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
    IF jsonb_typeof(m -> 'sku') IS DISTINCT FROM 'string' OR length(m ->> 'sku') NOT BETWEEN 1 AND 255 THEN
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

-- A JSON number that is a whole number within [low, high].
CREATE FUNCTION master.is_integer_between(v jsonb, low numeric, high numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT coalesce(jsonb_typeof(v) = 'number' AND v::numeric = trunc(v::numeric) AND v::numeric BETWEEN low AND high,
                    false)
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

-- The checked path: every element answered for itself, in order, in time linear in the batch.
CREATE FUNCTION master.push_checked(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    m       jsonb;
    pos     integer := 0;
    id      uuid;
    prior   text;
    why     text;
    about   text;
    done    boolean;
    answers json[] := ARRAY[]::json[];
BEGIN
    FOR m IN SELECT e FROM jsonb_array_elements(batch) AS e LOOP
        pos := pos + 1;
        IF jsonb_typeof(m) IS DISTINCT FROM 'object' OR jsonb_typeof(m -> 'uuid') IS DISTINCT FROM 'string'
           OR (m ->> 'uuid') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
            answers[pos] := json_build_object('position', pos, 'uuid',
                                              CASE WHEN jsonb_typeof(m) = 'object' THEN m -> 'uuid' END,
                                              'status', 'rejected', 'reason', 'malformed_movement',
                                              'field', CASE WHEN jsonb_typeof(m) = 'object' THEN 'uuid' END);
            CONTINUE;
        END IF;
        id := (m ->> 'uuid')::uuid;
        IF EXISTS (SELECT 1 FROM master.movement mv WHERE mv.uuid = id) THEN
            answers[pos] := json_build_object('position', pos, 'uuid', id, 'status', 'duplicate');
            CONTINUE;
        END IF;
        SELECT r.reason INTO prior FROM master.movement_rejection r WHERE r.uuid = id AND r.station_id = me.id;
        IF FOUND THEN
            answers[pos] := json_build_object('position', pos, 'uuid', id, 'status', 'rejected', 'reason', prior);
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
                answers[pos] := json_build_object('position', pos, 'uuid', id, 'status', 'applied');
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
        answers[pos] := json_build_object('position', pos, 'uuid', id, 'status', 'rejected', 'reason', why,
                                          'field', about);
    END LOOP;
    RETURN array_to_json(answers);
END $$;

-- The fast path: a batch of new, valid movements in one statement (version 5's plain INSERT).
-- Anything it cannot take — a check failing, a value of the wrong type, a UUID or sequence seen
-- before, stock that would break — raises, and push_movements answers the batch on the checked
-- path instead. Its checks are at least as strict as movement_problem's.
CREATE FUNCTION master.push_new_movements(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    answers json;
    latest  bigint := (extract(epoch FROM now()) * 1000)::bigint + 86400000;
BEGIN
    WITH raw AS (
        SELECT x.* FROM jsonb_to_recordset(batch)
               AS x(uuid text, station_id text, station_seq jsonb, kind text, sku jsonb, quantity jsonb,
                    from_location_id jsonb, to_location_id jsonb, reference jsonb, operator_badge jsonb,
                    created_at jsonb)
    ), pushed AS (
        SELECT CASE WHEN r.uuid ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                         AND r.station_id = me.id
                         AND jsonb_typeof(r.sku) = 'string'
                         AND jsonb_typeof(r.quantity) = 'number' AND jsonb_typeof(r.station_seq) = 'number'
                         AND jsonb_typeof(r.created_at) = 'number'
                         AND coalesce(jsonb_typeof(r.reference), 'null') IN ('null', 'string')
                         AND coalesce(jsonb_typeof(r.operator_badge), 'null') IN ('null', 'string')
                         AND coalesce(jsonb_typeof(r.from_location_id), 'null') IN ('null', 'number')
                         AND coalesce(jsonb_typeof(r.to_location_id), 'null') IN ('null', 'number')
                    THEN r.uuid::uuid ELSE master.needs_one_by_one()::uuid END AS uuid,
               r.kind, r.sku #>> '{}' AS sku, r.quantity::numeric AS quantity, r.station_seq::numeric AS station_seq,
               r.created_at::numeric AS created_at, (nullif(r.from_location_id, 'null')::numeric)::bigint AS from_location_id,
               nullif(r.from_location_id, 'null')::numeric AS from_exact,
               (nullif(r.to_location_id, 'null')::numeric)::bigint AS to_location_id,
               nullif(r.to_location_id, 'null')::numeric AS to_exact, r.reference #>> '{}' AS reference,
               r.operator_badge #>> '{}' AS operator_badge
          FROM raw r
    ), checked AS (
        SELECT p.uuid, p.kind, p.sku, p.quantity::integer AS quantity, p.station_seq::bigint AS station_seq,
               p.from_location_id, p.to_location_id, p.reference, p.operator_badge, p.created_at::bigint AS created_at,
               CASE WHEN p.quantity BETWEEN 1 AND 1000000 AND p.quantity = trunc(p.quantity)
                         AND p.station_seq >= 1 AND p.station_seq = trunc(p.station_seq)
                         AND p.created_at BETWEEN 1577836800000 AND latest AND p.created_at = trunc(p.created_at)
                         AND length(p.sku) <= 255 AND coalesce(length(p.reference), 0) <= 200
                         AND coalesce(length(p.operator_badge), 0) <= 64
                         AND (p.from_exact IS NULL OR p.from_exact = p.from_location_id)
                         AND (p.to_exact IS NULL OR p.to_exact = p.to_location_id)
                         AND CASE p.kind
                                 WHEN 'pick' THEN p.from_location_id IS NOT NULL AND p.to_location_id IS NOT NULL
                                                  AND p.to_location_id <> p.from_location_id
                                 WHEN 'short' THEN p.from_location_id IS NOT NULL
                                                   AND p.to_location_id IS DISTINCT FROM p.from_location_id
                                 WHEN 'pack' THEN p.from_location_id IS NOT NULL
                                 WHEN 'ship' THEN p.from_location_id IS NOT NULL AND p.to_location_id IS NULL
                                 WHEN 'return_restock' THEN p.from_location_id IS NULL AND p.to_location_id IS NOT NULL
                                 WHEN 'return_hold' THEN p.from_location_id IS NULL AND p.to_location_id IS NOT NULL
                                 ELSE false
                             END
                         AND EXISTS (SELECT 1 FROM master.product pr WHERE pr.sku = p.sku)
                         AND (p.from_location_id IS NULL
                              OR EXISTS (SELECT 1 FROM master.location l
                                          WHERE l.id = p.from_location_id AND l.warehouse_id = me.warehouse_id))
                         AND (p.to_location_id IS NULL
                              OR EXISTS (SELECT 1 FROM master.location l
                                          WHERE l.id = p.to_location_id AND l.warehouse_id = me.warehouse_id))
                         AND NOT EXISTS (SELECT 1 FROM master.movement_rejection mr WHERE mr.uuid = p.uuid)
                    THEN me.id ELSE master.needs_one_by_one() END AS own_station
          FROM pushed p
    ), inserted AS (
        INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity,
                                     from_location_id, to_location_id, reference, operator_badge, created_at)
        SELECT uuid, own_station, station_seq, me.warehouse_id, kind, sku, quantity, from_location_id,
               to_location_id, coalesce(reference, ''), coalesce(operator_badge, ''),
               to_timestamp(created_at / 1000.0)
          FROM checked
    ), effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        -- Each movement's effect on the buckets (DESIGN.md §4).
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM checked WHERE kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM checked WHERE kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM checked
         WHERE kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL)
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM checked WHERE kind = 'return_restock'
    ), summed AS (
        SELECT sku, location_id, sum(d_on_hand)::integer AS d_on_hand, sum(d_reserved)::integer AS d_reserved,
               sum(d_hold)::integer AS d_hold
          FROM effect GROUP BY sku, location_id
    ), stock_changed AS (
        INSERT INTO master.stock AS s (sku, location_id, on_hand, reserved, hold)
        SELECT sku, location_id, d_on_hand, d_reserved, d_hold FROM summed
        ON CONFLICT (sku, location_id) DO UPDATE
           SET on_hand = s.on_hand + excluded.on_hand, reserved = s.reserved + excluded.reserved,
               hold = s.hold + excluded.hold
    )
    SELECT coalesce(json_agg(json_build_object('uuid', c.uuid, 'status', 'applied')), '[]'::json)
      INTO answers FROM checked c;
    RETURN answers;
END $$;

-- The station's door: a batch of at most 5,000 movements, answered per movement (applied,
-- duplicate, or rejected with a reason and the field it is about).
CREATE FUNCTION master.push_movements(batch jsonb) RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master, pg_temp AS $$
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
        NULL; -- something in the batch needs an answer of its own: the checked path, below
    END;
    RETURN master.push_checked(me, batch);
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
