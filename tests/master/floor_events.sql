-- Floor events (version 17): the floor's progress, exceptions, verdict counts and audit heads reach
-- the master once, every field checked, a station speaking only of its own warehouse.
BEGIN;
\ir helpers.sql
SELECT plan(73);

-- A floor event as a station writes it, its UUID made from `seq`.
CREATE FUNCTION pg_temp.fe(seq integer, kind text, body jsonb, created_at bigint DEFAULT 1790000000000) RETURNS jsonb
LANGUAGE sql AS $$
    SELECT jsonb_build_object('uuid', '0190b0e0-0000-7000-8000-' || lpad(seq::text, 12, '0'), 'kind', kind,
                              'created_at', created_at, 'body', body)
$$;
-- The answer to one event pushed alone: its status, and the reason when refused.
CREATE FUNCTION pg_temp.push_fe(e jsonb) RETURNS text
LANGUAGE sql AS $$
    SELECT a ->> 'status' || coalesce(' ' || (a ->> 'reason'), '')
      FROM (SELECT master.push_floor_events(jsonb_build_array(e)) -> 0 AS a) x
$$;

INSERT INTO master.orders (id, warehouse_id, destination_country) VALUES
    ('#F1', 'WH1', 'GB'), ('#F2', 'WH2', 'FR'), ('#F3', 'WH1', 'DE'), ('#F4', 'WH1', 'DE'),
    ('#F5', 'WH1', 'DE');
INSERT INTO master.order_line (order_id, line_no, sku, quantity) VALUES
    ('#F1', 1, 'SKU-1', 3), ('#F1', 2, 'SKU-2', 1), ('#F2', 1, 'SKU-1', 1), ('#F3', 1, 'SKU-1', 1),
    ('#F4', 1, 'SKU-1', 2);
INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES
    ('#F1-1', '#F1', 'WH1'), ('#F2-1', '#F2', 'WH2'), ('#F3-1', '#F3', 'WH1'), ('#F4-1', '#F4', 'WH1');
INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity) VALUES
    ('#F1-1', 1, 'SKU-1', 3), ('#F1-1', 2, 'SKU-2', 1), ('#F2-1', 1, 'SKU-1', 1), ('#F3-1', 1, 'SKU-1', 1),
    ('#F4-1', 1, 'SKU-1', 2);
INSERT INTO master.stock (sku, location_id, on_hand, reserved) VALUES ('SKU-2', 1, 0, 0);
INSERT INTO master.return_auth (id, order_id, warehouse_id, return_path) VALUES ('RMA-F', '#F1', 'WH1', 'inspect_at_hub');
INSERT INTO master.return_line (rma_id, line_no, sku, quantity) VALUES ('RMA-F', 1, 'SKU-1', 1);
UPDATE master.shipment SET status = 'cancelled' WHERE id = '#F3-1';
UPDATE master.orders SET status = 'cancelled' WHERE id IN ('#F3', '#F5');

SET SESSION AUTHORIZATION wf_st_st_tap_1;
-- A package's progress.
SELECT is(pg_temp.push_fe(pg_temp.fe(1, 'shipment', '{"shipment_id": "#F1-1", "status": "picking"}')), 'applied',
          'a package being picked');
SELECT is(pg_temp.push_fe(pg_temp.fe(1, 'shipment', '{"shipment_id": "#F1-1", "status": "picking"}')), 'duplicate',
          'the same event again is a duplicate');
SELECT is(pg_temp.push_fe(pg_temp.fe(2, 'shipment', $${"shipment_id": "#F1-1", "status": "packed", "box_code": "BOX-M",
          "weight_g": 1240, "lines": [{"line_no": 1, "packed_qty": 3}, {"line_no": 2, "packed_qty": 0,
          "short_reason": "no_stock"}]}$$)), 'applied', 'packed short, with box and weight');
