-- Every field of every movement is checked on the master and answered for itself.
BEGIN;
\ir helpers.sql
SELECT plan(44);

SET SESSION AUTHORIZATION wf_st_st_tap_1;

-- A movement the master takes, so that later ones can be told apart from it.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 1, 'pick', '2', '1', '2')) ->> 'status', 'applied',
          'a pick from the station''s own bin to its staging is applied');

-- Kinds a station may not push.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 2, 'foo', '1', '1', '2')) ->> 'reason', 'invalid_kind',
          'kind foo is refused as invalid_kind (was stock_would_go_negative)');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 3, 'adjust', '0', '1', NULL)) ->> 'reason', 'invalid_kind',
          'a station never pushes adjust');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 4, 'opening', '100', NULL, '1')) ->> 'reason', 'invalid_kind',
          'nor opening');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 5, NULL, '1', '1', '2')) ->> 'reason', 'invalid_kind',
          'a movement without a kind is refused');

-- Quantity.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 6, 'return_restock', '-400', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a restock of -400 is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 7, 'return_restock', '0', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'quantity 0 is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 8, 'return_restock', '1.5', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'quantity 1.5 is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 9, 'return_restock', '"5"', NULL, '3')) ->> 'status',
          'applied', 'a quantity written as a string of digits is read as that number, on every path');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 29, 'return_restock', '"five"', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a quantity that is not a number is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 30, 'return_restock', 'true', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a quantity of true is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 10, 'return_restock', '1000001', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a quantity above 1,000,000 is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 11, 'return_restock', '1e40', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a quantity of 1e40 is refused, not an overflow');

-- Sequence and time.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 0, 'return_restock', '1', NULL, '3')) ->> 'reason',
          'invalid_station_seq', 'station_seq 0 is refused as invalid_station_seq (was stock_would_go_negative)');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 1, 'return_restock', '1', NULL, '3') || '{"uuid": "0190a1b2-0000-7000-8000-00000000f001"}') ->> 'reason',
          'sequence_reused', 'a sequence number used before under another UUID is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 12, 'return_restock', '1', NULL, '3') || '{"created_at": 99}') ->> 'reason',
          'invalid_created_at', 'a movement from 1970 is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 13, 'return_restock', '1', NULL, '3')
                           || jsonb_build_object('created_at', (extract(epoch FROM now() + interval '30 days') * 1000)::bigint))
          ->> 'reason', 'invalid_created_at', 'a movement a month ahead is refused');

-- Locations: where the kind needs them, and only the station's own warehouse.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 14, 'pick', '1', '1', NULL)) ->> 'reason',
          'missing_to_location_id', 'a pick needs a staging location');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 15, 'ship', '1', NULL, NULL)) ->> 'reason',
          'missing_from_location_id', 'a ship needs the location it leaves');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 16, 'return_restock', '1', '1', '3')) ->> 'reason',
          'unexpected_from_location_id', 'a restock comes from no location');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 17, 'ship', '1', '2', '3')) ->> 'reason',
          'unexpected_to_location_id', 'a ship goes to no location');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 18, 'pick', '1', '1', '1')) ->> 'reason',
          'unexpected_to_location_id', 'a pick from a bin into the same bin is refused');
SELECT results_eq($$ SELECT pg_temp.push_one(pg_temp.mv('ST-TAP-1', 19, 'return_restock', '1', NULL, '9'))
                            - 'position' - 'uuid' $$,
                  $$ VALUES ('{"status": "rejected", "reason": "location_not_in_warehouse", "field": "to_location_id"}'::jsonb) $$,
                  'a WH1 station cannot restock into a WH2 bin, and the answer names the field');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 20, 'pick', '1', '9', '2')) ->> 'reason',
          'location_not_in_warehouse', 'nor pick from one');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 21, 'return_restock', '1', NULL, '424242')) ->> 'reason',
          'location_not_in_warehouse', 'a location that does not exist is not in the warehouse either');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 22, 'return_restock', '1', NULL, '"3"')) ->> 'status',
          'applied', 'a location id written as a string of digits is that location');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 31, 'return_restock', '1', NULL, '{"id": 3}')) ->> 'reason',
          'location_not_in_warehouse', 'a location id that is an object is refused');

-- SKU, texts, station.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 23, 'return_restock', '1', NULL, '3', 'NO-SUCH-SKU')) ->> 'reason',
          'unknown_sku', 'an unknown SKU is refused as unknown_sku');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 24, 'return_restock', '1', NULL, '3') || jsonb_build_object('reference', repeat('x', 201))) ->> 'reason',
          'invalid_reference', 'a reference of 201 characters is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 25, 'return_restock', '1', NULL, '3') || '{"operator_badge": {"a": 1}}') ->> 'reason',
          'invalid_operator_badge', 'an operator badge that is not a string is refused');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-2', 26, 'return_restock', '1', NULL, '3')) ->> 'reason',
          'not_your_station', 'a station cannot push in another station''s name');

-- Stock.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 27, 'short', '400', '1', NULL)) ->> 'reason',
          'stock_would_go_negative', 'a short of 400 with 10 reserved is refused');

