-- Master version 13: products are written a page at a time, not a row at a time; a line's feed row
-- finds its warehouse without dynamic SQL.
--
-- floorctl checked each row and wrote it with three statements in a savepoint of its own: a
-- catalogue of a million products took most of an hour. import_products takes a page of checked
-- rows ([{line, sku, name, size, weight_g, hs_code, origin, price_minor, barcode, non_stock,
-- customs, length_mm, width_mm, height_mm}]), checks every field again (its caller may be
-- anyone with the owner's rights) and writes products and barcodes in one statement each.
-- Returns {imported, unchanged, rejected}. Its checks are written out in the query: a call of a
-- function with its own search path per field and row cost more than the rest of the import.

CREATE FUNCTION master.import_products(p_rows jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.rows_of(p_rows, 100000);
    WITH input AS (
        SELECT coalesce(CASE WHEN e.r ->> 'line' ~ '^[0-9]{1,9}$' THEN (e.r ->> 'line')::integer END, e.ord::integer) AS line,
               e.r, x.*
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)
          LEFT JOIN LATERAL jsonb_to_record(CASE WHEN jsonb_typeof(e.r) = 'object' THEN e.r END)
               AS x(sku text, name text, size text, weight_g text, hs_code text, origin text, price_minor text,
                    barcode text, non_stock text, customs text, length_mm text, width_mm text, height_mm text)
            ON true),
    judged AS (
        SELECT i.*, CASE
            WHEN jsonb_typeof(i.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN i.sku IS NULL OR i.sku !~ '^\S.{0,63}$' THEN 'sku'
            WHEN i.name IS NULL OR length(btrim(i.name)) NOT BETWEEN 1 AND 200 THEN 'name'
            WHEN length(coalesce(i.size, '')) > 80 THEN 'size'
            WHEN NOT (CASE WHEN coalesce(i.weight_g, '0') ~ '^\s*\+?[0-9]{1,12}\s*$' THEN (coalesce(i.weight_g, '0'))::bigint BETWEEN 0 AND 1000000 ELSE false END) THEN 'weight_g'
            WHEN coalesce(i.hs_code, '') !~ '^([0-9]{6,10})?$' THEN 'hs_code'
            WHEN coalesce(i.origin, '') !~ '^([A-Z]{2})?$' THEN 'origin'
            WHEN NOT (CASE WHEN coalesce(i.price_minor, '0') ~ '^\s*\+?[0-9]{1,12}\s*$' THEN (coalesce(i.price_minor, '0'))::bigint BETWEEN 0 AND 100000000000 ELSE false END) THEN 'price_minor'
            WHEN coalesce(i.barcode, '') !~ '^([0-9]{8,14})?$' THEN 'barcode'
            WHEN coalesce(i.non_stock, 'false') NOT IN ('true', 'false') THEN 'non_stock'
            WHEN length(coalesce(i.customs, '')) > 200 THEN 'customs'
            WHEN NOT ((CASE WHEN coalesce(i.length_mm, '0') ~ '^\s*\+?[0-9]{1,12}\s*$' THEN (coalesce(i.length_mm, '0'))::bigint BETWEEN 0 AND 10000 ELSE false END)
                      AND (CASE WHEN coalesce(i.width_mm, '0') ~ '^\s*\+?[0-9]{1,12}\s*$' THEN (coalesce(i.width_mm, '0'))::bigint BETWEEN 0 AND 10000 ELSE false END)
                      AND (CASE WHEN coalesce(i.height_mm, '0') ~ '^\s*\+?[0-9]{1,12}\s*$' THEN (coalesce(i.height_mm, '0'))::bigint BETWEEN 0 AND 10000 ELSE false END)) THEN 'dimensions'
          END AS field,
          min(i.line) OVER (PARTITION BY i.sku) AS first_line
          FROM input i),
    good AS (
        SELECT j.* FROM judged j WHERE j.field IS NULL AND j.first_line = j.line),
    written AS (
        INSERT INTO master.product AS p (sku, name, size, weight_g, hs_code, origin_country, declared_value_minor,
                                         non_stock, customs_description, length_mm, width_mm, height_mm)
        SELECT g.sku, btrim(g.name), coalesce(g.size, ''), coalesce(g.weight_g, '0')::integer, coalesce(g.hs_code, ''),
               coalesce(g.origin, ''), coalesce(g.price_minor, '0')::bigint, coalesce(g.non_stock, 'false')::boolean,
               coalesce(g.customs, ''), coalesce(g.length_mm, '0')::integer, coalesce(g.width_mm, '0')::integer,
               coalesce(g.height_mm, '0')::integer
          FROM good g
        ON CONFLICT (sku) DO UPDATE
           SET name = EXCLUDED.name, size = EXCLUDED.size, weight_g = EXCLUDED.weight_g, hs_code = EXCLUDED.hs_code,
               origin_country = EXCLUDED.origin_country, declared_value_minor = EXCLUDED.declared_value_minor,
               non_stock = EXCLUDED.non_stock, customs_description = EXCLUDED.customs_description,
               length_mm = EXCLUDED.length_mm, width_mm = EXCLUDED.width_mm, height_mm = EXCLUDED.height_mm
         WHERE (p.name, p.size, p.weight_g, p.hs_code, p.origin_country, p.declared_value_minor, p.non_stock,
                p.customs_description, p.length_mm, p.width_mm, p.height_mm)
               IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.size, EXCLUDED.weight_g, EXCLUDED.hs_code,
                                 EXCLUDED.origin_country, EXCLUDED.declared_value_minor, EXCLUDED.non_stock,
                                 EXCLUDED.customs_description, EXCLUDED.length_mm, EXCLUDED.width_mm, EXCLUDED.height_mm)
        RETURNING 1),
    coded AS (
        -- A barcode named twice in the page: its last row's product (as row-by-row writes had it).
        INSERT INTO master.barcode AS b (code, sku, quantity, kind)
        SELECT DISTINCT ON (g.barcode) g.barcode, g.sku, 1, 'gtin' FROM good g
         WHERE coalesce(g.barcode, '') <> '' ORDER BY g.barcode, g.line DESC
        ON CONFLICT (code) DO UPDATE SET sku = EXCLUDED.sku WHERE b.sku IS DISTINCT FROM EXCLUDED.sku
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM written),
               'unchanged', (SELECT count(*) FROM good) - (SELECT count(*) FROM written),
               'barcodes', (SELECT count(*) FROM coded),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'line', j.line, 'field', coalesce(j.field, 'sku'),
                                'error', CASE WHEN j.field IS NULL
                                              THEN format('SKU %s is also on line %s', j.sku, j.first_line)
                                              WHEN j.field = 'row' THEN 'not an object'
                                              ELSE format('%s is not valid', j.field) END) ORDER BY j.line), '[]')
                              FROM judged j WHERE j.field IS NOT NULL OR j.first_line < j.line))
      INTO result;
    RETURN result;