SELECT is(pg_temp.push_fe(pg_temp.fe(3, 'shipment', '{"shipment_id": "#F1-1", "status": "picked"}')), 'superseded',
          'an older state arriving late changes nothing');
SELECT is(pg_temp.push_fe(pg_temp.fe(4, 'shipment', $${"shipment_id": "#F1-1", "status": "shipped",
          "sscc": "340123450000000018", "tracking_number": "JJD0146000000009001", "label_barcode": "JJD0146000000009001",
          "verified_by": "K2001", "lines": [{"line_no": 1, "packed_qty": 3}, {"line_no": 2, "packed_qty": 0,
          "short_reason": "no_stock"}]}$$)), 'applied', 'shipped');
SELECT is(pg_temp.push_fe(pg_temp.fe(5, 'shipment', '{"shipment_id": "#F2-1", "status": "picking"}')),
          'rejected unknown_shipment', 'a package of another warehouse is not the station''s');
SELECT is(pg_temp.push_fe(pg_temp.fe(6, 'shipment', '{"shipment_id": "#F4-1", "status": "teleported"}')),
          'rejected invalid_status', 'an unknown status');
SELECT is(pg_temp.push_fe(pg_temp.fe(7, 'shipment', '{"shipment_id": "#F4-1", "status": "awaiting_pick"}')),
          'rejected invalid_status', 'nor may the floor set a package back to awaiting pick');
SELECT is(pg_temp.push_fe(pg_temp.fe(8, 'shipment', '{"shipment_id": "#F4-1", "status": "packed", "weight_g": "heavy"}')),
          'rejected invalid_weight_g', 'a weight that is no number');
SELECT is(pg_temp.push_fe(pg_temp.fe(9, 'shipment', '{"shipment_id": "#F4-1", "status": "packed", "weight_g": 0}')),
          'rejected invalid_weight_g', 'a weight of nothing');
SELECT is(pg_temp.push_fe(pg_temp.fe(10, 'shipment', '{"shipment_id": "#F4-1", "status": "shipped", "sscc": "12345"}')),
          'rejected invalid_sscc', 'an SSCC of five digits');
SELECT is(pg_temp.push_fe(pg_temp.fe(11, 'shipment',
          '{"shipment_id": "#F4-1", "status": "shipped", "tracking_number": "1Z; DROP TABLE master.shipment"}')),
          'rejected invalid_tracking_number', 'a tracking number with SQL in it');
SELECT is(pg_temp.push_fe(pg_temp.fe(12, 'shipment',
          '{"shipment_id": "#F4-1", "status": "packed", "lines": [{"line_no": 1, "packed_qty": 3}]}')),
          'rejected invalid_lines', 'more units in the box than the package holds');
SELECT is(pg_temp.push_fe(pg_temp.fe(13, 'shipment',
          '{"shipment_id": "#F4-1", "status": "packed", "lines": [{"line_no": 7, "packed_qty": 1}]}')),
          'rejected invalid_lines', 'a line the package does not have');
SELECT is(pg_temp.push_fe(pg_temp.fe(14, 'shipment', '{"shipment_id": "#F3-1", "status": "packed"}')),
          'rejected shipment_cancelled', 'a package cancelled on the master is not packed by the floor');
SELECT is(pg_temp.push_fe(pg_temp.fe(14, 'shipment', '{"shipment_id": "#F3-1", "status": "packed"}')),
          'rejected shipment_cancelled', 'pushed again, it gets the same refusal');
SELECT is(pg_temp.push_fe(pg_temp.fe(15, 'shipment', '{"shipment_id": "#F3-1", "status": "shipped"}')), 'applied',
          'but a parcel the floor shipped has left: that fact stands');
SELECT is(pg_temp.push_fe(pg_temp.fe(16, 'shipment', '{"shipment_id": "#F4-1", "status": "packed"}', 1000)),
          'rejected invalid_created_at', 'an event from 1970');
