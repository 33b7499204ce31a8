-- Master version 9: an order, or some units of one line, is cancelled on the master
-- (`floorctl master cancel`, a shop's `Cancelled at`, a credit note's negative line).
--
-- What has not started is cancelled and its reservation released; an order the floor has packed
-- or shipped (its pack or ship movements are on the master) is refused, with the reason. The
-- stations pull the cancelled order and package; a station that had already started the package
-- raises an exception for its floor, and the pack bench refuses to pack or ship it.

-- Releases up to `units` of a line's reservation at its bin (what a pick has taken already is not
-- there to release); returns how many were released.
CREATE FUNCTION master.release_line(p_order text, p_line integer, units integer) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    l master.order_line;
    freed integer;
BEGIN
    SELECT * INTO l FROM master.order_line WHERE order_id = p_order AND line_no = p_line;
    IF l.reserved_location_id IS NULL OR units <= 0 THEN
        RETURN 0;
    END IF;
    SELECT least(units, s.reserved) INTO freed FROM master.stock s
     WHERE s.sku = l.sku AND s.location_id = l.reserved_location_id FOR UPDATE;
    UPDATE master.stock SET reserved = reserved - coalesce(freed, 0)
     WHERE sku = l.sku AND location_id = l.reserved_location_id;
    RETURN coalesce(freed, 0);
END $$;

-- Cancels a whole order (p_sku NULL) or p_quantity units of its lines of one SKU. Returns
-- {order, cancelled_units, released_units, status}.
CREATE FUNCTION master.cancel_order(p_order text, p_sku text DEFAULT NULL, p_quantity integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    o master.orders;
    l master.order_line;
    remaining integer;
    take integer;
    cancelled integer := 0;
    released integer := 0;
BEGIN
    SELECT * INTO o FROM master.orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order ''%'' is not on the master', coalesce(p_order, '') USING ERRCODE = 'no_data_found';
    END IF;
    IF o.status = 'cancelled' THEN
        RETURN jsonb_build_object('order', o.id, 'cancelled_units', 0, 'released_units', 0, 'status', 'cancelled');
    END IF;
    IF EXISTS (SELECT 1 FROM master.movement m
                WHERE m.warehouse_id = o.warehouse_id AND m.kind IN ('pack', 'ship')
                  AND position('shipment:' || o.id || '-' IN m.reference) = 1) THEN
        RAISE EXCEPTION 'order % has been packed or shipped on the floor, so it is not cancelled: take it back as a return',
                        o.id USING ERRCODE = 'object_in_use';
    END IF;
    IF p_sku IS NULL THEN
        FOR l IN SELECT * FROM master.order_line WHERE order_id = o.id ORDER BY line_no LOOP
            released := released + master.release_line(o.id, l.line_no, l.quantity);
            cancelled := cancelled + l.quantity;
        END LOOP;
        UPDATE master.order_line SET reserved_location_id = NULL WHERE order_id = o.id;
        UPDATE master.orders SET status = 'cancelled', awaiting_stock = false WHERE id = o.id;
        UPDATE master.shipment SET status = 'cancelled' WHERE order_id = o.id AND status <> 'shipped';
        RETURN jsonb_build_object('order', o.id, 'cancelled_units', cancelled, 'released_units', released,
                                  'status', 'cancelled');
    END IF;
    remaining := (SELECT coalesce(sum(quantity), 0) FROM master.order_line WHERE order_id = o.id AND sku = p_sku);
    IF remaining = 0 THEN
        RAISE EXCEPTION 'order % has no line of SKU %', o.id, p_sku USING ERRCODE = 'no_data_found';
    END IF;
    IF p_quantity IS NULL OR p_quantity < 1 OR p_quantity > remaining THEN
        RAISE EXCEPTION 'order % has % units of SKU %: cancel 1 to % of them', o.id, remaining, p_sku, remaining
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    remaining := p_quantity;
    FOR l IN SELECT * FROM master.order_line WHERE order_id = o.id AND sku = p_sku ORDER BY line_no DESC LOOP
        EXIT WHEN remaining = 0;
        take := least(remaining, l.quantity);
        released := released + master.release_line(o.id, l.line_no, take);
        IF take = l.quantity THEN
            DELETE FROM master.shipment_line WHERE shipment_id = o.id || '-1' AND line_no = l.line_no;
            DELETE FROM master.order_line WHERE order_id = o.id AND line_no = l.line_no;
        ELSE
            UPDATE master.order_line SET quantity = quantity - take WHERE order_id = o.id AND line_no = l.line_no;
            UPDATE master.shipment_line SET quantity = quantity - take
             WHERE shipment_id = o.id || '-1' AND line_no = l.line_no;
        END IF;
        remaining := remaining - take;
        cancelled := cancelled + take;
    END LOOP;
    -- Nothing left to ship: the order is cancelled as a whole.
    IF NOT EXISTS (SELECT 1 FROM master.order_line WHERE order_id = o.id AND NOT non_stock) THEN
        UPDATE master.orders SET status = 'cancelled', awaiting_stock = false WHERE id = o.id;
        UPDATE master.shipment SET status = 'cancelled' WHERE order_id = o.id AND status <> 'shipped';
    END IF;
    RETURN jsonb_build_object('order', o.id, 'cancelled_units', cancelled, 'released_units', released,
                              'status', (SELECT status FROM master.orders WHERE id = o.id));
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (9);
