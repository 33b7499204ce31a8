-- Orders through master.import_orders (version 8): whole or not at all, stock reserved as they come,
-- backorders released when stock arrives, non-stock lines kept but never packed, an order on the
-- master never rewritten. Fixture: SKU-1 has 462 on hand at WH1's pick face A-1, 10 reserved.
BEGIN;
\ir helpers.sql
SELECT plan(37);

INSERT INTO master.product (sku, name, non_stock) VALUES ('POST', 'Postage', true);
INSERT INTO master.location (id, warehouse_id, code, zone, pick_sequence, kind) VALUES (20, 'WH1', 'A-2', 'A', 20, 'pick');

CREATE FUNCTION pg_temp.import(orders text) RETURNS jsonb
LANGUAGE sql AS $$ SELECT master.import_orders('WH1', orders::jsonb) $$;

SELECT is(pg_temp.import($$[
    {"id": "#1", "line": 2, "country": "GB", "ordered_at": "2026-11-30 09:12:40 +0100", "customer": "Amelia Clarke",
     "lines": [{"line": 2, "sku": "SKU-1", "quantity": "3", "price": "12.50"},
               {"line": 3, "sku": "POST", "quantity": "1", "price": "4.90"}]},
    {"id": "#2", "line": 4, "country": "FR", "lines": [{"line": 4, "sku": "SKU-1", "quantity": "2"},
                                                      {"line": 5, "sku": "NOPE", "quantity": "1"}]},
    {"id": "#3", "line": 6, "country": "DE", "lines": [{"line": 6, "sku": "SKU-2", "quantity": "1"}]}
  ]$$) - 'rejected', '{"imported": 2, "lines": 3, "backordered": 1, "unchanged": 0}',
          'two orders in, one of them a backorder; the one with a bad line is out');
SELECT is((SELECT count(*)::int FROM master.orders WHERE id = '#2'), 0, 'an order with a bad line is not imported at all');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int, r ->> 'field')
             FROM jsonb_array_elements(pg_temp.import($$[{"id": "#2", "line": 4, "country": "FR",
                 "lines": [{"line": 4, "sku": "SKU-1", "quantity": "2"}, {"line": 5, "sku": "NOPE", "quantity": "1"}]}]$$)
                 -> 'rejected') r), '["order", "sku"]'::jsonb, 'its bad line and the order are named');
SELECT is(pg_temp.stock_of(1), '462/13/0', 'the imported order reserved its 3 units at the pick face');
SELECT is((SELECT reserved_location_id FROM master.order_line WHERE order_id = '#1' AND sku = 'SKU-1'), 1::bigint,
          'and its line knows where');
SELECT is((SELECT string_agg(sku || ' x' || quantity, ', ') FROM master.shipment_line WHERE shipment_id = '#1-1'),
          'SKU-1 x3', 'its package holds the stock line only');
SELECT is((SELECT non_stock FROM master.order_line WHERE order_id = '#1' AND sku = 'POST'), true,
          'the postage line stays on the order, marked non-stock');
SELECT is((SELECT declared_value_minor FROM master.orders WHERE id = '#1'), 3750::bigint,
          'the declared value is the stock lines'' prices');
SELECT is((SELECT ordered_at FROM master.orders WHERE id = '#1'), '2026-11-30 08:12:40+00'::timestamptz,
          'the order date is kept');
SELECT is((SELECT ship_by FROM master.orders WHERE id = '#1'), '2026-12-02 08:12:40+00'::timestamptz,
          'and ship-by follows from it');
SELECT is((SELECT awaiting_stock::text || '/' || exception_tags FROM master.orders WHERE id = '#3'),
          'true/low_stock_at_purchase', 'an order the stock cannot cover is a backorder, tagged');
SELECT is((SELECT count(*)::int FROM master.shipment WHERE order_id = '#3'), 0, 'with no package to pick yet');

-- Stock arrives: the backorder is reserved and packaged.
SELECT master.import_stock('WH1', '[{"sku": "SKU-2", "bin": "A-2", "on_hand": "5"}]', 'arrival.csv');
SELECT is(master.release_backorders('WH1'), 1, 'the backorder is released when the stock is there');
SELECT is(pg_temp.stock_of(20, 'SKU-2'), '5/1/0', 'reserving its unit');
SELECT is((SELECT count(*)::int FROM master.shipment_line WHERE shipment_id = '#3-1'), 1, 'in a package of its own');
SELECT is(master.release_backorders('WH1'), 0, 'released once');

