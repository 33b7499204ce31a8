-- A seller's data through the master's own functions (version 7): warehouses, bins, opening stock
-- and operators. Each function checks every field as if its caller were hostile; a station may
-- call none of them, and the feed gives each warehouse's rows to its own stations only.
BEGIN;
\ir helpers.sql
SELECT plan(38);

-- Warehouses.
SELECT is((SELECT country FROM master.add_warehouse('WH3', 'Rotterdam', 'NL', 'Kade 3, Rotterdam',
                                                   'Europe/Amsterdam', 'EUR')), 'NL', 'a warehouse comes with its country');
SELECT throws_ok($$ SELECT master.add_warehouse('WH4', 'x', 'Germany', '', 'Europe/Berlin', 'EUR') $$, '22023',
                 'country ''Germany'' is not an ISO 3166-1 alpha-2 code', 'a country name is not taken here');
SELECT throws_ok($$ SELECT master.add_warehouse('WH4', 'x', 'DE', '', 'Mars/Olympus', 'EUR') $$, '22023', NULL,
                 'an unknown time zone is refused');
SELECT throws_ok($$ SELECT master.add_warehouse('WH4', 'x', 'DE', '', 'UTC', 'euro') $$, '22023', NULL,
                 'a currency that is not ISO 4217 is refused');
SELECT throws_ok($$ SELECT master.add_warehouse('WH 4; DROP TABLE master.stock', 'x', 'DE', '', 'UTC', 'EUR') $$,
                 '22023', NULL, 'a warehouse id with spaces and SQL is refused');
SELECT throws_ok($$ SELECT master.import_locations('NOPE', '[]') $$, '23503', NULL,
                 'bins of a warehouse the master does not have are refused');
SELECT throws_ok($$ SELECT master.import_locations('WH3', '{"code": "A"}') $$, '22023', NULL,
                 'rows that are not an array are refused');

-- Bins.
SELECT is(master.import_locations('WH3', $$[
    {"line": 2, "code": "P-01", "zone": "P", "kind": "pick", "sequence": "10", "min": "2", "max": "12"},
    {"line": 3, "code": "BULK-1", "zone": "B", "kind": "Bulk", "sequence": "900", "capacity": "400"},
    {"line": 4, "code": "DOCK", "kind": "receiving", "sequence": "0"},
    {"line": 5, "code": "p-01", "kind": "pick", "sequence": "11"},
    {"line": 6, "code": "Q-01", "kind": "shelf", "sequence": "1"},
    {"line": 7, "code": "Q-02", "kind": "pick", "sequence": "ten"},
    {"line": 8, "code": "Q-03", "kind": "bulk", "sequence": "1", "max": "5"},
    {"line": 9, "code": "Q-04", "kind": "pick", "sequence": "1", "min": "9", "max": "5"},
    {"line": 10, "code": "'; DROP TABLE master.stock; --", "kind": "pick", "sequence": "1"},
    {"line": 11, "code": "Q-05", "kind": "pick", "sequence": "99999999999999999999"},
    "not a row"]$$)::jsonb - 'rejected',
    '{"imported": 3, "unchanged": 0}', 'three good bins are written, the others refused');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int)
             FROM jsonb_array_elements(master.import_locations('WH3', $$["not a row",
    {"line": 5, "code": "p-01", "kind": "pick", "sequence": "11"},
    {"line": 6, "code": "Q-01", "kind": "shelf", "sequence": "1"},
    {"line": 7, "code": "Q-02", "kind": "pick", "sequence": "ten"},
    {"line": 8, "code": "Q-03", "kind": "bulk", "sequence": "1", "max": "5"},
    {"line": 9, "code": "Q-04", "kind": "pick", "sequence": "1", "min": "9", "max": "5"},
    {"line": 10, "code": "'; DROP TABLE master.stock; --", "kind": "pick", "sequence": "1"},
    {"line": 11, "code": "Q-05", "kind": "pick", "sequence": "99999999999999999999"}]$$) -> 'rejected') r),
          '["row", "code", "kind", "sequence", "kind", "min", "code", "sequence"]'::jsonb,
          'each refusal names its field: case twin, kind, sequence, min/max off a pick face, min above max, code, range, shape');
SELECT is(master.import_locations('WH3', $$[{"line": 2, "code": "P-01", "zone": "P", "kind": "pick",
    "sequence": "10", "min": "2", "max": "12"}]$$) - 'rejected', '{"imported": 0, "unchanged": 1}',
          'the same bin again is unchanged');
