-- Master version 7: a seller's own warehouses, bins, stock and operators come in through commands
-- (`floorctl master add-warehouse`, `import locations|stock|operators`, `add-operator`, `disable`)
-- and reach the stations through the change feed.
--
-- Why. Until now a warehouse was created, empty, by the first `add-station` that named it: no
-- country, so no parcel from it was ever cross-border and customs checks never ran. Bins, stock
-- and operators could only be written with hand-made SQL, stations pulled no stock (a fresh
-- station built pick lists of 0 tasks) and no operator (nobody could log in).
--
-- Now:
-- * a warehouse has a country, an address, a time zone and a currency (add_warehouse);
--   add-station refuses a warehouse the master does not have;
-- * bins may be `receiving` too, and carry an optional capacity and pick-face min/max;
--   import_locations adds and updates them, bin by bin, with a reason for every row it refuses;
-- * import_stock sets a bin's on hand and hold as an opening balance: a `opening` movement (its
--   delta) for the audit, the figure kept in opening_balance, so importing the same file again
--   changes nothing — even after the floor has picked from the bin;
-- * operators live on the master (a warehouse's, or every warehouse's) with the PIN hash the
--   station already verifies (PBKDF2-SHA256, made by floorctl: a PIN never reaches the master);
-- * the feed carries warehouses, stations, stock rows and operators, each to its own warehouse.
--
-- These functions are the owner's (floorctl today, an HTTP API later) and are never granted to
-- stations; each checks every field itself, as if its caller were hostile.

ALTER TABLE master.warehouse
    ADD COLUMN country  text NOT NULL DEFAULT '' CHECK (country ~ '^([A-Z]{2})?$'),
    ADD COLUMN address  text NOT NULL DEFAULT '' CHECK (length(address) <= 400),
    ADD COLUMN timezone text NOT NULL DEFAULT 'UTC',
    ADD COLUMN currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    -- The GS1 company prefix the warehouse's packages are numbered under (SSCC); empty: none.
    ADD COLUMN gs1_prefix text NOT NULL DEFAULT '' CHECK (gs1_prefix ~ '^([0-9]{6,11})?$');

ALTER TABLE master.location DROP CONSTRAINT location_kind_check;
ALTER TABLE master.location
    ADD CONSTRAINT location_kind_check
        CHECK (kind IN ('pick','bulk','staging','receiving','returns','hold')),
    ADD COLUMN capacity_units integer CHECK (capacity_units > 0),
    ADD COLUMN pick_min integer CHECK (pick_min >= 0),
    ADD COLUMN pick_max integer CHECK (pick_max > 0),
    ADD CONSTRAINT location_min_below_max CHECK (pick_min IS NULL OR pick_max IS NULL OR pick_min <= pick_max);
CREATE SEQUENCE master.location_id_seq OWNED BY master.location.id;
SELECT setval('master.location_id_seq', coalesce((SELECT max(id) FROM master.location), 0) + 1, false);
ALTER TABLE master.location ALTER COLUMN id SET DEFAULT nextval('master.location_id_seq');

ALTER TABLE master.movement DROP CONSTRAINT movement_kind_check;
ALTER TABLE master.movement ADD CONSTRAINT movement_kind_check
    CHECK (kind IN ('pick','short','pack','ship','return_restock','return_hold','adjust','opening'));
CREATE SEQUENCE master.opening_seq;

-- The last opening balance imported for a bin and SKU: what a re-import is compared with.
CREATE TABLE master.opening_balance (
    sku           text NOT NULL REFERENCES master.product(sku),
    location_id   bigint NOT NULL REFERENCES master.location(id),
    on_hand       integer NOT NULL CHECK (on_hand >= 0),
    hold          integer NOT NULL CHECK (hold >= 0),
    movement_uuid uuid NOT NULL,
    source        text NOT NULL DEFAULT '',
    imported_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, location_id)
);

