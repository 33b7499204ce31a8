-- Master version 8: an order comes in whole or not at all, and reserves its stock as it comes.
--
-- Why. Orders were imported line by line: one bad line left a one-line order that looked complete;
-- nothing was reserved, so every pick was refused as `stock_would_go_negative` although the bin
-- held enough (a pick takes its units from the bin's reserved as well as its on hand); a postage
-- line was picked, packed and refused; a re-import rewrote a shipped line of 6 into 7.
--
-- Now import_orders takes whole orders ([{id, line, country, …, lines: [{line, sku, quantity,
-- price}]}]) and:
-- * refuses an order when any of its lines fails, naming every failing line and the order;
-- * keeps lines of non-stock products (postage, fees: product.non_stock) on the order, never in a
--   package, never reserved;
-- * reserves each stock line at one pick face of the order's warehouse, the first in walking order
--   that can give the whole line (the bin the station's pick list then sends the picker to); an
--   order that cannot have every line reserved is a backorder: no package yet, tagged
--   `low_stock_at_purchase`, and release_backorders (run after every stock import) reserves it
--   and makes its package, oldest order first, when the stock is there;
-- * never rewrites an order the master has: the same order again is unchanged, one with other
--   lines or of another warehouse is refused with the reason;
-- * keeps the order date (ship-by follows it), its currency, line prices and customer;
-- * numbers each package with an SSCC under the warehouse's GS1 company prefix, so that a label
--   without a carrier's tracking number still carries a barcode the label scan verifies.

ALTER TABLE master.product ADD COLUMN non_stock boolean NOT NULL DEFAULT false;

ALTER TABLE master.orders
    ADD COLUMN ordered_at      timestamptz,
    ADD COLUMN shipping_method text NOT NULL DEFAULT '',
    ADD COLUMN exception_tags  text NOT NULL DEFAULT '',
    ADD COLUMN awaiting_stock  boolean NOT NULL DEFAULT false;

ALTER TABLE master.order_line
    ADD COLUMN non_stock            boolean NOT NULL DEFAULT false,
    ADD COLUMN reserved_location_id bigint REFERENCES master.location(id);

-- A new SSCC for one of a warehouse's packages: extension digit 0, the warehouse's GS1 company
-- prefix, a serial from master.sscc_serial, the mod-10 check digit; empty when the warehouse has no
-- prefix (its labels then carry the carrier's tracking number only).
CREATE SEQUENCE master.sscc_serial;
CREATE FUNCTION master.next_sscc(p_warehouse text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    prefix text := (SELECT gs1_prefix FROM master.warehouse WHERE id = p_warehouse);
    body text;
    total integer := 0;
BEGIN
    IF coalesce(prefix, '') = '' THEN
        RETURN '';
    END IF;
    body := '0' || prefix || lpad((nextval('master.sscc_serial') % (10 ^ (16 - length(prefix)))::bigint)::text,
                                  16 - length(prefix), '0');
    FOR i IN 1..17 LOOP
        total := total + substr(body, i, 1)::integer * CASE WHEN i % 2 = 1 THEN 3 ELSE 1 END;
    END LOOP;
    RETURN body || ((10 - total % 10) % 10)::text;
END $$;

-- Reserves every stock line of one order, each at the first pick face of its warehouse (walking
-- order) whose available covers it, and makes its package; or nothing, and false. Lines are taken
-- in their order; a later line of the same SKU sees what the earlier one reserved.
CREATE FUNCTION master.reserve_order(p_order text) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    o master.orders;
    l master.order_line;
    bin bigint;
BEGIN
    SELECT * INTO o FROM master.orders WHERE id = p_order FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    BEGIN
        FOR l IN SELECT * FROM master.order_line
                  WHERE order_id = p_order AND NOT non_stock AND reserved_location_id IS NULL ORDER BY line_no LOOP
            UPDATE master.stock s SET reserved = s.reserved + l.quantity
             WHERE (s.sku, s.location_id) = (
                   SELECT s2.sku, s2.location_id FROM master.stock s2
                     JOIN master.location b ON b.id = s2.location_id
                    WHERE s2.sku = l.sku AND b.warehouse_id = o.warehouse_id AND b.kind = 'pick'
                      AND s2.on_hand - s2.reserved - s2.hold >= l.quantity
                    ORDER BY b.pick_sequence, b.id LIMIT 1)
            RETURNING s.location_id INTO bin;
            IF bin IS NULL THEN
                RAISE EXCEPTION 'not enough' USING ERRCODE = 'P0002';
            END IF;
            UPDATE master.order_line SET reserved_location_id = bin
             WHERE order_id = l.order_id AND line_no = l.line_no;
        END LOOP;
    EXCEPTION WHEN no_data_found THEN
        RETURN false;
    END;
    PERFORM master.make_package(p_order);
    UPDATE master.orders SET awaiting_stock = false WHERE id = p_order AND awaiting_stock;
    RETURN true;
END $$;

-- An order's one package: its stock lines, with the order's number for each.
CREATE FUNCTION master.make_package(p_order text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM master.order_line WHERE order_id = p_order AND NOT non_stock) THEN
        RETURN; -- nothing to ship (a gift card, a service)
    END IF;
    INSERT INTO master.shipment (id, order_id, warehouse_id, sscc)
    SELECT o.id || '-1', o.id, o.warehouse_id, master.next_sscc(o.warehouse_id) FROM master.orders o
     WHERE o.id = p_order
    ON CONFLICT (id) DO NOTHING;
    INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity)
    SELECT l.order_id || '-1', l.line_no, l.sku, l.quantity FROM master.order_line l
     WHERE l.order_id = p_order AND NOT l.non_stock
    ON CONFLICT (shipment_id, line_no) DO NOTHING;
END $$;

-- Backorders of a warehouse that the stock now covers: reserved and packaged, oldest first.
-- Returns how many were released.
CREATE FUNCTION master.release_backorders(p_warehouse text) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    waiting text;
    released integer := 0;
BEGIN
    FOR waiting IN SELECT id FROM master.orders
                    WHERE warehouse_id = p_warehouse AND awaiting_stock AND status = 'open'
                    ORDER BY coalesce(ordered_at, created_at), id LOOP
        IF master.reserve_order(waiting) THEN
            released := released + 1;
        END IF;
    END LOOP;
    RETURN released;
END $$;

-- The session's scratch tables of import_orders, made empty for each call (and dropped with its
-- transaction). A function of their own so that the lint can make them before it checks.
CREATE FUNCTION master.order_import_tables() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF to_regclass('pg_temp.order_in') IS NOT NULL THEN
        TRUNCATE pg_temp.order_in, pg_temp.order_line_in, pg_temp.plenty;
        RETURN;
    END IF;
    CREATE TEMP TABLE pg_temp.order_in (
        ord integer PRIMARY KEY, id text, line integer, country text, customer text, address text, city text, zip text, currency text,
        ordered_at timestamptz, method text, problem_field text, problem text) ON COMMIT DROP;
    CREATE TEMP TABLE pg_temp.order_line_in (
        ord integer, order_id text, line integer, line_no integer, sku text, quantity integer, price_minor bigint,
        non_stock boolean, field text, error text) ON COMMIT DROP;
    CREATE INDEX ON pg_temp.order_line_in (ord);
    CREATE TEMP TABLE pg_temp.plenty (sku text PRIMARY KEY, location_id bigint, demand integer)
        ON COMMIT DROP;
END $$;

-- Imports whole orders into a warehouse. Returns {imported, lines, backordered, unchanged,
-- rejected: [{line, field, error}]}.
CREATE FUNCTION master.import_orders(p_warehouse text, p_orders jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    wh master.warehouse;
    result jsonb;
    tight text;
    backordered integer := 0;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_orders, 200000);
    SELECT * INTO wh FROM master.warehouse WHERE id = p_warehouse;
    PERFORM master.order_import_tables();
    INSERT INTO pg_temp.order_in
    SELECT c.ord, c.id, c.line, c.country, c.customer, c.address, c.city, c.zip, c.currency,
           CASE WHEN c.problem_field IS NULL THEN c.ordered_t::timestamptz END, c.method, c.problem_field,
           CASE c.problem_field
             WHEN 'row' THEN 'not an object'
             WHEN 'order' THEN CASE WHEN c.id IS NULL OR length(c.id) NOT BETWEEN 1 AND 64
                                    THEN 'an order id of 1 to 64 characters'
                                    WHEN c.first_ord < c.ord THEN format('order %s is twice in the file', c.id)
                                    ELSE format('order %s has no lines', c.id) END
             WHEN 'country' THEN format('country ''%s'' is not an ISO 3166-1 alpha-2 code', coalesce(c.country, ''))
             WHEN 'currency' THEN format('currency ''%s'' is not an ISO 4217 code', c.currency)
             WHEN 'ordered_at' THEN format('order date ''%s'' is not a date and time', c.ordered_t)
             WHEN 'customer' THEN 'a name, address, city or postal code is over 200 characters'
           END
      FROM (SELECT b.*, CASE
                WHEN jsonb_typeof(b.o) IS DISTINCT FROM 'object' THEN 'row'
                WHEN b.id IS NULL OR length(b.id) NOT BETWEEN 1 AND 64 OR b.first_ord < b.ord THEN 'order'
                WHEN jsonb_typeof(b.o -> 'lines') IS DISTINCT FROM 'array' OR jsonb_array_length(b.o -> 'lines') = 0
                     THEN 'order'
                WHEN b.country IS NULL OR b.country !~ '^[A-Z]{2}$' THEN 'country'
                WHEN b.currency !~ '^[A-Z]{3}$' THEN 'currency'
                WHEN b.ordered_t IS NOT NULL AND b.ordered_t !~
                     '^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)?$' THEN 'ordered_at'
                WHEN greatest(length(b.customer), length(b.address), length(b.city), length(b.zip)) > 200
                     THEN 'customer'
              END AS problem_field
              FROM (SELECT e.ord::integer AS ord, e.o, btrim(e.o ->> 'id') AS id,
                           coalesce(CASE WHEN e.o ->> 'line' ~ '^[0-9]{1,9}$' THEN (e.o ->> 'line')::integer END, e.ord::integer) AS line,
                           e.o ->> 'country' AS country,
                           coalesce(e.o ->> 'customer', '') AS customer, coalesce(e.o ->> 'address', '') AS address,
                           coalesce(e.o ->> 'city', '') AS city, coalesce(e.o ->> 'zip', '') AS zip,
                           coalesce(nullif(e.o ->> 'currency', ''), wh.currency) AS currency,
                           nullif(btrim(e.o ->> 'ordered_at'), '') AS ordered_t, coalesce(e.o ->> 'method', '') AS method,
                           min(e.ord::integer) OVER (PARTITION BY btrim(e.o ->> 'id')) AS first_ord
                      FROM jsonb_array_elements(p_orders) WITH ORDINALITY AS e(o, ord)) b) c;
    INSERT INTO pg_temp.order_line_in
    SELECT x.ord, x.order_id, x.line, x.line_no, x.sku,
           CASE WHEN x.field IS NULL THEN x.quantity_t::integer END,
           CASE WHEN x.field IS NULL THEN round(x.price_t::numeric * 100)::bigint END,
           coalesce(x.non_stock, false), x.field,
           CASE x.field
             WHEN 'row' THEN 'not an object'
             WHEN 'sku' THEN format('SKU ''%s'' is not a product of the master (import products first)',
                                    coalesce(x.sku, ''))
             WHEN 'quantity' THEN format('quantity ''%s'' is not a whole number from 1 to 100000', coalesce(x.quantity_t, ''))
             WHEN 'price' THEN format('price ''%s'' is not an amount such as 12.50', x.price_t)
           END
      FROM (SELECT e.ord::integer AS ord, btrim(e.o ->> 'id') AS order_id,
                   coalesce(CASE WHEN l.l ->> 'line' ~ '^[0-9]{1,9}$' THEN (l.l ->> 'line')::integer END,
                            CASE WHEN e.o ->> 'line' ~ '^[0-9]{1,9}$' THEN (e.o ->> 'line')::integer END, e.ord::integer) AS line,
                   l.n::integer AS line_no, btrim(l.l ->> 'sku') AS sku, btrim(l.l ->> 'quantity') AS quantity_t,
                   coalesce(nullif(btrim(l.l ->> 'price'), ''), '0') AS price_t, p.non_stock,
                   CASE WHEN jsonb_typeof(l.l) IS DISTINCT FROM 'object' THEN 'row'
                        WHEN p.sku IS NULL THEN 'sku'
                        WHEN NOT coalesce(CASE WHEN l.l ->> 'quantity' ~ '^\s*\+?[0-9]{1,6}\s*$' THEN (l.l ->> 'quantity')::integer BETWEEN 1 AND 100000 END, false) THEN 'quantity'
                        WHEN coalesce(nullif(btrim(l.l ->> 'price'), ''), '0') !~ '^[0-9]{1,9}(\.[0-9]{1,2})?$' THEN 'price'
                   END AS field
              FROM jsonb_array_elements(p_orders) WITH ORDINALITY AS e(o, ord)
             CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.o -> 'lines') = 'array'
                                                         THEN e.o -> 'lines' ELSE '[]' END) WITH ORDINALITY AS l(l, n)
              LEFT JOIN master.product p ON p.sku = btrim(l.l ->> 'sku')) x;
    -- The scratch tables have no statistics until they are analysed: without them the planner
    -- joins a file's orders to its lines by nested loops (minutes for 100,000 lines).
    ANALYZE pg_temp.order_in;
    ANALYZE pg_temp.order_line_in;
    -- Orders with a refused line are refused whole; the new ones are written.
    UPDATE pg_temp.order_in o SET problem_field = 'order_lines',
           problem = format('order %s is not imported: %s of its %s lines refused (line %s)', o.id, b.bad, b.total,
                            b.lines)
      FROM (SELECT ord, order_id, count(*) FILTER (WHERE field IS NOT NULL) AS bad, count(*) AS total,
                   string_agg(line::text, ', ' ORDER BY line) FILTER (WHERE field IS NOT NULL) AS lines
              FROM pg_temp.order_line_in GROUP BY ord, order_id) b
     WHERE b.ord = o.ord AND b.bad > 0 AND o.problem_field IS NULL;
    -- An order the master has already is never rewritten: the same again is unchanged.
    UPDATE pg_temp.order_in o SET problem_field = c.field, problem = c.problem
      FROM (SELECT i.ord,
                   CASE WHEN m.warehouse_id = p_warehouse AND k.lines = f.lines THEN 'unchanged' ELSE 'order' END AS field,
                   CASE
                     WHEN m.warehouse_id <> p_warehouse
                     THEN format('order %s is warehouse %s''s on the master, not %s''s; it is not moved', i.id,
                                 m.warehouse_id, p_warehouse)
                     WHEN k.lines IS DISTINCT FROM f.lines
                     THEN format('order %s is on the master already with other lines (%s); it is not rewritten, as '
                                 'the floor may have started it', i.id, array_to_string(k.lines, ', '))
                   END AS problem
              FROM pg_temp.order_in i
              JOIN master.orders m ON m.id = i.id
             CROSS JOIN LATERAL (SELECT array_agg(ml.sku || ' x' || ml.quantity ORDER BY ml.line_no) AS lines
                                   FROM master.order_line ml WHERE ml.order_id = m.id) k
             CROSS JOIN LATERAL (SELECT array_agg(fl.sku || ' x' || fl.quantity ORDER BY fl.line_no) AS lines
                                   FROM pg_temp.order_line_in fl WHERE fl.ord = i.ord) f
             WHERE i.problem_field IS NULL) c
     WHERE c.ord = o.ord;
    INSERT INTO master.orders (id, warehouse_id, channel, destination_country, customer_name, address_line, city,
                               postal_code, currency, ordered_at, shipping_method, ship_by, declared_value_minor)
    SELECT o.id, p_warehouse, 'import', o.country, o.customer, o.address, o.city, o.zip, o.currency, o.ordered_at,
           o.method, coalesce(o.ordered_at, now()) + interval '2 days',
           (SELECT coalesce(sum(l.price_minor * l.quantity), 0) FROM pg_temp.order_line_in l
             WHERE l.ord = o.ord AND NOT l.non_stock)
      FROM pg_temp.order_in o WHERE o.problem_field IS NULL;
    -- Plenty: SKUs whose first pick face covers the whole file's demand are reserved in one go,
    -- their lines written with the bin they are reserved at.
    INSERT INTO pg_temp.plenty
    SELECT DISTINCT ON (d.sku) d.sku, s.location_id, d.demand
      FROM (SELECT l.sku, sum(l.quantity)::integer AS demand FROM pg_temp.order_line_in l
              JOIN pg_temp.order_in o ON o.ord = l.ord AND o.problem_field IS NULL
             WHERE NOT l.non_stock GROUP BY l.sku) d
      JOIN master.stock s ON s.sku = d.sku AND s.on_hand - s.reserved - s.hold >= d.demand
      JOIN master.location b ON b.id = s.location_id AND b.warehouse_id = p_warehouse AND b.kind = 'pick'
     ORDER BY d.sku, b.pick_sequence, b.id;
    UPDATE master.stock s SET reserved = s.reserved + p.demand
      FROM pg_temp.plenty p WHERE s.sku = p.sku AND s.location_id = p.location_id;
    INSERT INTO master.order_line (order_id, line_no, sku, quantity, unit_value_minor, non_stock, reserved_location_id)
    SELECT l.order_id, l.line_no, l.sku, l.quantity, l.price_minor, l.non_stock,
           CASE WHEN NOT l.non_stock THEN p.location_id END
      FROM pg_temp.order_line_in l JOIN pg_temp.order_in o ON o.ord = l.ord AND o.problem_field IS NULL
      LEFT JOIN pg_temp.plenty p ON p.sku = l.sku;
    -- Packages of orders now reserved whole.
    INSERT INTO master.shipment (id, order_id, warehouse_id, sscc)
    SELECT o.id || '-1', o.id, p_warehouse, master.next_sscc(p_warehouse) FROM pg_temp.order_in o
     WHERE o.problem_field IS NULL
       AND EXISTS (SELECT 1 FROM master.order_line l WHERE l.order_id = o.id AND NOT l.non_stock)
       AND NOT EXISTS (SELECT 1 FROM master.order_line l WHERE l.order_id = o.id AND NOT l.non_stock
                                                         AND l.reserved_location_id IS NULL);
    INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity)
    SELECT l.order_id || '-1', l.line_no, l.sku, l.quantity
      FROM master.order_line l JOIN pg_temp.order_in o ON o.id = l.order_id AND o.problem_field IS NULL
     WHERE NOT l.non_stock
       AND EXISTS (SELECT 1 FROM master.shipment s WHERE s.id = l.order_id || '-1');
    -- The others, oldest first, one by one: reserved whole or a backorder.
    FOR tight IN SELECT o.id FROM pg_temp.order_in o
                  WHERE o.problem_field IS NULL
                    AND EXISTS (SELECT 1 FROM master.order_line l WHERE l.order_id = o.id AND NOT l.non_stock
                                                                      AND l.reserved_location_id IS NULL)
                  ORDER BY coalesce(o.ordered_at, now()), o.id LOOP
        IF NOT master.reserve_order(tight) THEN
            UPDATE master.orders SET awaiting_stock = true,
                   exception_tags = CASE WHEN exception_tags = '' THEN 'low_stock_at_purchase'
                                         ELSE exception_tags || ',low_stock_at_purchase' END
             WHERE id = tight;
            backordered := backordered + 1;
        END IF;
    END LOOP;
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM pg_temp.order_in WHERE problem_field IS NULL),
               'lines', (SELECT count(*) FROM pg_temp.order_line_in l JOIN pg_temp.order_in o
                                                  ON o.ord = l.ord AND o.problem_field IS NULL),
               'backordered', backordered,
               'unchanged', (SELECT count(*) FROM pg_temp.order_in WHERE problem_field = 'unchanged'),
               'rejected', (SELECT coalesce(jsonb_agg(r ORDER BY (r ->> 'line')::integer), '[]') FROM (
                   SELECT jsonb_build_object('line', l.line, 'field', l.field, 'error', l.error) AS r
                     FROM pg_temp.order_line_in l WHERE l.field IS NOT NULL
                   UNION ALL
                   SELECT jsonb_build_object('line', o.line, 'field',
                                             CASE WHEN o.problem_field = 'order_lines' THEN 'order' ELSE o.problem_field END,
                                             'error', o.problem)
                     FROM pg_temp.order_in o
                    WHERE o.problem_field IS NOT NULL AND o.problem_field <> 'unchanged'
                      AND NOT (o.problem_field = 'order_lines'
                               AND (SELECT count(*) FROM pg_temp.order_line_in l WHERE l.ord = o.ord) = 1)) x))
      INTO result;
    RETURN result;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (8);