SELECT is((SELECT kind || '/' || capacity_units FROM master.location WHERE warehouse_id = 'WH3' AND code = 'BULK-1'),
          'bulk/400', 'kind is read whatever its letter case, capacity is kept');
SELECT is(master.import_locations('WH3', $$[{"code": "P-01", "zone": "P", "kind": "pick", "sequence": "15"}]$$)
          - 'rejected', '{"imported": 1, "unchanged": 0}', 'a changed walking sequence updates the bin');
SELECT ok((SELECT id FROM master.location WHERE code = 'DOCK') > 11,
          'an imported bin is numbered after the bins written with ids of their own');

-- Opening stock.
INSERT INTO master.product (sku, name) VALUES ('SKU-3', 'Kettle');
SELECT is(master.import_stock('WH3', $$[
    {"line": 2, "sku": "SKU-3", "bin": "P-01", "on_hand": "12", "hold": "2"},
    {"line": 3, "sku": "SKU-3", "bin": "BULK-1", "on_hand": "300"},
    {"line": 4, "sku": "NOPE", "bin": "P-01", "on_hand": "1"},
    {"line": 5, "sku": "SKU-3", "bin": "A-1", "on_hand": "1"},
    {"line": 6, "sku": "SKU-3", "bin": "DOCK", "on_hand": "-4"},
    {"line": 7, "sku": "SKU-3", "bin": "DOCK", "on_hand": "4", "hold": "5"},
    {"line": 8, "sku": "SKU-3", "bin": "P-01", "on_hand": "13"},
    {"line": 9, "sku": "SKU-3", "bin": "DOCK", "on_hand": "99999999"}]$$, 'stock.csv')
          - 'rejected', '{"imported": 2, "movements": 2, "unchanged": 0}', 'two opening balances are written');
SELECT is(pg_temp.stock_of((SELECT id FROM master.location WHERE code = 'P-01'), 'SKU-3'), '12/0/2',
          'on hand and hold are set');
SELECT is((SELECT count(*)::int FROM master.movement WHERE kind = 'opening' AND sku = 'SKU-3'), 2,
          'each is an opening movement');
SELECT is((SELECT sum(quantity)::int FROM master.movement WHERE kind = 'opening' AND sku = 'SKU-3'), 312,
          'carrying its delta');
SELECT is((SELECT count(*)::int FROM master.stock s JOIN master.location l ON l.id = s.location_id
            WHERE l.code = 'A-1' AND s.sku = 'SKU-3'), 0, 'a bin of another warehouse got nothing');
SELECT is(master.import_stock('WH3', $$[{"line": 2, "sku": "SKU-3", "bin": "P-01", "on_hand": "12", "hold": "2"},
    {"line": 3, "sku": "SKU-3", "bin": "BULK-1", "on_hand": "300"}]$$, 'stock.csv') - 'rejected',
          '{"imported": 0, "movements": 0, "unchanged": 2}', 'the same file again changes nothing');
UPDATE master.stock SET on_hand = 7, reserved = 5 WHERE sku = 'SKU-3' AND location_id = (SELECT id FROM master.location WHERE code = 'BULK-1');
SELECT is(master.import_stock('WH3', $$[{"line": 3, "sku": "SKU-3", "bin": "BULK-1", "on_hand": "300"}]$$, 'stock.csv')
          - 'rejected', '{"imported": 0, "movements": 0, "unchanged": 1}',
          'nor after the floor has picked from the bin');
SELECT is((master.import_stock('WH3', $$[{"line": 3, "sku": "SKU-3", "bin": "BULK-1", "on_hand": "4"}]$$, 'fix.csv')
           -> 'rejected' -> 0 ->> 'field'), 'on_hand', 'a figure below what orders reserved is refused');
SELECT is(pg_temp.stock_of((SELECT id FROM master.location WHERE code = 'BULK-1'), 'SKU-3'), '7/5/0',
          'and changes nothing');