CREATE TABLE master.operator (
    badge        text PRIMARY KEY CHECK (badge ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
    warehouse_id text REFERENCES master.warehouse(id), -- NULL: every warehouse's
    name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    roles        text NOT NULL
                 CHECK (roles ~ '^(picker|packer|returns|supervisor)(,(picker|packer|returns|supervisor))*$'),
    pin_hash     text NOT NULL DEFAULT ''
                 CHECK (pin_hash = '' OR pin_hash ~ '^pbkdf2-sha256\$[0-9]{4,7}\$[A-Za-z0-9+/=]{8,64}\$[A-Za-z0-9+/=]{16,128}$'),
    language     text NOT NULL DEFAULT 'en' CHECK (language IN ('en','de')),
    active       boolean NOT NULL DEFAULT true,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (pin_hash <> '' OR roles !~ 'supervisor')
);

-- A warehouse's row goes to its own stations only.
CREATE FUNCTION master.record_warehouse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r master.warehouse := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (r.id, 'warehouse', CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END,
            jsonb_build_object('id', r.id, 'name', r.name, 'country', r.country, 'address', r.address,
                               'timezone', r.timezone, 'currency', r.currency));
    RETURN NULL;
END $$;

-- A station row, without its role name, to the stations of its warehouse: a station learns its
-- own warehouse from the pull.
CREATE FUNCTION master.record_station_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r master.station := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (r.warehouse_id, 'station', CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END,
            jsonb_build_object('id', r.id, 'warehouse_id', r.warehouse_id, 'name', r.id));
    RETURN NULL;
END $$;

-- A stock row to the stations of its bin's warehouse (one index lookup, no dynamic SQL: a push
-- updates many stock rows).
CREATE FUNCTION master.record_stock_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r master.stock := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    SELECT l.warehouse_id, 'stock', CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END, to_jsonb(r)
      FROM master.location l WHERE l.id = r.location_id;
    RETURN NULL;
END $$;

-- An operator of one warehouse to its stations; one of every warehouse (warehouse_id NULL) to all.
CREATE FUNCTION master.record_operator_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r master.operator := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
    VALUES (r.warehouse_id, 'operator', CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END,
            jsonb_build_object('badge', r.badge, 'name', r.name, 'roles', r.roles, 'pin_hash', r.pin_hash,
                               'language', r.language, 'active', r.active));
    RETURN NULL;
END $$;

CREATE TRIGGER warehouse_feed AFTER INSERT OR UPDATE OR DELETE ON master.warehouse
    FOR EACH ROW EXECUTE FUNCTION master.record_warehouse_change();
CREATE TRIGGER station_feed AFTER INSERT OR UPDATE OR DELETE ON master.station
    FOR EACH ROW EXECUTE FUNCTION master.record_station_change();
CREATE TRIGGER stock_feed AFTER INSERT OR UPDATE OR DELETE ON master.stock
    FOR EACH ROW EXECUTE FUNCTION master.record_stock_change();
CREATE TRIGGER operator_feed AFTER INSERT OR UPDATE OR DELETE ON master.operator
    FOR EACH ROW EXECUTE FUNCTION master.record_operator_change();

-- What stations already hold is fed once, so a station pulled before this version catches up.
INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
SELECT w.id, 'warehouse', 'upsert',
       jsonb_build_object('id', w.id, 'name', w.name, 'country', w.country, 'address', w.address,
                          'timezone', w.timezone, 'currency', w.currency)
  FROM master.warehouse w;
INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
SELECT s.warehouse_id, 'station', 'upsert', jsonb_build_object('id', s.id, 'warehouse_id', s.warehouse_id, 'name', s.id)
  FROM master.station s;
INSERT INTO master.change_feed (warehouse_id, entity, op, row_data)
SELECT l.warehouse_id, 'stock', 'upsert', to_jsonb(s)
  FROM master.stock s JOIN master.location l ON l.id = s.location_id;

