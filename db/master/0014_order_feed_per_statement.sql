-- Master version 14: orders, packages and their lines feed the stations once per statement.
--
-- An order import writes its orders, lines, packages and package lines in a few statements; their
-- feed rows were written by a trigger call per row (a line's looking up its parent's warehouse),
-- which cost more than the writes themselves. Now each statement's transition table is fed in one
-- INSERT … SELECT, a line's warehouse joined from its parent. Same rows, same order.

-- Orders and shipments carry their warehouse: master.record_changed_rows (version 13) feeds them.

-- Lines, whose warehouse is their parent's (TG_ARGV: 'orders' or 'shipment', the parent key).
CREATE FUNCTION master.record_changed_lines() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT coalesce(po.warehouse_id, ps.warehouse_id), TG_TABLE_NAME, 'delete', to_jsonb(o)
          FROM old_rows o
          LEFT JOIN master.orders po ON TG_ARGV[0] = 'orders' AND po.id = to_jsonb(o) ->> TG_ARGV[1]
          LEFT JOIN master.shipment ps ON TG_ARGV[0] = 'shipment' AND ps.id = to_jsonb(o) ->> TG_ARGV[1];
    ELSE
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT coalesce(po.warehouse_id, ps.warehouse_id), TG_TABLE_NAME, 'upsert', to_jsonb(n)
          FROM new_rows n
          LEFT JOIN master.orders po ON TG_ARGV[0] = 'orders' AND po.id = to_jsonb(n) ->> TG_ARGV[1]
          LEFT JOIN master.shipment ps ON TG_ARGV[0] = 'shipment' AND ps.id = to_jsonb(n) ->> TG_ARGV[1];
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER orders_feed ON master.orders;
DROP TRIGGER shipment_feed ON master.shipment;
DROP TRIGGER order_line_feed ON master.order_line;
DROP TRIGGER shipment_line_feed ON master.shipment_line;

CREATE TRIGGER orders_feed_insert AFTER INSERT ON master.orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER orders_feed_update AFTER UPDATE ON master.orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER orders_feed_delete AFTER DELETE ON master.orders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER shipment_feed_insert AFTER INSERT ON master.shipment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER shipment_feed_update AFTER UPDATE ON master.shipment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER shipment_feed_delete AFTER DELETE ON master.shipment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER order_line_feed_insert AFTER INSERT ON master.order_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('orders', 'order_id');
CREATE TRIGGER order_line_feed_update AFTER UPDATE ON master.order_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('orders', 'order_id');
CREATE TRIGGER order_line_feed_delete AFTER DELETE ON master.order_line REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('orders', 'order_id');
CREATE TRIGGER shipment_line_feed_insert AFTER INSERT ON master.shipment_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('shipment', 'shipment_id');
CREATE TRIGGER shipment_line_feed_update AFTER UPDATE ON master.shipment_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('shipment', 'shipment_id');
CREATE TRIGGER shipment_line_feed_delete AFTER DELETE ON master.shipment_line REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_lines('shipment', 'shipment_id');

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (14);