END $$;

-- A line's feed row found its warehouse with dynamic SQL, planned again for every row: the lines
-- of an order import cost more in the trigger than in their insert. The same lookups, static.
CREATE OR REPLACE FUNCTION master.record_line_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    warehouse text;
BEGIN
    IF TG_ARGV[0] = 'orders' THEN
        SELECT o.warehouse_id INTO warehouse FROM master.orders o WHERE o.id = r ->> TG_ARGV[1];
    ELSIF TG_ARGV[0] = 'shipment' THEN
        SELECT s.warehouse_id INTO warehouse FROM master.shipment s WHERE s.id = r ->> TG_ARGV[1];
    ELSE
        SELECT a.warehouse_id INTO warehouse FROM master.return_auth a WHERE a.id = r ->> TG_ARGV[1];
    END IF;
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (warehouse, TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END, r);
    RETURN NULL;
END $$;

-- Products and barcodes change by the hundred thousand in an import: their feed rows are written
-- once per statement from its transition table, not by a trigger call per row. A row's warehouse
-- is its own warehouse_id; products and barcodes have none and hold for every warehouse, as before
-- (version 14 feeds orders and packages with the same function).
CREATE FUNCTION master.record_changed_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT to_jsonb(o) ->> 'warehouse_id', TG_TABLE_NAME, 'delete', to_jsonb(o) FROM old_rows o;
    ELSE
        INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
        SELECT to_jsonb(n) ->> 'warehouse_id', TG_TABLE_NAME, 'upsert', to_jsonb(n) FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER product_feed ON master.product;
DROP TRIGGER barcode_feed ON master.barcode;
CREATE TRIGGER product_feed_insert AFTER INSERT ON master.product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER product_feed_update AFTER UPDATE ON master.product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER product_feed_delete AFTER DELETE ON master.product REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER barcode_feed_insert AFTER INSERT ON master.barcode REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER barcode_feed_update AFTER UPDATE ON master.barcode REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();
CREATE TRIGGER barcode_feed_delete AFTER DELETE ON master.barcode REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION master.record_changed_rows();

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (13);