-- Adds a warehouse or changes one; every field is checked here. Returns the row.
CREATE FUNCTION master.add_warehouse(p_id text, p_name text, p_country text, p_address text, p_timezone text,
                                     p_currency text, p_gs1_prefix text DEFAULT '') RETURNS master.warehouse
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result master.warehouse;
BEGIN
    IF p_id IS NULL OR p_id !~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$' THEN
        RAISE EXCEPTION 'warehouse id ''%'' must be 1 to 32 letters, digits, - or _', coalesce(p_id, '')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_country IS NULL OR p_country !~ '^[A-Z]{2}$' THEN
        RAISE EXCEPTION 'country ''%'' is not an ISO 3166-1 alpha-2 code', coalesce(p_country, '')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_currency IS NULL OR p_currency !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'currency ''%'' is not an ISO 4217 code', coalesce(p_currency, '')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_timezone IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names WHERE name = p_timezone) THEN
        RAISE EXCEPTION 'time zone ''%'' is not an IANA zone name such as Europe/Berlin', coalesce(p_timezone, '')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(p_gs1_prefix, '') !~ '^([0-9]{6,11})?$' THEN
        RAISE EXCEPTION 'GS1 company prefix ''%'' is not 6 to 11 digits', p_gs1_prefix
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(coalesce(p_name, '')) > 200 OR length(coalesce(p_address, '')) > 400 THEN
        RAISE EXCEPTION 'a name is at most 200 characters, an address at most 400'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO master.warehouse AS w (id, name, country, address, timezone, currency, gs1_prefix)
    VALUES (p_id, coalesce(nullif(btrim(p_name), ''), p_id), p_country, coalesce(p_address, ''), p_timezone, p_currency,
            coalesce(p_gs1_prefix, ''))
    ON CONFLICT (id) DO UPDATE
       SET name = EXCLUDED.name, country = EXCLUDED.country, address = EXCLUDED.address,
           timezone = EXCLUDED.timezone, currency = EXCLUDED.currency, gs1_prefix = EXCLUDED.gs1_prefix
    RETURNING w.* INTO result;
    RETURN result;
END $$;

-- A warehouse the master has, or an error that says how to add it.
CREATE FUNCTION master.known_warehouse(p_id text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM master.warehouse WHERE id = p_id) THEN
        RAISE EXCEPTION 'warehouse ''%'' is not on the master', coalesce(p_id, '')
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'add it first: floorctl master add-warehouse ID --name … --country CC --address … '
                         '--timezone … --currency …';
    END IF;
END $$;

-- A JSON array of at most max_rows objects, or an error.
CREATE FUNCTION master.rows_of(p_rows jsonb, max_rows integer) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    IF jsonb_typeof(p_rows) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the rows are not a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(p_rows) > max_rows THEN
        RAISE EXCEPTION 'at most % rows in one call', max_rows USING ERRCODE = 'program_limit_exceeded';
    END IF;
END $$;