SELECT is((SELECT master.push_floor_events('[7, {"uuid": "nope"}]')::text),
          '[{"uuid": null, "reason": "malformed_event", "status": "rejected", "position": 1}, {"uuid": "nope", "reason": "malformed_event", "status": "rejected", "position": 2}]',
          'what is no event is refused with its position');
SELECT throws_ok($$ SELECT master.push_floor_events((SELECT jsonb_agg(pg_temp.fe(i, 'order', '{}')) FROM generate_series(1, 5001) i)) $$,
                 '54000', NULL, 'a batch of more than 5,000 events is refused whole');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT status || ' ' || box_code || ' ' || weight_g || ' ' || sscc || ' ' || tracking_number || ' ' || verified_by
             || ' ' || floor_station || ' ' || (shipped_at IS NOT NULL) FROM master.shipment WHERE id = '#F1-1'),
          'shipped BOX-M 1240 340123450000000018 JJD0146000000009001 K2001 ST-TAP-1 true',
          'the master''s package says what the floor did');
SELECT is((SELECT string_agg(line_no || ':' || packed_qty || '/' || short_qty || ' ' || short_reason, ', ' ORDER BY line_no)
             FROM master.shipment_line WHERE shipment_id = '#F1-1'), '1:3/0 , 2:0/1 no_stock', 'line by line, with the short');
SELECT is((SELECT quantity || ' ' || (shipment_id IS NULL) FROM master.follow_up WHERE source_shipment = '#F1-1'), '1 true',
          'the unit shipped short waits for stock');
SELECT is((SELECT status FROM master.orders WHERE id = '#F1'), 'open', 'the order is not shipped while a unit waits');
UPDATE master.stock SET on_hand = 5 WHERE sku = 'SKU-2' AND location_id = 1;
SELECT is(master.release_backorders('WH1'), 1, 'stock arrives: the follow-up is released');
SELECT is((SELECT package_no || ' of ' || package_count || ' ' || status FROM master.shipment WHERE id = '#F1-2'),
          '2 of 2 awaiting_pick', 'as package 2 of 2 of the same order');
SELECT is((SELECT string_agg(sku || ' ' || quantity, ', ') FROM master.shipment_line WHERE shipment_id = '#F1-2'), 'SKU-2 1',
          'holding what the first shipped without');
SELECT is((SELECT package_count FROM master.shipment WHERE id = '#F1-1'), 2, 'the first package is now 1 of 2');
SELECT is(pg_temp.stock_of(1, 'SKU-2'), '5/1/0', 'and its unit is reserved at the pick face');
SELECT is(master.release_backorders('WH1'), 0, 'released once');

SET SESSION AUTHORIZATION wf_st_st_tap_1;
-- Orders.
SELECT is(pg_temp.push_fe(pg_temp.fe(20, 'order', '{"order_id": "#F1", "status": "shipped"}')), 'applied',
          'the floor calls the order shipped …');
SELECT is(pg_temp.push_fe(pg_temp.fe(21, 'order', '{"order_id": "#F2", "status": "picking"}')), 'rejected unknown_order',
          'an order of another warehouse');
SELECT is(pg_temp.push_fe(pg_temp.fe(22, 'order', '{"order_id": "#F4", "status": "open"}')), 'rejected invalid_status',
          'the floor does not open orders');
SELECT is(pg_temp.push_fe(pg_temp.fe(23, 'order', '{"order_id": "#F5", "status": "picking"}')), 'rejected order_cancelled',
          'a cancelled order is not picked');
-- Return lines.
SELECT is(pg_temp.push_fe(pg_temp.fe(30, 'return_line', '{"rma_id": "RMA-F", "line_no": 1, "status": "received"}')),
          'applied', 'a return line received');
SELECT is(pg_temp.push_fe(pg_temp.fe(31, 'return_line', $${"rma_id": "RMA-F", "line_no": 1, "status": "restock_approved",
          "grade": "B", "reason": "box dented", "updated_by": "R3001"}$$)), 'applied', 'approved for restock, graded');
