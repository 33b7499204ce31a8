-- Master version 2: a batch is applied as a set when it can be. Version 1 applied each movement in
-- a subtransaction of its own, which costs a round of work per movement. Now the whole batch goes
-- in a handful of statements — movements inserted together, stock changed by the summed deltas
-- per SKU and location — and only a batch that holds something to refuse (another station's
-- movement, a movement refused before, an adjustment, stock that would go negative, a reused
-- sequence) is applied one by one as before, each movement on its own. The CHECKs hold for the
-- state after the batch; movements within one batch are not checked against each other's order.

ALTER FUNCTION master.push_movements(jsonb) RENAME TO push_movements_each;

-- A movement's station and warehouse are those of the calling station, set by the functions
-- themselves; the foreign-key checks on them cost a quarter of a push.
ALTER TABLE master.movement DROP CONSTRAINT movement_station_id_fkey, DROP CONSTRAINT movement_warehouse_id_fkey;
REVOKE EXECUTE ON FUNCTION master.push_movements_each(jsonb) FROM wf_station;

CREATE FUNCTION master.push_movements_set(me master.station, batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
DECLARE
    results jsonb;
BEGIN
    IF to_regclass('pg_temp.pushed_batch') IS NULL THEN -- once per connection, quietly
    CREATE TEMP TABLE pushed_batch (
        uuid uuid, station_id text, station_seq bigint, kind text, sku text, quantity integer,
        from_location_id bigint, to_location_id bigint, reference text, operator_badge text,
        created_at bigint, known boolean) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM pushed_batch; -- ON COMMIT empties it too; this covers a retry in the same transaction
    INSERT INTO pushed_batch
        SELECT x.*, EXISTS (SELECT 1 FROM master.movement m WHERE m.uuid = x.uuid)
          FROM jsonb_to_recordset(batch) AS x(uuid uuid, station_id text, station_seq bigint, kind text, sku text,
                                             quantity integer, from_location_id bigint, to_location_id bigint,
                                             reference text, operator_badge text, created_at bigint);
    IF EXISTS (SELECT 1 FROM pushed_batch b
                WHERE NOT b.known AND (b.station_id IS DISTINCT FROM me.id OR b.kind = 'adjust'
                      OR EXISTS (SELECT 1 FROM master.movement_rejection r WHERE r.uuid = b.uuid))) THEN
        RAISE EXCEPTION 'batch needs one-by-one handling' USING ERRCODE = 'data_exception';
    END IF;
    INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity, from_location_id,
                                 to_location_id, reference, operator_badge, created_at)
        SELECT uuid, me.id, station_seq, me.warehouse_id, kind, sku, quantity, from_location_id, to_location_id,
               coalesce(reference, ''), coalesce(operator_badge, ''), to_timestamp(created_at / 1000.0)
          FROM pushed_batch WHERE NOT known;
    -- Each movement's effect on the buckets (DESIGN.md §4), summed per SKU and location.
    WITH effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM pushed_batch
         WHERE NOT known AND kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM pushed_batch WHERE NOT known AND kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM pushed_batch
         WHERE NOT known AND (kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL))
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM pushed_batch WHERE NOT known AND kind = 'return_restock'
    ), summed AS (
        SELECT sku, location_id, sum(d_on_hand)::integer AS d_on_hand, sum(d_reserved)::integer AS d_reserved,
               sum(d_hold)::integer AS d_hold
          FROM effect GROUP BY sku, location_id
    ), changed AS (
        UPDATE master.stock s
           SET on_hand = s.on_hand + d.d_on_hand, reserved = s.reserved + d.d_reserved, hold = s.hold + d.d_hold
          FROM summed d WHERE s.sku = d.sku AND s.location_id = d.location_id
        RETURNING s.sku, s.location_id
    )
    INSERT INTO master.stock (sku, location_id, on_hand, reserved, hold)
        SELECT d.sku, d.location_id, d.d_on_hand, d.d_reserved, d.d_hold FROM summed d
         WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE c.sku = d.sku AND c.location_id = d.location_id);
    SELECT jsonb_agg(jsonb_build_object('uuid', uuid, 'status', CASE WHEN known THEN 'duplicate' ELSE 'applied' END))
      INTO results FROM pushed_batch;
    RETURN coalesce(results, '[]'::jsonb);
END $$;
REVOKE EXECUTE ON FUNCTION master.push_movements_set(master.station, jsonb) FROM PUBLIC;

CREATE FUNCTION master.push_movements(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master AS $$
DECLARE
    me master.station;
BEGIN
    me := master.calling_station();
    BEGIN
        RETURN master.push_movements_set(me, batch);
    EXCEPTION WHEN others THEN
        NULL; -- something in the batch is to be refused: every movement on its own, below
    END;
    RETURN master.push_movements_each(batch);
END $$;
REVOKE EXECUTE ON FUNCTION master.push_movements(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION master.push_movements(jsonb) TO wf_station;

INSERT INTO master.schema_version (version) VALUES (2);