-- A whole number written as text (a CSV field, or a JSON number's text) from low to high. The CASE
-- keeps the cast from ever seeing text that is not digits.
CREATE FUNCTION master.is_whole_between(t text, low bigint, high bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT CASE WHEN t ~ '^\s*\+?[0-9]{1,12}\s*$' THEN t::bigint BETWEEN low AND high ELSE false END
$$;

-- The caller's row number of an import row, when it gave a sensible one.
CREATE FUNCTION master.row_line(r jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT CASE WHEN master.is_whole_between(r ->> 'line', 1, 2147483647) THEN (r ->> 'line')::integer END
$$;

-- Adds and updates a warehouse's bins. p_rows: [{line, code, zone, kind, sequence, capacity, min,
-- max}] as text or numbers (line: the caller's row number, returned with its refusal; empty
-- capacity, min, max: none). Returns {imported, unchanged, rejected: [{line, field, error}]}; a
-- refused row changes nothing, the others are written, all in one statement.
CREATE FUNCTION master.import_locations(p_warehouse text, p_rows jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_rows, 200000);
    -- Bins written with ids of their own (a seeded master) do not collide with the numbers given here.
    PERFORM setval('master.location_id_seq', greatest(max(l.id), 1)) FROM master.location l
     HAVING max(l.id) >= (SELECT s.last_value FROM master.location_id_seq s);
    WITH input AS (
        SELECT coalesce(master.row_line(e.r), e.ord::integer) AS line, e.r,
               btrim(e.r ->> 'code') AS code, coalesce(btrim(e.r ->> 'zone'), '') AS zone,
               lower(btrim(e.r ->> 'kind')) AS kind, btrim(e.r ->> 'sequence') AS seq_t,
               nullif(btrim(e.r ->> 'capacity'), '') AS cap_t, nullif(btrim(e.r ->> 'min'), '') AS min_t,
               nullif(btrim(e.r ->> 'max'), '') AS max_t
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)),
    checked AS (
        SELECT i.*, CASE
            WHEN jsonb_typeof(i.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN i.code IS NULL OR i.code !~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$' THEN 'code'
            WHEN length(i.zone) > 40 THEN 'zone'
            WHEN i.kind IS NULL OR i.kind NOT IN ('pick','bulk','staging','receiving','returns','hold') THEN 'kind'
            WHEN NOT master.is_whole_between(i.seq_t, 0, 100000000) THEN 'sequence'
            WHEN i.cap_t IS NOT NULL AND NOT master.is_whole_between(i.cap_t, 1, 100000000) THEN 'capacity'
            WHEN i.min_t IS NOT NULL AND NOT master.is_whole_between(i.min_t, 0, 100000000) THEN 'min'
            WHEN i.max_t IS NOT NULL AND NOT master.is_whole_between(i.max_t, 1, 100000000) THEN 'max'
            WHEN (i.min_t IS NOT NULL OR i.max_t IS NOT NULL) AND i.kind <> 'pick' THEN 'face'
            WHEN i.min_t::bigint > i.max_t::bigint THEN 'min'
          END AS field
          FROM input i),
    firsts AS (
        SELECT c.*, min(c.line) FILTER (WHERE c.field IS NULL) OVER (PARTITION BY upper(c.code)) AS first_line
          FROM checked c),
    master_bins AS (
        SELECT upper(l.code) AS upper_code, array_agg(l.code) AS codes FROM master.location l
         WHERE l.warehouse_id = p_warehouse GROUP BY upper(l.code)),
    judged AS (
        SELECT f.line, f.code, f.zone, f.kind,
               CASE WHEN f.field IS NULL THEN f.seq_t::integer END AS seq,
               CASE WHEN f.field IS NULL THEN f.cap_t::integer END AS capacity,
               CASE WHEN f.field IS NULL THEN f.min_t::integer END AS pick_min,
               CASE WHEN f.field IS NULL THEN f.max_t::integer END AS pick_max,
               CASE WHEN f.field = 'face' THEN 'kind'
                    WHEN f.field IS NOT NULL THEN f.field
                    WHEN f.first_line < f.line OR NOT (f.code = ANY (coalesce(b.codes, ARRAY[f.code]))) THEN 'code'
               END AS field,
               CASE f.field
                 WHEN 'row' THEN 'not an object'
                 WHEN 'code' THEN format('bin code ''%s'' must be 1 to 40 letters, digits, . _ / or -, starting with a letter or digit',
                                         coalesce(f.code, ''))
                 WHEN 'zone' THEN 'a zone is at most 40 characters'
                 WHEN 'kind' THEN format('kind ''%s'' is not one of pick, bulk, staging, receiving, returns, hold',
                                         coalesce(f.kind, ''))
                 WHEN 'sequence' THEN format('walking sequence ''%s'' is not a whole number from 0 to 100000000',
                                             coalesce(f.seq_t, ''))
                 WHEN 'capacity' THEN format('capacity ''%s'' is not a whole number of units above 0', f.cap_t)
                 WHEN 'min' THEN format('pick-face min ''%s'' is not a whole number from 0 up to the max', f.min_t)
                 WHEN 'max' THEN format('pick-face max ''%s'' is not a whole number above 0', f.max_t)
                 WHEN 'face' THEN format('a min and max are for a pick face (kind pick), not a %s bin', f.kind)
                 ELSE CASE WHEN f.first_line < f.line
                           THEN format('bin %s is also on line %s: each bin once per file', f.code, f.first_line)
                           WHEN NOT (f.code = ANY (coalesce(b.codes, ARRAY[f.code])))
                           THEN format('bin %s differs from the master''s bin %s only by letter case', f.code, b.codes[1])
                      END
               END AS error
          FROM firsts f LEFT JOIN master_bins b ON b.upper_code = upper(f.code)),
    upserted AS (
        INSERT INTO master.location AS l (warehouse_id, code, zone, pick_sequence, kind, capacity_units, pick_min,
                                          pick_max)
        SELECT p_warehouse, j.code, j.zone, j.seq, j.kind, j.capacity, j.pick_min, j.pick_max
          FROM judged j WHERE j.field IS NULL ORDER BY j.line
        ON CONFLICT (warehouse_id, code) DO UPDATE
           SET zone = EXCLUDED.zone, pick_sequence = EXCLUDED.pick_sequence, kind = EXCLUDED.kind,
               capacity_units = EXCLUDED.capacity_units, pick_min = EXCLUDED.pick_min, pick_max = EXCLUDED.pick_max
         WHERE (l.zone, l.pick_sequence, l.kind, l.capacity_units, l.pick_min, l.pick_max)
               IS DISTINCT FROM (EXCLUDED.zone, EXCLUDED.pick_sequence, EXCLUDED.kind, EXCLUDED.capacity_units,
                                 EXCLUDED.pick_min, EXCLUDED.pick_max)
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM upserted),
               'unchanged', (SELECT count(*) FROM judged WHERE field IS NULL) - (SELECT count(*) FROM upserted),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line, 'field', field, 'error', error)
                                                      ORDER BY line), '[]')
                              FROM judged WHERE field IS NOT NULL))
      INTO result;
    RETURN result;
