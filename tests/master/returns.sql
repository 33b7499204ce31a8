-- Returns announced from outside (version 11): whole RMAs, lines checked against their order, the
-- path from the warehouse's rule; from version 16 the rule weighs the customer's returns too.
BEGIN;
\ir helpers.sql
SELECT plan(20);

INSERT INTO master.orders (id, warehouse_id, destination_country) VALUES ('#R1', 'WH1', 'DE'), ('#R2', 'WH2', 'FR');
INSERT INTO master.order_line (order_id, line_no, sku, quantity, unit_value_minor) VALUES
    ('#R1', 1, 'SKU-1', 3, 1250), ('#R1', 2, 'SKU-2', 1, 45000), ('#R2', 1, 'SKU-1', 1, 1250);
INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES ('#R1-1', '#R1', 'WH1');

SELECT is(master.import_returns('WH1', $$[
    {"rma": "RMA-1", "line": 2, "order": "#R1", "tracking": "RT1", "lines": [{"line": 2, "sku": "SKU-1", "quantity": "1", "reason": "too small"}]},
    {"rma": "RMA-2", "line": 3, "order": "#R1", "lines": [{"line": 3, "sku": "SKU-1", "quantity": "2"}]},
    {"rma": "RMA-3", "line": 4, "order": "#R1", "lines": [{"line": 4, "sku": "SKU-2", "quantity": "1"}]},
    {"rma": "RMA-4", "line": 5, "order": "#R1", "lines": [{"line": 5, "sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-5", "line": 6, "order": "#R2", "lines": [{"line": 6, "sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-6", "line": 7, "order": "#R1", "lines": [{"line": 7, "sku": "NOPE", "quantity": "1"}]}
  ]$$) - 'rejected', '{"imported": 3, "unchanged": 0}', 'three RMAs in');
SELECT is((SELECT return_path || ' ' || value_minor FROM master.return_auth WHERE id = 'RMA-1'), 'refund_only 1250',
          'worth less than 20.00: refunded without coming back');
SELECT is((SELECT return_path FROM master.return_auth WHERE id = 'RMA-2'), 'inspect_at_hub', '25.00: inspected');
SELECT is((SELECT return_path FROM master.return_auth WHERE id = 'RMA-3'), 'return_with_proof', '450.00: with proof');
SELECT is((SELECT customer_reason FROM master.return_line WHERE rma_id = 'RMA-1'), 'too small', 'the reason is kept');
SELECT is((SELECT shipment_id || ' ' || tracking_number FROM master.return_auth WHERE id = 'RMA-1'), '#R1-1 RT1',
          'with its package and return tracking number');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int) FROM jsonb_array_elements(master.import_returns('WH1', $$[
    {"rma": "RMA-4", "line": 5, "order": "#R1", "lines": [{"line": 5, "sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-5", "line": 6, "order": "#R2", "lines": [{"line": 6, "sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-6", "line": 7, "order": "#R1", "lines": [{"line": 7, "sku": "NOPE", "quantity": "1"}]},
    {"rma": "RMA 7; DROP TABLE master.stock", "line": 8, "order": "#R1", "lines": [{"sku": "SKU-2", "quantity": "1"}]},
    {"rma": "RMA-8", "line": 9, "order": "#R1", "lines": [{"line": 9, "sku": "SKU-2", "quantity": "1"}]}
  ]$$) -> 'rejected') r), '["quantity", "order", "sku", "rma", "quantity"]'::jsonb,
          'more than the order has left, another warehouse''s order, a SKU not on it, a bad id: refused');
SELECT is((SELECT count(*)::int FROM master.return_auth WHERE id IN ('RMA-4', 'RMA-5', 'RMA-6', 'RMA-8')), 0,
          'a refused RMA leaves nothing behind');
SELECT is(master.import_returns('WH1', '[{"rma": "RMA-1", "order": "#R1", "lines": [{"sku": "SKU-1", "quantity": "1"}]}]')
          -> 'unchanged', '1', 'an RMA imported again is unchanged');
SELECT is((master.set_return_rule('WH1', 5000, 40000)).return_refund_below_minor, 5000::bigint, 'the rule can be changed');
SELECT throws_ok($$ SELECT master.set_return_rule('WH1', 500, 400) $$, '22023', NULL, 'a refund limit above the proof limit is refused');
-- The customer's history (version 16): the same name, postal code and country, spelled loosely.
INSERT INTO master.orders (id, warehouse_id, destination_country, customer_name, postal_code) VALUES
    ('#C1', 'WH1', 'ES', 'Ana López', '28001'), ('#C2', 'WH1', 'ES', 'ana lópez ', '28 001'),
    ('#C3', 'WH2', 'ES', 'ANA LÓPEZ', '28001'), ('#C4', 'WH1', 'ES', 'Ana López', '28001'),
    ('#C5', 'WH1', 'ES', 'Ana López', '08001'), ('#C6', 'WH1', 'ES', 'Ana López', '28001');
INSERT INTO master.order_line (order_id, line_no, sku, quantity, unit_value_minor)
SELECT o, 1, 'SKU-1', 2, 1250 FROM unnest(ARRAY['#C1', '#C2', '#C3', '#C4', '#C5', '#C6']) o;
INSERT INTO master.return_auth (id, order_id, warehouse_id, return_path, created_at) VALUES
    ('RMA-OLD', '#C1', 'WH1', 'refund_only', now() - interval '400 days');
SELECT is(master.import_returns('WH1', $$[
    {"rma": "RMA-C1", "order": "#C1", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-C2", "order": "#C2", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-C4", "order": "#C4", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"rma": "RMA-C5", "order": "#C5", "lines": [{"sku": "SKU-1", "quantity": "1"}]}
  ]$$) - 'rejected', '{"imported": 4, "unchanged": 0}', 'four cheap returns of one name');
SELECT is((SELECT string_agg(id || ' ' || return_path, ', ' ORDER BY id) FROM master.return_auth WHERE id LIKE 'RMA-C%'),
          'RMA-C1 refund_only, RMA-C2 refund_only, RMA-C4 refund_only, RMA-C5 refund_only',
          'up to three returns in a year (one over a year ago does not count, another postal code is another customer)');
SELECT is(master.import_returns('WH2', '[{"rma": "RMA-C3", "order": "#C3", "lines": [{"sku": "SKU-1", "quantity": "1"}]}]')
          ->> 'imported', '1', 'a fourth at another warehouse');
SELECT is((SELECT return_path FROM master.return_auth WHERE id = 'RMA-C3'), 'return_with_proof',
          'the customer''s fourth return in a year comes back with proof, however cheap');
SELECT is((master.set_return_rule('WH1', NULL, NULL, 0)).return_proof_after_returns || ' '
          || (SELECT return_refund_below_minor FROM master.warehouse WHERE id = 'WH1'), '0 5000',
          'the customer check turned off; what was not given stays');
SELECT is(master.import_returns('WH1', '[{"rma": "RMA-C6", "order": "#C6", "lines": [{"sku": "SKU-1", "quantity": "1"}]}]')
          ->> 'imported', '1', 'a fifth return');
SELECT is((SELECT return_path FROM master.return_auth WHERE id = 'RMA-C6'), 'refund_only',
          'with the check off, value alone decides');
SELECT throws_ok($$ SELECT master.set_return_rule('WH1', NULL, NULL, -1) $$, '22023', NULL, 'a negative return count is refused');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT throws_ok($$ SELECT master.import_returns('WH1', '[]') $$, '42501', NULL, 'a station cannot announce returns');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
