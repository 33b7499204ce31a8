-- Master version 5: a batch of movements the master has not seen goes in with a plain INSERT.
-- Version 3 inserted every batch with ON CONFLICT (uuid) DO NOTHING, returned what went in and
-- joined that back to the batch to answer; measured on 500-movement batches that was a fifth of
-- the push. But a UUID seen before only comes back after an answer was lost, so now the batch is
-- first inserted as new: its effect and its answers ("applied" for each) come straight from the
-- batch. A UUID seen before raises unique_violation: those seen are answered "duplicate" and the
-- rest go in as new (version 3's ON CONFLICT statement is dropped, so the stock effect of a batch
-- is written in one place). Anything to refuse still goes one by one as in version 1.

CREATE FUNCTION master.push_new_movements(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
DECLARE
    answers json;
BEGIN
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
    ), effect (sku, location_id, d_on_hand, d_reserved, d_hold) AS (
        -- Each movement's effect on the buckets (DESIGN.md §4).
        SELECT sku, from_location_id, -quantity, -quantity, 0 FROM pushed WHERE kind IN ('pick', 'short', 'ship')
        UNION ALL
        SELECT sku, to_location_id, quantity, quantity, 0 FROM pushed WHERE kind = 'pick'
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, quantity FROM pushed
         WHERE kind = 'return_hold' OR (kind = 'short' AND to_location_id IS NOT NULL)
        UNION ALL
        SELECT sku, to_location_id, quantity, 0, 0 FROM pushed WHERE kind = 'return_restock'
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
    SELECT coalesce(json_agg(json_build_object('uuid', p.uuid, 'status', 'applied')), '[]'::json)
      INTO answers FROM pushed p;
    RETURN answers;
END $$;
REVOKE EXECUTE ON FUNCTION master.push_new_movements(master.station, jsonb) FROM PUBLIC;

-- A batch holding movements seen before (sent again after a lost answer): those are answered
-- "duplicate", the others go in as new.
CREATE FUNCTION master.push_seen_and_new(me master.station, batch jsonb) RETURNS json
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
DECLARE
    fresh jsonb;
    seen  json;
BEGIN
    SELECT coalesce(jsonb_agg(e) FILTER (WHERE m.uuid IS NULL), '[]'::jsonb),
           coalesce(json_agg(json_build_object('uuid', m.uuid, 'status', 'duplicate'))
                        FILTER (WHERE m.uuid IS NOT NULL), '[]'::json)
      INTO fresh, seen
      FROM jsonb_array_elements(batch) e
      LEFT JOIN master.movement m ON m.uuid = (e ->> 'uuid')::uuid;
    IF jsonb_array_length(fresh) = 0 THEN
        RETURN seen;
    END IF;
    RETURN (SELECT json_agg(answer) FROM (SELECT json_array_elements(master.push_new_movements(me, fresh)) AS answer
                                          UNION ALL SELECT json_array_elements(seen)) answers);
END $$;
REVOKE EXECUTE ON FUNCTION master.push_seen_and_new(master.station, jsonb) FROM PUBLIC;

-- The answer is json text now, not jsonb: the station reads it as text either way, and building
-- jsonb cost more than twice as much (2.7 ms against 1.1 ms for 500 answers).
DROP FUNCTION master.push_movements(jsonb);
CREATE FUNCTION master.push_movements(batch jsonb) RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, master AS $$
DECLARE
    me        master.station;
    seen_uuid boolean := false;
BEGIN
    me := master.calling_station();
    BEGIN
        RETURN master.push_new_movements(me, batch);
    EXCEPTION
        WHEN unique_violation THEN
            seen_uuid := true; -- a movement sent before (or a sequence reused): below
        WHEN others THEN
            NULL; -- something in the batch is to be refused: every movement on its own
    END;
    IF seen_uuid THEN
        BEGIN
            RETURN master.push_seen_and_new(me, batch);
        EXCEPTION WHEN others THEN
            NULL;
        END;
    END IF;
    RETURN master.push_movements_each(batch)::json;
END $$;
REVOKE EXECUTE ON FUNCTION master.push_movements(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION master.push_movements(jsonb) TO wf_station;
DROP FUNCTION master.push_movements_set(master.station, jsonb);

INSERT INTO master.schema_version (version) VALUES (5);
