-- Master version 3: a batch is applied in one statement. Version 2 copied the batch into a
-- temporary table, looked up each UUID, then inserted and summed from that copy; now the batch is
-- read once, the movements go in with ON CONFLICT (uuid) DO NOTHING (a UUID seen before is a
-- duplicate: no second effect), and the stock is changed by the summed effect of what went in.
-- Anything to refuse — another station's movement, an adjustment, a UUID refused before (checked
-- row by row as the batch is read), a reused sequence, an unknown SKU or location, stock that
-- would go negative — raises, and push_movements applies the batch one by one as in version 1.

-- Raised from inside the batch statement when a movement needs the one-by-one path.
CREATE FUNCTION master.needs_one_by_one() RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
BEGIN
    RAISE EXCEPTION 'batch needs one-by-one handling' USING ERRCODE = 'data_exception';
END $$;
REVOKE EXECUTE ON FUNCTION master.needs_one_by_one() FROM PUBLIC;

CREATE OR REPLACE FUNCTION master.push_movements_set(me master.station, batch jsonb) RETURNS jsonb
LANGUAGE sql SET search_path = pg_catalog, master AS $$
    WITH pushed AS (
        SELECT x.*,
               CASE WHEN x.station_id = me.id AND x.kind <> 'adjust'
                         AND NOT EXISTS (SELECT 1 FROM master.movement_rejection r WHERE r.uuid = x.uuid)
                    THEN me.id ELSE master.needs_one_by_one() END AS own_station
          FROM jsonb_to_recordset(batch)
               AS x(uuid uuid, station_id text, station_seq bigint, kind text, sku text, quantity integer,
                    from_location_id bigint, to_location_id bigint, reference text, operator_badge text,
                    created_at bigint)
    ), inserted AS (
        INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity,
                                     from_location_id, to_location_id, reference, operator_badge, created_at)
        SELECT uuid, own_station, station_seq, me.warehouse_id, kind, sku, quantity, from_location_id,
               to_location_id, coalesce(reference, ''), coalesce(operator_badge, ''),
               to_timestamp(created_at / 1000.0)
          FROM pushed
        ON CONFLICT (uuid) DO NOTHING
        RETURNING uuid, kind, sku, quantity, from_location_id, to_location_id
    ), effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        -- Each movement's effect on the buckets (DESIGN.md §4).
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM inserted WHERE kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM inserted WHERE kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM inserted
         WHERE kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL)
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM inserted WHERE kind = 'return_restock'
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
    SELECT coalesce(jsonb_agg(jsonb_build_object('uuid', p.uuid,
                                                 'status', CASE WHEN i.uuid IS NULL THEN 'duplicate' ELSE 'applied' END)),
                    '[]'::jsonb)
      FROM pushed p LEFT JOIN inserted i ON i.uuid = p.uuid
$$;
REVOKE EXECUTE ON FUNCTION master.push_movements_set(master.station, jsonb) FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (3);
