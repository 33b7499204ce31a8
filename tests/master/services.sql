-- A warehouse's carriers and services, and an order's service from them (version 12).
BEGIN;
\ir helpers.sql
SELECT plan(10);

SELECT is(master.import_services('WH1', $$[
    {"line": 2, "code": "DHL-DE", "carrier": "DHL", "destinations": "DE", "transit_days": "1", "cutoff": "15:00",
     "methods": "DHL Paket", "default": "yes"},
    {"line": 3, "code": "UPS-EXP", "carrier": "UPS", "destinations": "*", "transit_days": "2", "cutoff": "12:00",
     "methods": "UPS Express; Express"},
    {"line": 4, "code": "DHL-WORLD", "carrier": "DHL", "destinations": "*", "transit_days": "6", "cutoff": "14:00", "default": "yes"},
    {"line": 5, "code": "BAD CODE", "carrier": "X", "destinations": "DE"},
    {"line": 6, "code": "X1", "carrier": "X", "destinations": "Germany"},
    {"line": 7, "code": "X2", "carrier": "X", "destinations": "DE", "cutoff": "25:00"},
    {"line": 8, "code": "DHL-DE", "carrier": "DHL", "destinations": "AT"}]$$) - 'rejected',
          '{"imported": 3, "unchanged": 0}', 'three services in');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int) FROM jsonb_array_elements(master.import_services('WH1', $$[
    {"line": 5, "code": "BAD CODE", "carrier": "X", "destinations": "DE"},
    {"line": 6, "code": "X1", "carrier": "X", "destinations": "Germany"},
    {"line": 7, "code": "X2", "carrier": "X", "destinations": "DE", "cutoff": "25:00"},
    {"line": 8, "code": "X3", "carrier": "", "destinations": "DE"},
    {"line": 9, "code": "X4", "carrier": "X", "destinations": "DE", "transit_days": "-1"}]$$) -> 'rejected') r),
          '["code", "destinations", "cutoff", "carrier", "transit_days"]'::jsonb, 'each bad field is named');

SELECT master.import_orders('WH1', $$[
    {"id": "#S1", "country": "DE", "method": "DHL Paket", "ordered_at": "2026-11-30 09:00:00+01", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#S2", "country": "FR", "method": "UPS Express", "ordered_at": "2026-11-30 13:00:00+01", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#S3", "country": "US", "method": "Standard", "ordered_at": "2026-11-30 16:00:00+01", "lines": [{"sku": "SKU-1", "quantity": "1"}]},
    {"id": "#S4", "country": "DE", "ordered_at": "2026-11-30 16:30:00+01", "lines": [{"sku": "SKU-1", "quantity": "1"}]}
  ]$$);
SELECT is((SELECT service_level || ' ' || carrier FROM master.orders WHERE id = '#S1'), 'DHL-DE DHL', 'the shop''s method names the service');
SELECT is((SELECT ship_by FROM master.orders WHERE id = '#S1'), '2026-11-30 15:00:00+01'::timestamptz, 'ship-by: that day''s cut-off');
SELECT is((SELECT service_level FROM master.orders WHERE id = '#S2'), 'UPS-EXP', 'a method of a service for every country');
SELECT is((SELECT ship_by FROM master.orders WHERE id = '#S2'), '2026-12-01 12:00:00+01'::timestamptz,
          'after the cut-off: the next day''s');
SELECT is((SELECT service_level FROM master.orders WHERE id = '#S3'), 'DHL-WORLD', 'an unknown method: the destination''s default');
SELECT is((SELECT service_level FROM master.orders WHERE id = '#S4'), 'DHL-DE', 'no method: the country''s own default first');
SELECT is((SELECT carrier || ' ' || service FROM master.shipment WHERE id = '#S2-1'), 'UPS UPS-EXP',
          'the package carries the carrier and service');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT throws_ok($$ SELECT master.import_services('WH1', '[]') $$, '42501', NULL, 'a station cannot add services');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
