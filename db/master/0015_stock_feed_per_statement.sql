-- Master version 15: stock rows feed the stations once per statement.
--
-- Version 7 fed every changed stock row through a trigger call of its own; a push of 5,000
-- movements changes thousands of rows in one UPDATE, and those calls took the push from about half
-- of a bare batched INSERT to a third of it (`floorctl bench sync-push`: 0.48 → 0.30). The
-- statement's transition table is fed in one INSERT … SELECT, each row with its bin's warehouse.

CREATE FUNCTION master.record_changed_stock() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT l.warehouse_id, 'stock', 'delete', to_jsonb(o) FROM old_rows o JOIN master.location l ON l.id = o.location_id;
    ELSE
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT l.warehouse_id, 'stock', 'upsert', to_jsonb(n) FROM new_rows n JOIN master.location l ON l.id = n.location_id;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER stock_feed ON master.stock;
DROP FUNCTION master.record_stock_change();
CREATE TRIGGER stock_feed_insert AFTER INSERT ON master.stock REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_stock();
CREATE TRIGGER stock_feed_update AFTER UPDATE ON master.stock REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_stock();
CREATE TRIGGER stock_feed_delete AFTER DELETE ON master.stock REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_stock();

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (15);