END $$;

-- Sets bins' on hand and hold as an opening balance. p_rows: [{line, sku, bin, on_hand, hold}].
-- A row whose figures equal the last opening balance of that SKU and bin is unchanged (importing a
-- file again changes nothing, even after the floor has picked); any other writes an `opening`
-- movement with its on-hand delta, and sets the stock row. Refused: an unknown SKU, a bin the
-- warehouse does not have, figures out of range, a SKU and bin twice, on hand − hold below what
-- orders have reserved there. Returns {imported, unchanged, rejected}.
CREATE FUNCTION master.import_stock(p_warehouse text, p_rows jsonb, p_source text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_rows, 2000000);
    WITH input AS (
        SELECT coalesce(master.row_line(e.r), e.ord::integer) AS line, e.r, btrim(e.r ->> 'sku') AS sku,
               btrim(e.r ->> 'bin') AS bin, btrim(e.r ->> 'on_hand') AS on_hand_t,
               coalesce(nullif(btrim(e.r ->> 'hold'), ''), '0') AS hold_t
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)),
    checked AS (
        SELECT i.line, i.sku, i.bin, i.on_hand_t, i.hold_t, l.id AS location_id, CASE
            WHEN jsonb_typeof(i.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN p.sku IS NULL THEN 'sku'
            WHEN l.id IS NULL THEN 'bin'
            WHEN NOT master.is_whole_between(i.on_hand_t, 0, 10000000) THEN 'on_hand'
            WHEN NOT master.is_whole_between(i.hold_t, 0, 10000000) THEN 'hold'
            WHEN i.hold_t::bigint > i.on_hand_t::bigint THEN 'hold'
          END AS field
          FROM input i
          LEFT JOIN master.product p ON p.sku = i.sku
          LEFT JOIN master.location l ON l.warehouse_id = p_warehouse AND l.code = i.bin),
    valued AS (
        SELECT c.*,
               CASE WHEN c.field IS NULL THEN c.on_hand_t::integer END AS on_hand,
               CASE WHEN c.field IS NULL THEN c.hold_t::integer END AS hold,
               min(c.line) FILTER (WHERE c.field IS NULL) OVER (PARTITION BY c.sku, c.location_id) AS first_line
          FROM checked c),
    judged AS (
        SELECT v.line, v.sku, v.bin, v.location_id, v.on_hand, v.hold, s.on_hand AS was_on_hand,
               (v.field IS NULL AND v.first_line = v.line AND o.sku IS NOT NULL) AS unchanged,
               CASE WHEN v.field IS NOT NULL THEN v.field
                    WHEN v.first_line < v.line THEN 'bin'
                    WHEN o.sku IS NULL AND v.on_hand - v.hold < coalesce(s.reserved, 0) THEN 'on_hand'
               END AS field,
               CASE v.field
                 WHEN 'row' THEN 'not an object'
                 WHEN 'sku' THEN format('SKU ''%s'' is not a product of the master (import products first)',
                                        coalesce(v.sku, ''))
                 WHEN 'bin' THEN format('bin ''%s'' is not a bin of warehouse %s (import locations first)',
                                        coalesce(v.bin, ''), p_warehouse)
                 WHEN 'on_hand' THEN format('on hand ''%s'' is not a whole number from 0 to 10000000', coalesce(v.on_hand_t, ''))
                 WHEN 'hold' THEN format('hold ''%s'' is not a whole number from 0 up to on hand', v.hold_t)
                 ELSE CASE WHEN v.first_line < v.line
                           THEN format('SKU %s in bin %s is also on line %s: each once per file', v.sku, v.bin, v.first_line)
                           WHEN o.sku IS NULL AND v.on_hand - v.hold < coalesce(s.reserved, 0)
                           THEN format('on hand %s less hold %s is below the %s units orders have reserved in bin %s',
                                       v.on_hand, v.hold, s.reserved, v.bin)
                      END
               END AS error
          FROM valued v
          LEFT JOIN master.stock s ON s.sku = v.sku AND s.location_id = v.location_id
          LEFT JOIN master.opening_balance o ON o.sku = v.sku AND o.location_id = v.location_id
                                            AND o.on_hand = v.on_hand AND o.hold = v.hold),
    to_write AS (
        SELECT j.*, gen_random_uuid() AS uuid FROM judged j WHERE j.field IS NULL AND NOT j.unchanged),
    moved AS (
        INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity, to_location_id,
                                     reference, operator_badge, created_at)
        SELECT w.uuid, 'master', nextval('master.opening_seq'), p_warehouse, 'opening', w.sku,
               w.on_hand - coalesce(w.was_on_hand, 0), w.location_id,
               left(format('opening balance from %s line %s: on hand %s, hold %s', coalesce(p_source, ''), w.line,
                           w.on_hand, w.hold), 200),
               '', now()
          FROM to_write w ORDER BY w.line
        RETURNING 1),
    stocked AS (
        INSERT INTO master.stock AS s (sku, location_id, on_hand, hold)
        SELECT w.sku, w.location_id, w.on_hand, w.hold FROM to_write w
        ON CONFLICT (sku, location_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, hold = EXCLUDED.hold
        RETURNING 1),
    opened AS (
        INSERT INTO master.opening_balance AS o (sku, location_id, on_hand, hold, movement_uuid, source)
        SELECT w.sku, w.location_id, w.on_hand, w.hold, w.uuid, left(coalesce(p_source, ''), 200) FROM to_write w
        ON CONFLICT (sku, location_id) DO UPDATE
           SET on_hand = EXCLUDED.on_hand, hold = EXCLUDED.hold, movement_uuid = EXCLUDED.movement_uuid,
               source = EXCLUDED.source, imported_at = now()
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM to_write),
               'unchanged', (SELECT count(*) FROM judged WHERE unchanged),
               'movements', (SELECT count(*) FROM moved),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line, 'field', field, 'error', error)
                                                      ORDER BY line), '[]')
                              FROM judged WHERE field IS NOT NULL))
      INTO result;
    RETURN result;