-- Operators.
SELECT is(master.import_operators($$[
    {"line": 2, "badge": "P3001", "name": "Ana", "roles": "picker, packer", "warehouse": "WH3"},
    {"line": 3, "badge": "S3001", "name": "Sam", "roles": "supervisor"},
    {"line": 4, "badge": "S3002", "name": "Sid", "roles": "supervisor",
     "pin_hash": "pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA=="},
    {"line": 5, "badge": "p3001", "name": "Twin", "roles": "picker"},
    {"line": 6, "badge": "X", "name": "Boss", "roles": "owner"},
    {"line": 7, "badge": "Y", "name": "Why", "roles": "picker", "language": "fr"},
    {"line": 8, "badge": "Z", "name": "Zed", "roles": "picker", "pin_hash": "1234"},
    {"line": 9, "badge": "W", "name": "Wu", "roles": "picker", "warehouse": "NOPE"}]$$) - 'rejected',
          '{"imported": 2, "unchanged": 0}', 'two operators are written');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int)
             FROM jsonb_array_elements(master.import_operators($$[
    {"line": 3, "badge": "S3001", "name": "Sam", "roles": "supervisor"},
    {"line": 5, "badge": "P3001", "name": "Twin", "roles": "picker", "warehouse": "WH3"},
    {"line": 6, "badge": "P3001", "name": "Twin", "roles": "picker"},
    {"line": 7, "badge": "X", "name": "Boss", "roles": "owner"},
    {"line": 8, "badge": "Y", "name": "Why", "roles": "picker", "language": "fr"},
    {"line": 9, "badge": "Z", "name": "Zed", "roles": "picker", "pin_hash": "1234"},
    {"line": 10, "badge": "W", "name": "Wu", "roles": "picker", "warehouse": "NOPE"}]$$) -> 'rejected') r),
          '["pin", "badge", "roles", "language", "pin", "warehouse"]'::jsonb,
          'a supervisor without a PIN, a badge twice, a role, a language, a PIN that is not a hash, a warehouse');
SELECT is((SELECT roles FROM master.operator WHERE badge = 'P3001'), 'picker',
          'the first of a badge given twice counts');
SELECT is(master.disable_operator('P3001'), true, 'a badge can be disabled');
SELECT is((SELECT active FROM master.operator WHERE badge = 'P3001'), false, 'and is inactive');
SELECT is(master.disable_operator('NOBODY'), false, 'an unknown badge is said to be unknown');

-- The feed: each warehouse's rows to its own stations.
SELECT master.add_warehouse('WH1', 'Leipzig', 'DE', 'Hafenstr. 1', 'Europe/Berlin', 'EUR');
SELECT master.import_operators('[{"badge": "P1999", "name": "Lea", "roles": "picker", "warehouse": "WH1"}]');
SELECT master.import_stock('WH1', '[{"sku": "SKU-2", "bin": "A-1", "on_hand": "8"}]', 'wh1.csv');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT ok((SELECT count(*) FROM master.pull_changes(0, 10000) WHERE entity = 'warehouse' AND row_data ->> 'id' = 'WH1') > 0,
          'a WH1 station pulls its warehouse');
SELECT is((SELECT row_data ->> 'country' FROM master.pull_changes(0, 10000) WHERE entity = 'warehouse' ORDER BY seq DESC LIMIT 1),
          'DE', 'with its country');
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'warehouse' AND row_data ->> 'id' <> 'WH1'), 0,
          'and no other warehouse');
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'stock' AND row_data ->> 'sku' = 'SKU-2'), 1,
          'its stock rows');
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'stock' AND row_data ->> 'sku' = 'SKU-3'), 0,
          'not WH3''s');
SELECT is((SELECT string_agg(row_data ->> 'badge', ',' ORDER BY row_data ->> 'badge') FROM master.pull_changes(0, 10000)
            WHERE entity = 'operator'), 'P1999,S3002', 'its operators and those of every warehouse, not WH3''s');
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'station' AND row_data ? 'role_name'), 0,
          'station rows come without their login role');
SELECT throws_ok($$ SELECT master.add_warehouse('EVIL', 'x', 'DE', '', 'UTC', 'EUR') $$, '42501', NULL,
                 'a station cannot add a warehouse');
SELECT throws_ok($$ SELECT master.import_stock('WH1', '[{"sku": "SKU-1", "bin": "A-1", "on_hand": "99999"}]', 'x') $$,
                 '42501', NULL, 'nor set stock');
SELECT throws_ok($$ SELECT master.import_operators('[{"badge": "EVIL", "name": "x", "roles": "supervisor", "pin_hash": "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA=="}]') $$,
                 '42501', NULL, 'nor make itself a supervisor');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
