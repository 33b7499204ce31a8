-- Expected inbound (version 19): advance shipping notices and purchase orders, each taken whole,
-- every field checked; their units wait as inbound at the warehouse's receiving bin, and the
-- warehouse's stations, only they, get them through the feed.
BEGIN;
\ir helpers.sql
SELECT plan(43);

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

-- Receiving: receive, receive_hold and putaway, checked one by one, each once.
CREATE FUNCTION pg_temp.rcv(seq bigint, kind text, qty integer, from_location bigint, to_location bigint, ref text,
                            sku text DEFAULT 'SKU-1', station text DEFAULT 'ST-TAP-1') RETURNS text
LANGUAGE sql AS $$
    SELECT a ->> 'status' || coalesce(' ' || (a ->> 'reason'), '')
      FROM (SELECT pg_temp.push_one(pg_temp.mv(station, seq, kind, to_jsonb(qty), to_jsonb(from_location),
                                               to_jsonb(to_location), sku) || jsonb_build_object('reference', ref)) AS a) x
$$;
INSERT INTO master.location (id, warehouse_id, code, zone, pick_sequence, kind) VALUES (12, 'WH2', 'DOCK-2', '', 0, 'receiving');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(pg_temp.rcv(101, 'receive', 10, NULL, 6, 'inbound:ASN-1:1'), 'applied', 'ten units of line 1 received');
SELECT is(pg_temp.rcv(102, 'receive', 20, NULL, 6, 'inbound:ASN-1:1'), 'applied', 'twenty more: 30 of 24, within 130 %');
SELECT is(pg_temp.rcv(103, 'receive', 2, NULL, 6, 'inbound:ASN-1:1'), 'rejected over_receipt_limit',
          'two more pass 130 % of the line, counted over every receipt');
SELECT is(pg_temp.rcv(104, 'receive', 6000, NULL, 6, 'inbound:ASN-1:3'), 'rejected over_receipt_limit',
          '6,000 for a line of 12 is refused whatever the floor accepted');
SELECT is(pg_temp.rcv(105, 'receive', 1, NULL, 6, 'inbound:ASN-1:1', 'SKU-2'), 'rejected sku_not_on_inbound_line',
          'another SKU than the line''s');
SELECT is(pg_temp.rcv(106, 'receive', 1, NULL, 1, 'inbound:ASN-1:1'), 'rejected wrong_kind_of_bin',
          'received straight into a pick face');
SELECT is(pg_temp.rcv(107, 'receive', 1, NULL, 6, 'inbound:ASN-9:1'), 'rejected unknown_inbound', 'an unknown notice');
SELECT is(pg_temp.rcv(108, 'receive', 1, NULL, 6, 'inbound:ASN-1:9'), 'rejected unknown_inbound_line', 'an unknown line');
SELECT is(pg_temp.rcv(109, 'receive', 1, NULL, 6, 'inbound:ASN-1'), 'rejected invalid_reference',
          'a receipt names its line');
SELECT is(pg_temp.rcv(110, 'receive', 1, NULL, 6, $$inbound:ASN-1:1'; DELETE FROM master.stock; --$$),
          'rejected invalid_reference', 'a reference with SQL in it');
SELECT is(pg_temp.rcv(111, 'receive_hold', 1, NULL, 4, 'inbound:ASN-1', 'SKU-2'), 'applied',
          'a SKU the notice does not list, held');
SELECT is(pg_temp.rcv(112, 'putaway', 8, 6, 1, 'putaway'), 'applied', 'eight units put away to the pick face');
SELECT is(pg_temp.rcv(113, 'putaway', 1, 1, 6, 'putaway'), 'rejected wrong_kind_of_bin', 'put away from a pick face');
SELECT is(pg_temp.rcv(114, 'putaway', 100, 6, 1, 'putaway'), 'rejected stock_would_go_negative',
          'more than the receiving bin holds');
SELECT is(pg_temp.rcv(101, 'receive', 10, NULL, 6, 'inbound:ASN-1:1'), 'duplicate', 'a receipt pushed twice counts once');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT string_agg(line_no || ':' || received_qty, ' ' ORDER BY line_no) FROM master.inbound_line
            WHERE notice_id = 'ASN-1'), '1:30 2:0 3:0', 'the lines'' received counts');
SELECT is((SELECT status FROM master.inbound_notice WHERE id = 'ASN-1'), 'receiving', 'the notice is being received');
SELECT is((SELECT on_hand || '/' || inbound FROM master.stock WHERE sku = 'SKU-1' AND location_id = 6), '22/6',
          'at the dock: 30 received less 8 put away on hand, 6 still inbound');
SELECT is(pg_temp.stock_of(4, 'SKU-2'), '1/0/1', 'the unlisted SKU on hold');
SELECT is(pg_temp.stock_of(1), '470/10/0', 'the pick face has the eight');
SET SESSION AUTHORIZATION wf_st_st_tap_2;
SELECT is(pg_temp.rcv(201, 'receive', 1, NULL, 12, 'inbound:ASN-1:2', 'SKU-2', 'ST-TAP-2'), 'rejected unknown_inbound',
          'another warehouse''s notice is none of a station''s');
SELECT is(pg_temp.rcv(202, 'receive', 1, NULL, 6, 'inbound:ASN-1:2', 'SKU-2', 'ST-TAP-2'),
          'rejected location_not_in_warehouse', 'nor its bins');
RESET SESSION AUTHORIZATION;
UPDATE master.inbound_notice SET status = 'closed' WHERE id = 'ASN-1';
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(pg_temp.rcv(115, 'receive', 1, NULL, 6, 'inbound:ASN-1:2', 'SKU-2'), 'rejected inbound_closed',
          'a closed notice takes no more receipts');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
