-- Master version 4: what a station needs to pick, pack and take back an order comes through the
-- change feed with it — the order's customer and address, its lines, each shipment's package
-- number and lines, each RMA's lines — and the packing and destination rules. Line tables carry
-- no warehouse of their own: their feed rows take the warehouse of the order, shipment or RMA
-- they belong to, so a station pulls only its own warehouse's lines.

ALTER TABLE master.orders
    ADD COLUMN customer_name text NOT NULL DEFAULT '',
    ADD COLUMN address_line  text NOT NULL DEFAULT '',
    ADD COLUMN city          text NOT NULL DEFAULT '',
    ADD COLUMN postal_code   text NOT NULL DEFAULT '',
    ADD COLUMN status        text NOT NULL DEFAULT 'open'
                             CHECK (status IN ('open','picking','packed','shipped','cancelled')),
    ADD COLUMN created_at    timestamptz NOT NULL DEFAULT now();
UPDATE master.orders SET ship_by = created_at + interval '2 days' WHERE ship_by IS NULL;
ALTER TABLE master.orders ALTER COLUMN ship_by SET DEFAULT now() + interval '2 days',
                          ALTER COLUMN ship_by SET NOT NULL;

ALTER TABLE master.order_line ADD COLUMN unit_value_minor bigint NOT NULL DEFAULT 0 CHECK (unit_value_minor >= 0);

ALTER TABLE master.shipment
    ADD COLUMN package_no    integer NOT NULL DEFAULT 1 CHECK (package_no >= 1),
    ADD COLUMN package_count integer NOT NULL DEFAULT 1 CHECK (package_count >= 1),
    ADD COLUMN label_barcode text NOT NULL DEFAULT '',
    ADD COLUMN sscc          text NOT NULL DEFAULT '',
    ADD CHECK (status IN ('awaiting_pick','picking','picked','packing','packed','labelled','shipped','cancelled'));

CREATE TABLE master.shipment_line (
    shipment_id text NOT NULL REFERENCES master.shipment(id),
    line_no     integer NOT NULL,
    sku         text NOT NULL REFERENCES master.product(sku),
    quantity    integer NOT NULL CHECK (quantity > 0),
    lot         text NOT NULL DEFAULT '',
    serial      text NOT NULL DEFAULT '',
    PRIMARY KEY (shipment_id, line_no)
);

ALTER TABLE master.return_auth
    ADD COLUMN shipment_id text REFERENCES master.shipment(id),
    ADD COLUMN currency    text NOT NULL DEFAULT 'EUR',
    ADD COLUMN status      text NOT NULL DEFAULT 'expected' CHECK (status IN ('expected','received','checking','closed')),
    ADD COLUMN created_at  timestamptz NOT NULL DEFAULT now();

CREATE TABLE master.return_line (
    rma_id           text NOT NULL REFERENCES master.return_auth(id),
    line_no          integer NOT NULL,
    sku              text NOT NULL REFERENCES master.product(sku),
    quantity         integer NOT NULL CHECK (quantity > 0),
    unit_value_minor bigint NOT NULL DEFAULT 0 CHECK (unit_value_minor >= 0),
    shipped_serial   text NOT NULL DEFAULT '',
    shipped_lot      text NOT NULL DEFAULT '',
    status           text NOT NULL DEFAULT 'expected' CHECK (status = 'expected'),
    PRIMARY KEY (rma_id, line_no)
);

-- Rules hold for every warehouse.
CREATE TABLE master.packing_rule (
    id            bigint PRIMARY KEY,
    packing_class text NOT NULL DEFAULT '*',
    min_items     integer NOT NULL DEFAULT 1 CHECK (min_items >= 1),
    prompt_code   text NOT NULL,
    prompt_text   text NOT NULL,
    enabled       boolean NOT NULL DEFAULT true
);

CREATE TABLE master.destination_rule (
    id                bigint PRIMARY KEY,
    restriction_tag   text NOT NULL,
    country           text NOT NULL,
    service           text NOT NULL DEFAULT '*',
    action            text NOT NULL CHECK (action IN ('block','warn','suggest_service')),
    suggested_service text NOT NULL DEFAULT '',
    reason            text NOT NULL,
    enabled           boolean NOT NULL DEFAULT true
);

-- A line's feed row: the warehouse is its parent's (TG_ARGV: parent table, the line's parent key).
CREATE FUNCTION master.record_line_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    warehouse text;
BEGIN
    EXECUTE format('SELECT warehouse_id FROM master.%I WHERE id = $1', TG_ARGV[0])
       INTO warehouse USING r ->> TG_ARGV[1];
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (warehouse, TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END, r);
    RETURN NULL;
END $$;

CREATE TRIGGER order_line_feed AFTER INSERT OR UPDATE OR DELETE ON master.order_line
    FOR EACH ROW EXECUTE FUNCTION master.record_line_change('orders', 'order_id');
CREATE TRIGGER shipment_line_feed AFTER INSERT OR UPDATE OR DELETE ON master.shipment_line
    FOR EACH ROW EXECUTE FUNCTION master.record_line_change('shipment', 'shipment_id');
CREATE TRIGGER return_line_feed AFTER INSERT OR UPDATE OR DELETE ON master.return_line
    FOR EACH ROW EXECUTE FUNCTION master.record_line_change('return_auth', 'rma_id');
CREATE TRIGGER packing_rule_feed AFTER INSERT OR UPDATE OR DELETE ON master.packing_rule
    FOR EACH ROW EXECUTE FUNCTION master.record_change();
CREATE TRIGGER destination_rule_feed AFTER INSERT OR UPDATE OR DELETE ON master.destination_rule
    FOR EACH ROW EXECUTE FUNCTION master.record_change();

REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION master.record_line_change() FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (4);