SELECT is(pg_temp.push_fe(pg_temp.fe(32, 'return_line', '{"rma_id": "RMA-F", "line_no": 1, "status": "restock_rejected"}')),
          'superseded', 'a decision is not taken twice');
SELECT is(pg_temp.push_fe(pg_temp.fe(33, 'return_line', '{"rma_id": "RMA-F", "line_no": 1, "status": "refunded", "grade": "Z"}')),
          'rejected invalid_grade', 'a grade outside A–D');
-- Exceptions.
SELECT is(pg_temp.push_fe(pg_temp.fe(40, 'exception_raised', $${"uuid": "0190b0e0-0000-7000-9000-000000000001",
          "kind": "short_pick", "reference": "PL-1", "sku": "SKU-1", "detail": "bin empty", "raised_by": "P1001",
          "raised_at": 1790000000000}$$)), 'applied', 'an exception raised');
SELECT is(pg_temp.push_fe(pg_temp.fe(41, 'exception_raised', $${"uuid": "0190b0e0-0000-7000-9000-000000000001",
          "kind": "short_pick", "raised_at": 1790000000000}$$)), 'rejected exception_exists', 'the same exception twice');
SELECT is(pg_temp.push_fe(pg_temp.fe(42, 'exception_raised', $${"uuid": "0190b0e0-0000-7000-9000-000000000002",
          "kind": "x'); DROP TABLE master.stock; --", "raised_at": 1790000000000}$$)), 'rejected invalid_exception_kind',
          'a kind that is no code');
SELECT is(pg_temp.push_fe(pg_temp.fe(43, 'exception_resolved', $${"uuid": "0190b0e0-0000-7000-9000-000000000001",
          "resolved_by": "S9001", "resolved_at": 1790000100000, "note": "recounted"}$$)), 'applied', 'resolved');
SELECT is(pg_temp.push_fe(pg_temp.fe(44, 'exception_resolved', $${"uuid": "0190b0e0-0000-7000-9000-000000000001",
          "resolved_by": "S9002", "resolved_at": 1790000200000}$$)), 'rejected already_resolved: S9001 at 2026-09-21 14:15 UTC',
          'the first resolution wins; the second is told who resolved it');
-- Verdict counts.
SELECT is(pg_temp.push_fe(pg_temp.fe(50, 'verdict_counts', $${"counts": [
          {"operator": "P1001", "hour": 1789999200000, "workflow": "pick", "code": "bin_confirmed", "verdict": "ok", "scans": 40},
          {"operator": "P1001", "hour": 1789999200000, "workflow": "pick", "code": "wrong_bin", "verdict": "error", "scans": 2}]}$$)),
          'applied', 'verdict counts');
SELECT is(pg_temp.push_fe(pg_temp.fe(51, 'verdict_counts', $${"counts": [
          {"operator": "P1001", "hour": 1789999200000, "workflow": "pick", "code": "bin_confirmed", "verdict": "ok", "scans": 5}]}$$)),
          'applied', 'more of them');
SELECT is(pg_temp.push_fe(pg_temp.fe(52, 'verdict_counts', $${"counts": [
          {"operator": "P1001", "hour": 1789999200000, "workflow": "pick", "code": "bin_confirmed", "verdict": "ok", "scans": 1},
          {"operator": "P1001", "hour": 1789999200001, "workflow": "pick", "code": "bin_confirmed", "verdict": "ok", "scans": 1}]}$$)),
          'rejected invalid_counts: entry 2', 'an hour that is not one; nothing of that event is counted');
-- Audit heads.
SELECT is(pg_temp.push_fe(pg_temp.fe(60, 'audit_head', jsonb_build_object('row_id', 120, 'rows', 120, 'hash', repeat('ab', 32)))),
          'applied', 'an audit head anchored');