-- Malformed elements are answered for themselves, by position, and never fail the batch.
SELECT results_eq(
    $$ SELECT a ->> 'position', a ->> 'status', coalesce(a ->> 'reason', '')
         FROM json_array_elements(master.push_movements(jsonb_build_array(
                  1, 'x', '{}'::jsonb, '{"uuid": "not-a-uuid"}'::jsonb, '{"uuid": 7}'::jsonb, '[]'::jsonb, NULL,
                  pg_temp.mv('ST-TAP-1', 28, 'return_restock', '2', NULL, '3')))) a $$,
    $$ VALUES ('1', 'rejected', 'malformed_movement'), ('2', 'rejected', 'malformed_movement'),
              ('3', 'rejected', 'malformed_movement'), ('4', 'rejected', 'malformed_movement'),
              ('5', 'rejected', 'malformed_movement'), ('6', 'rejected', 'malformed_movement'),
              ('7', 'rejected', 'malformed_movement'), ('8', 'applied', '') $$,
    'seven malformed elements answered by position; the good one beside them applied');

-- The same refusals when they come beside good movements: the batch is screened, the good ones
-- go the fast way and each refused one gets the answer it got alone.
SELECT results_eq(
    $$ SELECT a ->> 'position', a ->> 'status', coalesce(a ->> 'reason', '')
         FROM json_array_elements(master.push_movements(jsonb_build_array(
                  pg_temp.mv('ST-TAP-1', 40, 'return_restock', '1', NULL, '3'),
                  pg_temp.mv('ST-TAP-1', 41, 'foo', '1', '1', '2'),
                  pg_temp.mv('ST-TAP-1', 42, 'return_restock', '1.5', NULL, '3'),
                  pg_temp.mv('ST-TAP-1', 43, 'return_restock', '1', NULL, '9'),
                  pg_temp.mv('ST-TAP-1', 44, 'short', '400', '1', NULL),
                  pg_temp.mv('ST-TAP-1', 45, 'return_restock', '1', NULL, '3', 'NO-SUCH-SKU'),
                  pg_temp.mv('ST-TAP-2', 46, 'return_restock', '1', NULL, '3'),
                  pg_temp.mv('ST-TAP-1', 47, 'return_restock', '1', NULL, '3') || '{"operator_badge": 7}',
                  pg_temp.mv('ST-TAP-1', 48, 'return_restock', '1', NULL, '3')))) a $$,
    $$ VALUES ('1', 'applied', ''), ('2', 'rejected', 'invalid_kind'), ('3', 'rejected', 'invalid_quantity'),
              ('4', 'rejected', 'location_not_in_warehouse'), ('5', 'rejected', 'stock_would_go_negative'),
              ('6', 'rejected', 'unknown_sku'), ('7', 'rejected', 'not_your_station'),
              ('8', 'rejected', 'invalid_operator_badge'), ('9', 'applied', '') $$,
    'seven refusals beside two good movements: each answered as alone, the good ones applied');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 49, 'return_restock', '1', NULL, '3')
                           || '{"uuid": "{0190A1B2-0000-7000-8000-0000000000F2}"}') ->> 'status', 'applied',
          'a UUID in another spelling PostgreSQL reads (braces, capitals) is taken');

-- Sent again: the same answers, no second effect.
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 28, 'return_restock', '2', NULL, '3')) ->> 'status', 'duplicate',
          'an applied movement sent again is a duplicate');
SELECT is(pg_temp.push_one(pg_temp.mv('ST-TAP-1', 6, 'return_restock', '-400', NULL, '3')) ->> 'reason',
          'invalid_quantity', 'a refused movement sent again gets the same answer');

-- The whole batch: not an array, or too large, is one clear error at once.
SELECT throws_ok($$ SELECT master.push_movements('{"uuid": "x"}') $$, '22023',
                 'a batch is a JSON array of movements', 'a batch that is not an array is refused whole');
SELECT throws_ok($$ SELECT master.push_movements((SELECT jsonb_agg(pg_temp.mv('ST-TAP-1', 1000 + i, 'return_restock', '1', NULL, '3'))
                                                    FROM generate_series(1, 5001) i)) $$,
                 '54000', 'a batch holds at most 5000 movements; this one holds 5001',
                 'a batch of 5,001 movements is refused whole');
SELECT is(json_array_length(master.push_movements((SELECT jsonb_agg(pg_temp.mv('ST-TAP-1', 1000 + i, 'return_restock', '1', NULL, '3'))
                                                     FROM generate_series(1, 5000) i))), 5000,
          'a batch of 5,000 is taken');

RESET SESSION AUTHORIZATION;

-- What the master holds now: the pick of 2, the restocks of 2, 5 (written "5"), 4 × 1 and 5,000 × 1.
SELECT is(pg_temp.stock_of(1), '460/8/0', 'the bin lost the 2 picked and nothing else');
SELECT is(pg_temp.stock_of(3), '5011/0/0', 'the returns location holds the restocks that were applied');
SELECT is(pg_temp.stock_of(9), '50/5/0', 'WH2''s bin is untouched');
SELECT is((SELECT count(*)::integer FROM master.movement), 5007, 'only the applied movements are in master.movement');

SELECT * FROM finish();
ROLLBACK;
