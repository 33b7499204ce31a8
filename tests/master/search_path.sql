-- The attack that opened version 6: a station's temporary objects resolved inside a SECURITY
-- DEFINER function and ran as the owner. Stations have no TEMPORARY right (rights.sql); here it is
-- granted for this transaction only, to show that the functions' search_path holds by itself:
-- pg_temp is named last, so master's functions never resolve a station's type or table.
-- The last part turns the old search_path back on and shows the same push being exploited, so
-- this file would fail on versions 1–5.
BEGIN;
\ir helpers.sql
SELECT plan(12);

DO $$ BEGIN
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO wf_st_st_tap_1', current_database());
END $$;

SET SESSION AUTHORIZATION wf_st_st_tap_1;
-- The station's code: harmless as itself, raises a bin and adds a warehouse when it runs as the owner.
CREATE FUNCTION pg_temp.evil(v pg_catalog.text) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
    -- Once: the feed triggers that the UPDATE fires resolve the same domains and would call it again.
    IF current_user <> session_user AND current_setting('wf.evil_ran', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('wf.evil_ran', 'yes', true);
        UPDATE master.stock SET on_hand = 5462 WHERE sku = 'SKU-1' AND location_id = 1;
        INSERT INTO master.warehouse (id) VALUES ('EVIL') ON CONFLICT DO NOTHING;
    END IF;
    RETURN true;
END $f$;
CREATE FUNCTION pg_temp.evil_eq(a pg_catalog.text, b pg_catalog.text) RETURNS boolean LANGUAGE sql
    AS $f$ SELECT pg_temp.evil(a) AND a OPERATOR(pg_catalog.=) b $f$;
SELECT lives_ok($$ CREATE DOMAIN pg_temp.text AS pg_catalog.text CHECK (pg_temp.evil(VALUE)) $$,
                'with TEMPORARY the station can make a pg_temp.text domain');
SELECT lives_ok($$ CREATE DOMAIN pg_temp.uuid AS pg_catalog.uuid CHECK (pg_temp.evil(VALUE::pg_catalog.text)) $$,
                'and a pg_temp.uuid domain');
SELECT lives_ok($$ CREATE DOMAIN pg_temp.jsonb AS pg_catalog.jsonb CHECK (pg_temp.evil(VALUE::pg_catalog.text)) $$,
                'and a pg_temp.jsonb domain');
SELECT lives_ok($$ CREATE OPERATOR pg_temp.= (LEFTARG = pg_catalog.text, RIGHTARG = pg_catalog.text,
                                             FUNCTION = pg_temp.evil_eq) $$,
                'and a pg_temp.= operator');
SELECT lives_ok($$ CREATE TEMP TABLE stock (sku pg_catalog.text, location_id bigint, on_hand integer,
                                            reserved integer, inbound integer, hold integer);
                   CREATE TEMP TABLE movement (LIKE stock); CREATE TEMP TABLE station (LIKE stock);
                   CREATE TEMP TABLE location (LIKE stock); CREATE TEMP TABLE product (LIKE stock);
                   CREATE TEMP TABLE movement_rejection (LIKE stock) $$,
                'and temporary tables named like master''s');

-- A good batch and a batch that needs the checked path, each through every function on the way.
SELECT is(json_array_length(master.push_movements(jsonb_build_array(
              pg_temp.mv('ST-TAP-1', 1, 'return_restock', '1', NULL, '3'),
              pg_temp.mv('ST-TAP-1', 2, 'pick', '2', '1', '2')))), 2, 'a good batch is answered');
SELECT is(json_array_length(master.push_movements(jsonb_build_array(
              pg_temp.mv('ST-TAP-1', 3, 'return_restock', '1', NULL, '3'),
              pg_temp.mv('ST-TAP-1', 4, 'pick', '2', '1', '9'), '"x"'::jsonb))), 3,
          'a batch with refusals is answered');
SELECT is((SELECT count(*)::integer FROM pg_temp.movement), 0, 'nothing went into the station''s own tables');
-- The objects stay until the rollback: pgTAP's own functions, compiled in this session, now use them.
RESET SESSION AUTHORIZATION;

SELECT is(pg_temp.stock_of(1), '460/8/0', 'the bin lost the 2 picked: the station''s code did not run as the owner');
SELECT is((SELECT count(*)::integer FROM master.warehouse WHERE id = 'EVIL'), 0, 'and no warehouse was added');

-- The control: versions 1-5's search_path (pg_temp not named), the same objects, the same push.
DO $$ DECLARE f regprocedure; BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'master'::regnamespace LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, master', f);
    END LOOP;
END $$;
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(json_array_length(master.push_movements(jsonb_build_array(
              pg_temp.mv('ST-TAP-1', 5, 'return_restock', '1', NULL, '3')))), 1, 'control: the push is answered');
RESET SESSION AUTHORIZATION;
SELECT is(pg_temp.stock_of(1) LIKE '5462/%', true,
          'control: without pg_temp named last the station''s code runs as the owner (this suite would catch it)');

SELECT * FROM finish();
ROLLBACK;