SELECT is(pg_temp.push_fe(pg_temp.fe(61, 'audit_head', jsonb_build_object('row_id', 120, 'rows', 120, 'hash', repeat('cd', 32)))),
          'rejected audit_anchor_conflict', 'another hash for an anchored row: the trail was rewritten');
SELECT is(pg_temp.push_fe(pg_temp.fe(62, 'audit_head', jsonb_build_object('row_id', 130, 'rows', 131, 'hash', repeat('ab', 32)))),
          'rejected invalid_rows', 'more rows than row ids');
SELECT is((SELECT string_agg(row_id || ' ' || left(hash, 4), ', ') FROM master.audit_anchors()), '120 abab',
          'a station reads its own anchors back');
SELECT throws_ok($$ SELECT * FROM master.audit_anchors_of('ST-TAP-2') $$, '42501', NULL,
                 'but not another station''s');
SELECT throws_ok($$ SELECT master.set_short_lines('WH1', 'cancel') $$, '42501', NULL,
                 'nor may it change the warehouse''s rule');
-- The whole floor's exceptions reach the warehouse's stations through the feed.
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'floor_exception'
              AND row_data ->> 'uuid' = '0190b0e0-0000-7000-9000-000000000001'), 2,
          'an exception raised and resolved comes to the station twice, as it changed');
SELECT lives_ok($$ SELECT master.station_heartbeat(12, 3) $$, 'a station reports its queue');
SELECT is((master.warehouse_floor_counts('2026-09-21 00:00+00', '2026-09-22 00:00+00') -> 'all' ->> 'scans'), '47',
          'the supervisor''s station reads the whole warehouse''s figures');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION wf_st_st_tap_2;
SELECT is((SELECT count(*)::int FROM master.pull_changes(0, 10000) WHERE entity = 'floor_exception'), 0,
          'a station of another warehouse pulls none of them');
SELECT is((master.warehouse_floor_counts('2026-09-21 00:00+00', '2026-09-22 00:00+00') -> 'all' ->> 'scans'), '0',
          'nor counts them');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT queue_depth || ' ' || events_pending || ' ' || (last_contact > now() - interval '1 minute')
             FROM master.station_contact WHERE station_id = 'ST-TAP-1'), '12 3 true', 'its last contact and queue');
SELECT is((SELECT jsonb_build_object('errors', f -> 'all' -> 'error_scans', 'hours', f -> 'all' -> 'active_hours',
                                     'operator', f -> 'by_operator' -> 0 -> 'key', 'shipped', f -> 'shipments_shipped',
                                     'restocked', f -> 'returns' -> 'restocked', 'kinds', f -> 'exceptions_by_kind',
                                     'stations', jsonb_array_length(f -> 'stations'))
             FROM master.floor_counts('WH1', '2026-09-21 00:00+00', '2026-09-22 00:00+00') f),
          '{"errors": 2, "hours": 1, "operator": "P1001", "shipped": 2, "restocked": 1, "kinds": {"short_pick": 1}, "stations": 1}'::jsonb,
          'floor_counts: scans, errors, hours, operators, packages, returns, exceptions and stations of the warehouse');

SELECT is((SELECT status FROM master.orders WHERE id = '#F1'), 'picking',
          '… but the master keeps it in picking while its second package waits to be picked');
SELECT is((SELECT string_agg(code || ' ' || scans, ', ' ORDER BY code) FROM master.verdict_count WHERE station_id = 'ST-TAP-1'),
          'bin_confirmed 45, wrong_bin 2', 'verdict counts add up by operator, hour, workflow and code');
SELECT is((SELECT status || ' ' || resolved_by || ' ' || resolution_note FROM master.floor_exception
            WHERE uuid = '0190b0e0-0000-7000-9000-000000000001'), 'resolved S9001 recounted', 'the first resolution stands');

