-- Master version 10: carriers' tracking numbers attached to packages after the fact, and the
-- report of what cross-border shipping needs of each product.
--
-- import_tracking takes [{line, shipment | order, tracking, carrier, service}]: a package is named
-- by its shipment id, or by its order when the order has one package. The number reaches the
-- station with the pull (its label can then be printed again with it). product_data_report lists,
-- for every product that a warehouse stocks or has orders for (or every product), what the floor
-- and customs need and which of it is missing.

CREATE FUNCTION master.import_tracking(p_warehouse text, p_rows jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_rows, 200000);
    WITH input AS (
        SELECT coalesce(master.row_line(e.r), e.ord::integer) AS line, e.r,
               nullif(btrim(e.r ->> 'shipment'), '') AS shipment_t, nullif(btrim(e.r ->> 'order'), '') AS order_t,
               btrim(e.r ->> 'tracking') AS tracking, coalesce(btrim(e.r ->> 'carrier'), '') AS carrier,
               coalesce(btrim(e.r ->> 'service'), '') AS service
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)),
    located AS (
        SELECT i.*,
               coalesce(s.id, (SELECT min(s2.id) FROM master.shipment s2
                                WHERE s2.order_id = i.order_t AND s2.warehouse_id = p_warehouse
                               HAVING count(*) = 1)) AS shipment_id,
               (SELECT count(*) FROM master.shipment s3 WHERE s3.order_id = i.order_t AND s3.warehouse_id = p_warehouse)
                   AS packages
          FROM input i
          LEFT JOIN master.shipment s ON s.id = i.shipment_t AND s.warehouse_id = p_warehouse),
    judged AS (
        SELECT l.*, CASE
            WHEN jsonb_typeof(l.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN l.tracking IS NULL OR l.tracking !~ '^[A-Za-z0-9][A-Za-z0-9 ._/-]{3,39}$' THEN 'tracking'
            WHEN length(l.carrier) > 40 OR length(l.service) > 40 THEN 'carrier'
            WHEN l.shipment_id IS NULL THEN CASE WHEN l.shipment_t IS NOT NULL OR l.order_t IS NULL THEN 'shipment'
                                                 ELSE 'order' END
          END AS field,
          min(l.line) OVER (PARTITION BY l.shipment_id) AS first_line
          FROM located l),
    reasoned AS (
        SELECT j.line, j.shipment_id, j.tracking, j.carrier, j.service,
               CASE WHEN j.field IS NULL AND j.first_line < j.line THEN 'shipment' ELSE j.field END AS field,
               CASE j.field
                 WHEN 'row' THEN 'not an object'
                 WHEN 'tracking' THEN format('tracking number ''%s'' must be 4 to 40 letters, digits, spaces, . _ / or -',
                                             coalesce(j.tracking, ''))
                 WHEN 'carrier' THEN 'a carrier or service is at most 40 characters'
                 WHEN 'shipment' THEN format('package ''%s'' is not one of warehouse %s', coalesce(j.shipment_t, ''),
                                             p_warehouse)
                 WHEN 'order' THEN CASE WHEN j.packages > 1
                                        THEN format('order %s has %s packages: name the package (its shipment id)',
                                                    j.order_t, j.packages)
                                        ELSE format('order ''%s'' has no package in warehouse %s', j.order_t, p_warehouse)
                                   END
                 ELSE CASE WHEN j.first_line < j.line
                           THEN format('package %s is also on line %s', j.shipment_id, j.first_line) END
               END AS error
          FROM judged j),
    updated AS (
        UPDATE master.shipment s
           SET tracking_number = r.tracking,
               carrier = CASE WHEN r.carrier = '' THEN s.carrier ELSE r.carrier END,
               service = CASE WHEN r.service = '' THEN s.service ELSE r.service END
          FROM reasoned r
         WHERE r.field IS NULL AND s.id = r.shipment_id
           AND (s.tracking_number, s.carrier, s.service) IS DISTINCT FROM
               (r.tracking, CASE WHEN r.carrier = '' THEN s.carrier ELSE r.carrier END,
                CASE WHEN r.service = '' THEN s.service ELSE r.service END)
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM updated),
               'unchanged', (SELECT count(*) FROM reasoned WHERE field IS NULL) - (SELECT count(*) FROM updated),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line, 'field', field, 'error', error)
                                                      ORDER BY line), '[]')
                              FROM reasoned WHERE field IS NOT NULL))
      INTO result;
    RETURN result;
END $$;

-- What cross-border shipping needs of each product — barcode, weight, dimensions, HS code, origin,
-- customs description, declared value, restriction tags — and a bin at the warehouse (p_warehouse
-- NULL: bins anywhere). One row per product that lacks something (p_all: every product).
CREATE FUNCTION master.product_data_report(p_warehouse text, p_all boolean DEFAULT false)
RETURNS TABLE (sku text, name text, barcode text, weight_g integer, dimensions_mm text, hs_code text,
               origin_country text, customs_description text, declared_value_minor bigint, restriction_tags text,
               bins text, missing text[])
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT x.sku, x.name, x.barcode, x.weight_g, x.dims, x.hs_code, x.origin_country, x.customs_description,
           x.declared_value_minor, x.restriction_tags, x.bins, x.missing
      FROM (SELECT p.sku, p.name,
                   (SELECT string_agg(b.code, ' ' ORDER BY b.code) FROM master.barcode b WHERE b.sku = p.sku) AS barcode,
                   p.weight_g, p.length_mm || 'x' || p.width_mm || 'x' || p.height_mm AS dims, p.hs_code,
                   p.origin_country, p.customs_description, p.declared_value_minor, p.restriction_tags,
                   (SELECT string_agg(l.code, ' ' ORDER BY l.pick_sequence) FROM master.stock s
                      JOIN master.location l ON l.id = s.location_id
                     WHERE s.sku = p.sku AND (p_warehouse IS NULL OR l.warehouse_id = p_warehouse)) AS bins,
                   array_remove(ARRAY[
                       CASE WHEN NOT EXISTS (SELECT 1 FROM master.barcode b WHERE b.sku = p.sku) THEN 'barcode' END,
                       CASE WHEN p.weight_g <= 0 THEN 'weight' END,
                       CASE WHEN least(p.length_mm, p.width_mm, p.height_mm) <= 0 THEN 'dimensions' END,
                       CASE WHEN p.hs_code !~ '^[0-9]{6,10}$' THEN 'hs_code' END,
                       CASE WHEN p.origin_country !~ '^[A-Z]{2}$' THEN 'origin' END,
                       CASE WHEN btrim(p.customs_description) = '' THEN 'customs_description' END,
                       CASE WHEN p.declared_value_minor <= 0 THEN 'declared_value' END,
                       CASE WHEN NOT EXISTS (SELECT 1 FROM master.stock s JOIN master.location l ON l.id = s.location_id
                                              WHERE s.sku = p.sku
                                                AND (p_warehouse IS NULL OR l.warehouse_id = p_warehouse))
                            THEN 'bin' END], NULL) AS missing
              FROM master.product p WHERE NOT p.non_stock) x
     WHERE p_all OR cardinality(x.missing) > 0
     ORDER BY x.sku;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (10);
