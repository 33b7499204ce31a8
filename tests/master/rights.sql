-- What a station's login may do on the master: call push_movements, push_floor_events,
-- pull_changes, audit_anchors, station_heartbeat and warehouse_floor_counts, nothing else.
-- Each attack below must fail for the station (DESIGN.md §6, docs/security.md).
BEGIN;
\ir helpers.sql
SELECT plan(38);

-- The owner the stations' SECURITY DEFINER functions run as is not a superuser.
SELECT is((SELECT r.rolsuper FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
            WHERE p.oid = 'master.push_movements(jsonb)'::regprocedure), false,
          'push_movements is owned by a role that is not a superuser');
SELECT is((SELECT r.rolsuper FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
            WHERE d.datname = current_database()), false, 'the master database is owned by that role too');

-- Rights, read from the catalogue.
SELECT is(has_database_privilege('wf_st_st_tap_1', current_database(), 'TEMPORARY'), false,
          'a station may not create temporary objects');
SELECT is(has_database_privilege('wf_st_st_tap_1', current_database(), 'CREATE'), false,
          'a station may not create schemas');
SELECT is(has_schema_privilege('wf_st_st_tap_1', 'public', 'CREATE'), false,
          'a station may not create objects in public');
SELECT is(has_schema_privilege('wf_st_st_tap_1', 'master', 'CREATE'), false,
          'a station may not create objects in master');
SELECT is(has_database_privilege('public', current_database(), 'TEMPORARY'), false,
          'nor may PUBLIC create temporary objects');
SELECT is_empty($$ SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace = 'master'::regnamespace
                      AND has_function_privilege('wf_st_st_tap_1', p.oid, 'EXECUTE')
                      AND p.oid NOT IN ('master.push_movements(jsonb)'::regprocedure,
                                        'master.push_floor_events(jsonb)'::regprocedure,
                                        'master.pull_changes(bigint, integer)'::regprocedure,
                                        'master.audit_anchors()'::regprocedure,
                                        'master.station_heartbeat(bigint, bigint)'::regprocedure,
                                        'master.warehouse_floor_counts(timestamptz, timestamptz)'::regprocedure) $$,
                'a station may execute no master function but its doors: push, pull, anchors, heartbeat, floor counts');
SELECT is_empty($$ SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace = 'master'::regnamespace
                      AND EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                                   WHERE a.grantee = 0) $$,
                'no master function is executable by PUBLIC');
SELECT is_empty($$ SELECT c.oid::regclass::text FROM pg_class c
                    WHERE c.relnamespace = 'master'::regnamespace AND c.relkind IN ('r', 'S', 'v', 'm')
                      AND (has_table_privilege('wf_st_st_tap_1', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')) $$,
                'a station has no right on any master table or sequence');
SELECT is_empty($$ SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace = 'master'::regnamespace
                      AND NOT coalesce('search_path=pg_catalog, master, pg_temp' = ANY (p.proconfig), false) $$,
                'every master function sets search_path = pg_catalog, master, pg_temp');
SELECT is_empty($$ SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace = 'master'::regnamespace AND p.prosecdef
                      AND p.oid NOT IN ('master.push_movements(jsonb)'::regprocedure,
                                        'master.push_floor_events(jsonb)'::regprocedure,
                                        'master.pull_changes(bigint, integer)'::regprocedure,
                                        'master.audit_anchors()'::regprocedure,
                                        'master.station_heartbeat(bigint, bigint)'::regprocedure,
                                        'master.warehouse_floor_counts(timestamptz, timestamptz)'::regprocedure) $$,
                'SECURITY DEFINER only at the station''s doors');

-- Attacks, as the station.
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT throws_ok('CREATE TEMP TABLE stock (sku text)', '42501', NULL, 'a station cannot create a temporary table');
SELECT throws_ok('CREATE DOMAIN pg_temp.text AS pg_catalog.text', '42501', NULL,
                 'nor a temporary domain');
SELECT throws_ok('CREATE FUNCTION public.evil() RETURNS int LANGUAGE sql AS ''SELECT 1''', '42501', NULL,
                 'nor a function in public');
SELECT throws_ok('CREATE FUNCTION master.evil() RETURNS int LANGUAGE sql AS ''SELECT 1''', '42501', NULL,
                 'nor a function in master');
SELECT throws_ok('CREATE SCHEMA mine', '42501', NULL, 'nor a schema');
SELECT throws_ok('SET ROLE wf_owner', '42501', NULL, 'SET ROLE to the owner is refused');
SELECT throws_ok('SET ROLE wf_admin', '42501', NULL, 'SET ROLE to the superuser is refused');
SELECT throws_ok('SET ROLE wf_st_st_tap_2', '42501', NULL, 'SET ROLE to another station is refused');
SELECT throws_ok($$ COPY (SELECT 1) TO PROGRAM 'touch /tmp/wf-owned' $$, '42501', NULL,
                 'COPY TO PROGRAM is refused');
SELECT throws_ok($$ COPY (SELECT 1) TO '/tmp/wf-owned' $$, '42501', NULL, 'COPY to a server file is refused');
SELECT throws_ok('SELECT rolpassword FROM pg_authid', '42501', NULL, 'pg_authid cannot be read');
SELECT throws_ok($$ SELECT pg_read_file('/etc/passwd') $$, '42501', NULL, 'server files cannot be read');
SELECT throws_ok('SELECT * FROM master.stock', '42501', NULL, 'master.stock cannot be read');
SELECT throws_ok('UPDATE master.stock SET on_hand = 5462', '42501', NULL, 'nor written');
SELECT throws_ok('SELECT * FROM master.station', '42501', NULL, 'the station rows cannot be read');
SELECT throws_ok($$ INSERT INTO master.warehouse (id) VALUES ('EVIL') $$, '42501', NULL,
                 'a warehouse cannot be inserted');
SELECT throws_ok('SELECT master.calling_station()', '42501', NULL, 'calling_station is internal');
SELECT throws_ok($$ SELECT master.push_checked(NULL::master.station, '[]', '{}') $$,
                 '42501', NULL, 'push_checked is internal');
SELECT throws_ok($$ SELECT master.push_screened(NULL::master.station, '[]') $$, '42501', NULL,
                 'push_screened is internal');
SELECT throws_ok($$ SELECT * FROM master.screen_batch(NULL::master.station, '[]') $$, '42501', NULL,
                 'screen_batch is internal');
SELECT throws_ok($$ SELECT master.apply_checked_movement(NULL, gen_random_uuid(), '{}') $$, '42501', NULL,
                 'apply_checked_movement is internal');
SELECT throws_ok($$ SELECT master.push_new_movements(NULL, '[]') $$, '42501', NULL, 'push_new_movements is internal');
SELECT throws_ok($$ SELECT master.movement_problem('{}', NULL) $$, '42501', NULL, 'movement_problem is internal');
SELECT throws_ok('ALTER FUNCTION master.push_movements(jsonb) SECURITY INVOKER', '42501', NULL,
                 'a station cannot alter the functions it may call');
SELECT lives_ok('SELECT count(*) FROM master.pull_changes(0, 10)', 'pull_changes is callable');
SELECT is((SELECT count(*)::integer FROM master.pull_changes(0, 100000) WHERE row_data ->> 'warehouse_id' = 'WH2'), 0,
          'a WH1 station pulls nothing of WH2');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
