-- Master version 12: a warehouse's carriers and services, and an order's service from them.
--
-- A service (code, carrier, name, destinations, transit days, daily cut-off) may name the shop's
-- shipping methods it stands for, and be the default for its destinations. An order coming in takes
-- the service its shipping method names (when that service goes to its destination), else the
-- default service for its country, else one for every country ('*'); its ship-by is that service's
-- cut-off on the day of the order, or the next day when the order came after it (in the
-- warehouse's time zone). Its packages carry the service's carrier and code, so the label says who
-- takes the parcel.

CREATE TABLE master.service (
    warehouse_id text NOT NULL REFERENCES master.warehouse(id),
    code         text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$'),
    carrier      text NOT NULL CHECK (length(carrier) BETWEEN 1 AND 40),
    name         text NOT NULL DEFAULT '' CHECK (length(name) <= 80),
    destinations text[] NOT NULL CHECK (cardinality(destinations) >= 1),
    transit_days integer NOT NULL DEFAULT 2 CHECK (transit_days BETWEEN 0 AND 60),
    cutoff       time,
    shop_methods text[] NOT NULL DEFAULT '{}',
    is_default   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (warehouse_id, code)
);

ALTER TABLE master.orders ADD COLUMN carrier text NOT NULL DEFAULT '';

-- The service for an order of a warehouse: by its shipping method, else its country's default.
CREATE FUNCTION master.service_for(p_warehouse text, p_country text, p_method text) RETURNS master.service
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT s.* FROM master.service s
     WHERE s.warehouse_id = p_warehouse
       AND (p_country = ANY (s.destinations) OR '*' = ANY (s.destinations))
       AND (lower(btrim(coalesce(p_method, ''))) = ANY (s.shop_methods) OR s.is_default)
     ORDER BY lower(btrim(coalesce(p_method, ''))) = ANY (s.shop_methods) DESC, p_country = ANY (s.destinations) DESC,
              s.code
     LIMIT 1
$$;

CREATE FUNCTION master.choose_service() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    s master.service;
    zone text;
    local_time timestamp;
BEGIN
    s := master.service_for(NEW.warehouse_id, NEW.destination_country, NEW.shipping_method);
    IF s.code IS NULL THEN
        RETURN NEW;
    END IF;
    NEW.service_level := s.code;
    NEW.carrier := s.carrier;
    IF s.cutoff IS NOT NULL THEN
        zone := (SELECT w.timezone FROM master.warehouse w WHERE w.id = NEW.warehouse_id);
        local_time := coalesce(NEW.ordered_at, NEW.created_at) AT TIME ZONE zone;
        NEW.ship_by := ((local_time::date + CASE WHEN local_time::time > s.cutoff THEN 1 ELSE 0 END) + s.cutoff)
                       AT TIME ZONE zone;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION master.package_carrier() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF NEW.carrier = '' AND NEW.service = '' THEN
        SELECT o.carrier, CASE WHEN o.carrier = '' THEN '' ELSE o.service_level END INTO NEW.carrier, NEW.service
          FROM master.orders o WHERE o.id = NEW.order_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER orders_service BEFORE INSERT ON master.orders
    FOR EACH ROW EXECUTE FUNCTION master.choose_service();
CREATE TRIGGER shipment_carrier BEFORE INSERT ON master.shipment
    FOR EACH ROW EXECUTE FUNCTION master.package_carrier();

-- Adds and updates a warehouse's services. p_rows: [{line, code, carrier, name, destinations
-- ("DE,AT" or "*"), transit_days, cutoff ("HH:MM"), methods ("DHL Paket; DHL Paket International"),
-- default ("yes")}]. Returns {imported, unchanged, rejected}.
CREATE FUNCTION master.import_services(p_warehouse text, p_rows jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_rows, 10000);
    WITH input AS (
        SELECT coalesce(master.row_line(e.r), e.ord::integer) AS line, e.r, btrim(e.r ->> 'code') AS code,
               btrim(e.r ->> 'carrier') AS carrier, coalesce(btrim(e.r ->> 'name'), '') AS name,
               (SELECT array_agg(upper(btrim(d)) ORDER BY n) FROM unnest(string_to_array(coalesce(e.r ->> 'destinations', ''), ','))
                                  WITH ORDINALITY AS x(d, n) WHERE btrim(d) <> '') AS destinations,
               coalesce(nullif(btrim(e.r ->> 'transit_days'), ''), '2') AS transit_t,
               nullif(btrim(e.r ->> 'cutoff'), '') AS cutoff_t,
               coalesce((SELECT array_agg(lower(btrim(m)) ORDER BY n)
                           FROM unnest(string_to_array(coalesce(e.r ->> 'methods', ''), ';')) WITH ORDINALITY AS y(m, n)
                          WHERE btrim(m) <> ''), '{}') AS methods,
               lower(coalesce(btrim(e.r ->> 'default'), '')) IN ('yes', 'y', 'true', '1', 'x') AS is_default
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)),
    judged AS (
        SELECT i.*, CASE
            WHEN jsonb_typeof(i.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN i.code IS NULL OR i.code !~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$' THEN 'code'
            WHEN i.carrier IS NULL OR length(i.carrier) NOT BETWEEN 1 AND 40 THEN 'carrier'
            WHEN length(i.name) > 80 THEN 'name'
            WHEN i.destinations IS NULL OR EXISTS (SELECT 1 FROM unnest(i.destinations) d WHERE d !~ '^([A-Z]{2}|\*)$')
                 THEN 'destinations'
            WHEN NOT master.is_whole_between(i.transit_t, 0, 60) THEN 'transit_days'
            WHEN i.cutoff_t IS NOT NULL AND i.cutoff_t !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' THEN 'cutoff'
            WHEN EXISTS (SELECT 1 FROM unnest(i.methods) m WHERE length(m) > 80) THEN 'methods'
          END AS field,
          min(i.line) OVER (PARTITION BY i.code) AS first_line
          FROM input i),
    reasoned AS (
        SELECT j.*, CASE WHEN j.field IS NULL AND j.first_line < j.line THEN 'code' ELSE j.field END AS why,
               CASE j.field
                 WHEN 'row' THEN 'not an object'
                 WHEN 'code' THEN format('service code ''%s'' must be 1 to 32 letters, digits, - or _', coalesce(j.code, ''))
                 WHEN 'carrier' THEN 'a carrier of 1 to 40 characters'
                 WHEN 'name' THEN 'a name is at most 80 characters'
                 WHEN 'destinations' THEN 'destinations are ISO 3166-1 codes separated by commas, or *'
                 WHEN 'transit_days' THEN format('transit days ''%s'' is not a whole number from 0 to 60', j.transit_t)
                 WHEN 'cutoff' THEN format('cut-off ''%s'' is not a time such as 15:30', j.cutoff_t)
                 WHEN 'methods' THEN 'a shop method is at most 80 characters'
                 ELSE CASE WHEN j.first_line < j.line THEN format('service %s is also on line %s', j.code, j.first_line) END
               END AS error
          FROM judged j),
    upserted AS (
        INSERT INTO master.service AS s (warehouse_id, code, carrier, name, destinations, transit_days, cutoff,
                                         shop_methods, is_default)
        SELECT p_warehouse, r.code, r.carrier, r.name, r.destinations, r.transit_t::integer, r.cutoff_t::time,
               r.methods, r.is_default
          FROM reasoned r WHERE r.why IS NULL
        ON CONFLICT (warehouse_id, code) DO UPDATE
           SET carrier = EXCLUDED.carrier, name = EXCLUDED.name, destinations = EXCLUDED.destinations,
               transit_days = EXCLUDED.transit_days, cutoff = EXCLUDED.cutoff, shop_methods = EXCLUDED.shop_methods,
               is_default = EXCLUDED.is_default
         WHERE (s.carrier, s.name, s.destinations, s.transit_days, s.cutoff, s.shop_methods, s.is_default)
               IS DISTINCT FROM (EXCLUDED.carrier, EXCLUDED.name, EXCLUDED.destinations, EXCLUDED.transit_days,
                                 EXCLUDED.cutoff, EXCLUDED.shop_methods, EXCLUDED.is_default)
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM upserted),
               'unchanged', (SELECT count(*) FROM reasoned WHERE why IS NULL) - (SELECT count(*) FROM upserted),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line, 'field', why, 'error', error)
                                                      ORDER BY line), '[]')
                              FROM reasoned WHERE why IS NOT NULL))
      INTO result;
    RETURN result;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (12);