-- A batch is judged in order (version 18): each event against the master and the events before
-- it in the batch; kinds apply exceptions raised, packages, orders, return lines, resolutions.
CREATE FUNCTION pg_temp.push_batch(VARIADIC events jsonb[]) RETURNS text
LANGUAGE sql AS $$
    SELECT string_agg(a ->> 'status' || coalesce(' ' || (a ->> 'reason'), ''), ', ' ORDER BY n)
      FROM jsonb_array_elements(master.push_floor_events(to_jsonb(events))) WITH ORDINALITY x(a, n)
$$;
INSERT INTO master.orders (id, warehouse_id, destination_country) VALUES ('#B1', 'WH1', 'DE');
INSERT INTO master.order_line (order_id, line_no, sku, quantity) VALUES ('#B1', 1, 'SKU-1', 2);
INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES ('#B1-1', '#B1', 'WH1');
INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity) VALUES ('#B1-1', 1, 'SKU-1', 2);
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(pg_temp.push_batch(
              pg_temp.fe(101, 'shipment', '{"shipment_id": "#B1-1", "status": "picking"}'),
              pg_temp.fe(102, 'order', '{"order_id": "#B1", "status": "picking"}'),
              pg_temp.fe(103, 'shipment', $${"shipment_id": "#B1-1", "status": "packed", "box_code": "BOX-S", "weight_g": 800,
                                             "lines": [{"line_no": 1, "packed_qty": 1}]}$$),
              pg_temp.fe(104, 'shipment', '{"shipment_id": "#B1-1", "status": "picked"}'),
              pg_temp.fe(105, 'shipment', $${"shipment_id": "#B1-1", "status": "shipped", "tracking_number": "1Z999AA10123456784",
                                             "verified_by": "K2001", "lines": [{"line_no": 1, "packed_qty": 2}]}$$),
              pg_temp.fe(106, 'shipment', '{"shipment_id": "#B1-1", "status": "shipped", "weight_g": 0}'),
              pg_temp.fe(107, 'order', '{"order_id": "#B1", "status": "shipped"}'),
              pg_temp.fe(101, 'shipment', '{"shipment_id": "#B1-1", "status": "picking"}')),
          'applied, superseded, applied, superseded, applied, rejected invalid_weight_g, superseded, duplicate',
          'a package''s day in one batch: a late state and a second shipped change nothing, the order follows its package');
SELECT is(pg_temp.push_batch(pg_temp.fe(106, 'shipment', '{"shipment_id": "#B1-1", "status": "shipped", "weight_g": 0}')),
          'rejected invalid_weight_g', 'a refused event pushed again gets its refusal again');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT status || ' ' || box_code || ' ' || weight_g || ' ' || tracking_number || ' ' || verified_by
             FROM master.shipment WHERE id = '#B1-1'),
          'shipped BOX-S 800 1Z999AA10123456784 K2001', 'the package carries what each event of the batch added');
SELECT is((SELECT packed_qty || '/' || short_qty FROM master.shipment_line WHERE shipment_id = '#B1-1'), '2/0',
          'its line as the last event says');
SELECT is((SELECT status FROM master.orders WHERE id = '#B1'), 'shipped', 'and the order is shipped');

SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(pg_temp.push_batch(
              pg_temp.fe(201, 'exception_raised', $${"uuid": "0190b0e0-0000-7000-9000-000000000201", "kind": "short_pick",
                                                     "raised_by": "P1001", "raised_at": 1790000000000}$$),
              pg_temp.fe(202, 'exception_raised', $${"uuid": "0190b0e0-0000-7000-9000-000000000201", "kind": "short_pick",
                                                     "raised_at": 1790000000000}$$),
              pg_temp.fe(203, 'exception_resolved', $${"uuid": "0190b0e0-0000-7000-9000-000000000201", "resolved_by": "S9101",
                                                       "resolved_at": 1790000000000, "note": "found it"}$$),
              pg_temp.fe(204, 'exception_resolved', $${"uuid": "0190b0e0-0000-7000-9000-000000000201", "resolved_by": "S9102",
                                                       "resolved_at": 1790000060000}$$),
              pg_temp.fe(205, 'exception_resolved', $${"uuid": "0190b0e0-0000-7000-9000-000000000999", "resolved_by": "S9101",
                                                       "resolved_at": 1790000000000}$$)),
          'applied, rejected exception_exists, applied, rejected already_resolved: S9101 at 2026-09-21 14:13 UTC, '
          'rejected unknown_exception',
          'an exception raised and resolved in one batch: raised once, the first resolution wins');
