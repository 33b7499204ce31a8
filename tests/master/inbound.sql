-- Expected inbound (version 19): advance shipping notices and purchase orders, each taken whole,
-- every field checked; their units wait as inbound at the warehouse's receiving bin, and the
-- warehouse's stations, only they, get them through the feed.
BEGIN;
\ir helpers.sql
SELECT plan(20);

CREATE FUNCTION pg_temp.notice(id text, lines jsonb, extra jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE sql AS $$
    SELECT jsonb_build_array(jsonb_build_object('line', 2, 'id', id, 'supplier', 'Hafen & Co', 'expected', '2026-12-08',
                                                'lines', lines) || extra)
$$;
-- The refusal of one notice: its field and error, or 'imported' / 'unchanged'.
CREATE FUNCTION pg_temp.import_one(n jsonb) RETURNS text
LANGUAGE sql AS $$
    SELECT CASE WHEN (a ->> 'imported')::int = 1 THEN 'imported' WHEN (a ->> 'unchanged')::int = 1 THEN 'unchanged'
                ELSE (a -> 'rejected' -> 0 ->> 'field') || ': ' || (a -> 'rejected' -> 0 ->> 'error') END
      FROM (SELECT master.import_inbound('WH1', n) AS a) x
$$;

SELECT throws_ok($$ SELECT master.import_inbound('WH1', '[]') $$, '23503',
                 'warehouse WH1 has no receiving bin for inbound to wait at', 'no receiving bin: said so, with what to do');
INSERT INTO master.location (id, warehouse_id, code, zone, pick_sequence, kind) VALUES
    (5, 'WH1', 'DOCK-B', '', 0, 'receiving'), (6, 'WH1', 'DOCK-A', '', 0, 'receiving');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-1', $$[
              {"line": 2, "sku": "SKU-1", "quantity": "24", "lot": "L2611A", "expiry": "2028-06-30", "sscc": "042601230000001018"},
              {"line": 3, "sku": "SKU-2", "quantity": "6", "sscc": "042601230000001018"},
              {"line": 4, "sku": "SKU-1", "quantity": "12", "lot": "L2611B", "sscc": "042601230000001025"}]$$)),
          'imported', 'a notice of three lines on two pallets');
SELECT is((SELECT n.kind || ' ' || n.supplier || ' ' || n.expected_on || ' ' || l.code || ' ' || n.status
             FROM master.inbound_notice n JOIN master.location l ON l.id = n.location_id WHERE n.id = 'ASN-1'),
          'asn Hafen & Co 2026-12-08 DOCK-A open', 'its units wait at the first receiving bin by code');
SELECT is((SELECT string_agg(line_no || ' ' || sku || ' ' || quantity || ' ' || lot || ' ' || coalesce(expiry::text, '-')
                             || ' ' || sscc, ', ' ORDER BY line_no) FROM master.inbound_line WHERE notice_id = 'ASN-1'),
          '1 SKU-1 24 L2611A 2028-06-30 042601230000001018, 2 SKU-2 6  - 042601230000001018, '
          '3 SKU-1 12 L2611B - 042601230000001025', 'each line with its lot, expiry and SSCC');
SELECT is((SELECT string_agg(sku || ' ' || inbound || '/' || on_hand, ', ' ORDER BY sku) FROM master.stock WHERE location_id = 6),
          'SKU-1 36/0, SKU-2 6/0', 'inbound raised at the receiving bin, nothing on hand yet');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-1', '[{"sku": "SKU-1", "quantity": "5"}]')), 'unchanged',
          'the same notice again changes nothing');
SELECT is((SELECT inbound FROM master.stock WHERE location_id = 6 AND sku = 'SKU-1'), 36, 'nor raises inbound twice');

-- Each refusal names the field and refuses the whole notice.
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-2', $$[{"sku": "SKU-1", "quantity": "5"},
                                                        {"line": 3, "sku": "SKU-9", "quantity": "5"}]$$)),
          'sku: SKU ''SKU-9'' is not a stocked product on the master', 'an unknown SKU');
SELECT is((SELECT count(*)::int FROM master.inbound_notice WHERE id = 'ASN-2'), 0, 'refuses the whole notice');
SELECT is((SELECT inbound FROM master.stock WHERE location_id = 6 AND sku = 'SKU-1'), 36, 'and raises nothing of it');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-3', '[{"sku": "SKU-1", "quantity": "6000000"}]')),
          'quantity: quantity ''6000000'' is not a whole number from 1 to 1000000', 'an absurd quantity');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-3', '[{"sku": "SKU-1", "quantity": "1", "sscc": "042601230000001019"}]')),
          'sscc: SSCC ''042601230000001019'' is not 18 digits with a valid check digit', 'an SSCC with a wrong check digit');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-3', '[{"sku": "SKU-1", "quantity": "1", "sscc": "042601230000001025"}]')),
          'sscc: SSCC 042601230000001025 is on notice ASN-1 already', 'a pallet already on another notice');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-3', '[{"sku": "SKU-1", "quantity": "1", "expiry": "2027-02-30"}]')),
          'expiry: expiry ''2027-02-30'' is not a date YYYY-MM-DD', 'a day that does not exist');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN-3', $$[{"sku": "SKU-1", "quantity": "1", "lot": "L1'; DROP TABLE x; --"}]$$)),
          'lot: lot ''L1''; DROP TABLE x; --'' must be at most 20 letters, digits, . _ / or - (GS1 AI 10)',
          'a lot with SQL in it');
SELECT is(pg_temp.import_one(pg_temp.notice('ASN 4; --', '[{"sku": "SKU-1", "quantity": "1"}]')),
          'id: notice id ''ASN 4; --'' must be 1 to 64 letters, digits, # . _ / or -', 'an id with spaces');
SELECT is(pg_temp.import_one(pg_temp.notice('PO-1', '[{"sku": "SKU-2", "quantity": "3"}]', '{"kind": "PO", "expected": ""}')),
          'imported', 'a purchase order without a date');

-- Only the warehouse's own stations get them, and none may import.
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity IN ('inbound_notice', 'inbound_line')), 6,
           'a station of the warehouse pulls its notices and lines');
SELECT throws_ok($$ SELECT master.import_inbound('WH1', '[]') $$, '42501', NULL, 'but may not import one');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION wf_st_st_tap_2;
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity IN ('inbound_notice', 'inbound_line')), 0,
           'a station of another warehouse pulls none');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