END $$;

-- Adds or changes operators. p_rows: [{line, badge, name, roles, language, pin_hash, warehouse}]
-- (pin_hash as floorctl makes it — a PIN never reaches the master — or absent to keep the one the
-- master has; warehouse absent or empty: every warehouse). An imported operator is active.
-- Returns {imported, unchanged, rejected}.
CREATE FUNCTION master.import_operators(p_rows jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM master.rows_of(p_rows, 100000);
    WITH input AS (
        SELECT coalesce(master.row_line(e.r), e.ord::integer) AS line, e.r, btrim(e.r ->> 'badge') AS badge,
               btrim(e.r ->> 'name') AS name, replace(lower(e.r ->> 'roles'), ' ', '') AS roles,
               coalesce(nullif(lower(btrim(e.r ->> 'language')), ''), 'en') AS language,
               coalesce(btrim(e.r ->> 'pin_hash'), '') AS pin_hash, nullif(btrim(e.r ->> 'warehouse'), '') AS warehouse_id
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord)),
    checked AS (
        SELECT i.line, i.badge, i.name, i.roles, i.language, i.pin_hash, i.warehouse_id, CASE
            WHEN jsonb_typeof(i.r) IS DISTINCT FROM 'object' THEN 'row'
            WHEN i.badge IS NULL OR i.badge !~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' THEN 'badge'
            WHEN i.name IS NULL OR length(i.name) NOT BETWEEN 1 AND 200 THEN 'name'
            WHEN i.roles IS NULL
                 OR i.roles !~ '^(picker|packer|returns|supervisor)(,(picker|packer|returns|supervisor))*$' THEN 'roles'
            WHEN i.language NOT IN ('en','de') THEN 'language'
            WHEN i.pin_hash <> ''
                 AND i.pin_hash !~ '^pbkdf2-sha256\$[0-9]{4,7}\$[A-Za-z0-9+/=]{8,64}\$[A-Za-z0-9+/=]{16,128}$' THEN 'pin'
            WHEN i.roles ~ 'supervisor' AND i.pin_hash = '' AND coalesce(o.pin_hash, '') = '' THEN 'pin'
            WHEN i.warehouse_id IS NOT NULL AND w.id IS NULL THEN 'warehouse'
          END AS field
          FROM input i
          LEFT JOIN master.operator o ON o.badge = i.badge
          LEFT JOIN master.warehouse w ON w.id = i.warehouse_id),
    judged AS (
        SELECT c.*, min(c.line) FILTER (WHERE c.field IS NULL) OVER (PARTITION BY upper(c.badge)) AS first_line
          FROM checked c),
    reasoned AS (
        SELECT j.line, j.badge, j.name, j.roles, j.language, j.pin_hash, j.warehouse_id,
               CASE WHEN j.field IS NULL AND j.first_line < j.line THEN 'badge' ELSE j.field END AS field,
               CASE j.field
                 WHEN 'row' THEN 'not an object'
                 WHEN 'badge' THEN format('badge ''%s'' must be 1 to 64 letters, digits, - or _', coalesce(j.badge, ''))
                 WHEN 'name' THEN 'a name of 1 to 200 characters'
                 WHEN 'roles' THEN format('roles ''%s'' must be picker, packer, returns or supervisor, comma-separated',
                                          coalesce(j.roles, ''))
                 WHEN 'language' THEN format('language ''%s'' is not en or de', j.language)
                 WHEN 'pin' THEN CASE WHEN j.pin_hash <> '' THEN 'the PIN hash is not one floorctl makes'
                                      ELSE 'a supervisor needs a PIN (4 to 12 digits)' END
                 WHEN 'warehouse' THEN format('warehouse ''%s'' is not on the master', j.warehouse_id)
                 ELSE CASE WHEN j.first_line < j.line
                           THEN format('badge %s is also on line %s: each operator once per file', j.badge, j.first_line)
                      END
               END AS error
          FROM judged j),
    upserted AS (
        INSERT INTO master.operator AS o (badge, warehouse_id, name, roles, pin_hash, language, active)
        SELECT r.badge, r.warehouse_id, r.name, r.roles, r.pin_hash, r.language, true
          FROM reasoned r WHERE r.field IS NULL ORDER BY r.line
        ON CONFLICT (badge) DO UPDATE
           SET warehouse_id = EXCLUDED.warehouse_id, name = EXCLUDED.name, roles = EXCLUDED.roles,
               pin_hash = CASE WHEN EXCLUDED.pin_hash = '' THEN o.pin_hash ELSE EXCLUDED.pin_hash END,
               language = EXCLUDED.language, active = true, updated_at = now()
         WHERE (o.warehouse_id, o.name, o.roles, o.language, o.active) IS DISTINCT FROM
               (EXCLUDED.warehouse_id, EXCLUDED.name, EXCLUDED.roles, EXCLUDED.language, true)
            OR (EXCLUDED.pin_hash <> '' AND EXCLUDED.pin_hash <> o.pin_hash)
        RETURNING 1)
    SELECT jsonb_build_object(
               'imported', (SELECT count(*) FROM upserted),
               'unchanged', (SELECT count(*) FROM reasoned WHERE field IS NULL) - (SELECT count(*) FROM upserted),
               'rejected', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line, 'field', field, 'error', error)
                                                      ORDER BY line), '[]')
                              FROM reasoned WHERE field IS NOT NULL))
      INTO result;
    RETURN result;
END $$;

-- Takes a badge off the floor (it stays in the audit trails): false when the master has no such
-- badge.
CREATE FUNCTION master.disable_operator(p_badge text) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
BEGIN
    UPDATE master.operator SET active = false, updated_at = now() WHERE badge = p_badge AND active;
    RETURN EXISTS (SELECT 1 FROM master.operator WHERE badge = p_badge);
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA master FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (7);