-- An hour the checks take (a whole number written 1789999200000.0) that the counts' own cast
-- refuses: that event alone is refused; the other of its kind is applied.
SELECT is(pg_temp.push_batch(
              pg_temp.fe(301, 'verdict_counts', $${"counts": [{"operator": "P1001", "hour": 1789999200000.0, "workflow": "pick",
                                                   "code": "batch_code", "verdict": "ok", "scans": 5}]}$$),
              pg_temp.fe(302, 'verdict_counts', $${"counts": [{"operator": "P1001", "hour": 1789999200000, "workflow": "pick",
                                                   "code": "batch_code", "verdict": "ok", "scans": 7}]}$$)),
          'rejected invalid_event: 22P02, applied', 'a value that breaks the batch is refused alone, the rest applied');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT status || ' ' || resolved_by || ' ' || resolution_note FROM master.floor_exception
            WHERE uuid = '0190b0e0-0000-7000-9000-000000000201'), 'resolved S9101 found it', 'resolved by the first');
SELECT is((SELECT sum(scans)::int FROM master.verdict_count WHERE code = 'batch_code'), 7, 'only the applied counts count');

-- Picked at one station, packed at another: the tote and what each line held when picked.
INSERT INTO master.orders (id, warehouse_id, destination_country) VALUES ('#B2', 'WH1', 'DE');
INSERT INTO master.order_line (order_id, line_no, sku, quantity) VALUES ('#B2', 1, 'SKU-1', 2), ('#B2', 2, 'SKU-2', 1);
INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES ('#B2-1', '#B2', 'WH1');
INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity) VALUES ('#B2-1', 1, 'SKU-1', 2), ('#B2-1', 2, 'SKU-2', 1);
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT is(pg_temp.push_batch(
              pg_temp.fe(401, 'shipment', $${"shipment_id": "#B2-1", "status": "picked", "tote": "TOTE-0042",
                                             "lines": [{"line_no": 1, "picked_qty": 3}]}$$),
              pg_temp.fe(402, 'shipment', $${"shipment_id": "#B2-1", "status": "picked", "lines": [{"line_no": 1}]}$$),
              pg_temp.fe(403, 'shipment', jsonb_build_object('shipment_id', '#B2-1', 'status', 'picked', 'tote', repeat('T', 65))),
              pg_temp.fe(404, 'shipment', $${"shipment_id": "#B2-1", "status": "picked", "tote": "TOTE-0042",
                                             "lines": [{"line_no": 1, "picked_qty": 2}, {"line_no": 2, "picked_qty": 0,
                                                        "short_reason": "not_found"}]}$$)),
          'rejected invalid_lines, rejected invalid_lines, rejected invalid_tote, applied',
          'picked: more than the line holds, a line with no quantity, a tote name too long are refused');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT s.status || ' ' || s.tote || ' ' || string_agg(l.line_no || ':' || l.picked_qty || '/' || l.short_qty || ' '
                                                                   || l.short_reason, ', ' ORDER BY l.line_no)
             FROM master.shipment s JOIN master.shipment_line l ON l.shipment_id = s.id WHERE s.id = '#B2-1'
            GROUP BY s.status, s.tote),
          'picked TOTE-0042 1:2/0 , 2:0/1 not_found', 'the master keeps the tote and each line as picked, short with its reason');

SELECT * FROM finish();
ROLLBACK;
