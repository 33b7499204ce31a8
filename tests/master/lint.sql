-- plpgsql_check over every PL/pgSQL function of the master: no errors. Trigger functions are
-- checked against a table they are attached to.
BEGIN;
SELECT plan(3);
-- The scratch tables import_orders makes for itself, made here so that its queries can be checked.
SELECT master.order_import_tables();

SELECT isnt_empty($$ SELECT 1 FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                      WHERE p.pronamespace = 'master'::regnamespace AND l.lanname = 'plpgsql' $$,
                  'there are PL/pgSQL functions to check');
SELECT is_empty($$
    SELECT p.oid::regprocedure::text || ' line ' || coalesce(c.lineno::text, '?') || ': ' || c.message
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
     CROSS JOIN LATERAL plpgsql_check_function_tb(
               p.oid,
               coalesce((SELECT t.tgrelid FROM pg_trigger t WHERE t.tgfoid = p.oid LIMIT 1), 0),
               fatal_errors => false,
               -- A statement trigger's transition tables, by the names its triggers give them.
               oldtable => (SELECT t.tgoldtable FROM pg_trigger t WHERE t.tgfoid = p.oid AND t.tgoldtable IS NOT NULL LIMIT 1),
               newtable => (SELECT t.tgnewtable FROM pg_trigger t WHERE t.tgfoid = p.oid AND t.tgnewtable IS NOT NULL LIMIT 1)) c
     WHERE p.pronamespace = 'master'::regnamespace AND l.lanname = 'plpgsql' AND c.level = 'error' $$,
    'plpgsql_check finds no error in any master function');
-- Every trigger function is in use, so the check above saw each with its table.
SELECT is_empty($$ SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace = 'master'::regnamespace AND p.prorettype = 'trigger'::regtype
                      AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgfoid = p.oid) $$,
                'every master trigger function is attached to a table');

SELECT * FROM finish();
ROLLBACK;