-- Tight stock: oldest first, each order whole or waiting.
SELECT is(pg_temp.import($$[
    {"id": "#5", "country": "DE", "ordered_at": "2026-11-30 12:00:00Z", "lines": [{"sku": "SKU-2", "quantity": "3"}]},
    {"id": "#4", "country": "DE", "ordered_at": "2026-11-30 11:00:00Z", "lines": [{"sku": "SKU-2", "quantity": "2"}]}
  ]$$) -> 'backordered', '1', 'of two orders for 5 units with 4 available, one waits');
SELECT is((SELECT string_agg(id, ',' ORDER BY id) FROM master.orders WHERE awaiting_stock), '#5',
          'the later one');

-- Re-import: never a rewrite.
SELECT is(pg_temp.import($$[{"id": "#1", "country": "GB", "lines": [{"sku": "SKU-1", "quantity": "3"},
    {"sku": "POST", "quantity": "1"}]}]$$) - 'rejected', '{"imported": 0, "lines": 0, "backordered": 0, "unchanged": 1}',
          'the same order again is unchanged');
SELECT is(pg_temp.import($$[{"id": "#1", "country": "GB", "lines": [{"sku": "SKU-1", "quantity": "4"}]}]$$)
          -> 'rejected' -> 0 ->> 'error',
          'order #1 is on the master already with other lines (SKU-1 x3, POST x1); it is not rewritten, as the floor may have started it',
          'with other lines it is refused, not rewritten');
SELECT is(pg_temp.stock_of(1), '462/13/0', 'and reserves nothing more');
SELECT alike(master.import_orders('WH2', '[{"id": "#1", "country": "GB", "lines": [{"sku": "SKU-1", "quantity": "3"}, {"sku": "POST", "quantity": "1"}]}]')
            -> 'rejected' -> 0 ->> 'error', '%is warehouse WH1''s on the master, not WH2''s; it is not moved',
            'moving an order to another warehouse is refused, and says so');

-- Hostile input.
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int) FROM jsonb_array_elements(pg_temp.import($$[
    {"id": "#6", "line": 1, "country": "Channel Islands", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#7", "line": 2, "country": "DE", "ordered_at": "yesterday; DROP TABLE master.orders", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#8", "line": 3, "country": "DE", "lines": "SKU-1"},
    {"id": "#9", "line": 4, "country": "DE", "lines": [{"line": 4, "sku": "SKU-1", "quantity": "1e9"}]},
    {"id": "#10", "line": 5, "country": "DE", "currency": "euro", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#11", "line": 6, "country": "DE", "lines": [{"line": 6, "sku": "SKU-1", "quantity": "1", "price": "-3"}]},
    {"id": "#11", "line": 7, "country": "DE", "lines": [{"line": 7, "sku": "SKU-1", "quantity": "1"}]},
    17]$$) -> 'rejected') r),
          '["country", "ordered_at", "order", "quantity", "currency", "price", "order", "row"]'::jsonb,
          'country, date, lines, quantity, currency, price, an order twice, a non-object: each refused');
SELECT is(pg_temp.stock_of(1), '462/13/0', 'none of them reserved anything');
-- Cancellations (version 9).
SELECT is(master.cancel_order('#1', 'SKU-1', 1) ->> 'released_units', '1', 'one unit of a line is cancelled and released');
SELECT is(pg_temp.stock_of(1), '462/12/0', 'from the bin it was reserved at');
SELECT is((SELECT quantity FROM master.shipment_line WHERE shipment_id = '#1-1'), 2, 'the package holds one less');
SELECT throws_ok($$ SELECT master.cancel_order('#1', 'SKU-1', 5) $$, '22023', NULL, 'more units than the line has is refused');
SELECT is(master.cancel_order('#1') ->> 'status', 'cancelled', 'the whole order is cancelled');
SELECT is(pg_temp.stock_of(1), '462/10/0', 'and the rest of its reservation released');
SELECT is((SELECT status FROM master.shipment WHERE id = '#1-1'), 'cancelled', 'its package too');
SELECT is(master.cancel_order('#1') ->> 'cancelled_units', '0', 'cancelling it again changes nothing');
INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, sku, quantity, reference, created_at)
VALUES (gen_random_uuid(), 'ST-TAP-1', 999, 'WH1', 'pack', 'SKU-2', 2, 'shipment:#4-1/1', now());
SELECT throws_ok($$ SELECT master.cancel_order('#4') $$, '55006', NULL, 'an order packed on the floor is not cancelled');
SELECT throws_ok($$ SELECT master.cancel_order('#nope') $$, 'P0002', NULL, 'an unknown order is said to be unknown');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT throws_ok($$ SELECT master.cancel_order('#3') $$, '42501', NULL, 'a station cannot cancel an order');
SELECT throws_ok($$ SELECT master.import_orders('WH1', '[]') $$, '42501', NULL, 'a station cannot import orders');
SELECT throws_ok($$ SELECT master.release_backorders('WH1') $$, '42501', NULL, 'nor release backorders');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
