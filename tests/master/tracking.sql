-- Tracking numbers after the fact and the product-data report (version 10).
BEGIN;
\ir helpers.sql
SELECT plan(12);

INSERT INTO master.orders (id, warehouse_id, destination_country) VALUES ('#T1', 'WH1', 'GB'), ('#T2', 'WH1', 'US'),
    ('#T3', 'WH2', 'FR');
INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES ('#T1-1', '#T1', 'WH1'), ('#T2-1', '#T2', 'WH1'),
    ('#T2-2', '#T2', 'WH1'), ('#T3-1', '#T3', 'WH2');

SELECT is(master.import_tracking('WH1', $$[
    {"line": 2, "order": "#T1", "tracking": "JJD0001234567890", "carrier": "DHL", "service": "Paket International"},
    {"line": 3, "shipment": "#T2-2", "tracking": "1Z999AA10123456784", "carrier": "UPS"},
    {"line": 4, "order": "#T2", "tracking": "1Z999AA10123456785"},
    {"line": 5, "shipment": "#T3-1", "tracking": "CC123456789FR"},
    {"line": 6, "order": "#T1", "tracking": "JJD0001234567891"},
    {"line": 7, "shipment": "#T2-1", "tracking": "x"},
    {"line": 8, "shipment": "#T2-1", "tracking": "ok123; DROP TABLE master.shipment"}]$$) - 'rejected',
          '{"imported": 2, "unchanged": 0}', 'two packages get their numbers');
SELECT is((SELECT tracking_number || ' ' || carrier || ' ' || service FROM master.shipment WHERE id = '#T1-1'),
          'JJD0001234567890 DHL Paket International', 'by its order when the order has one package');
SELECT is((SELECT tracking_number FROM master.shipment WHERE id = '#T2-2'), '1Z999AA10123456784',
          'by its shipment id otherwise');
SELECT is((SELECT jsonb_agg(r ->> 'field' ORDER BY (r ->> 'line')::int) FROM jsonb_array_elements(master.import_tracking('WH1', $$[
    {"line": 4, "order": "#T2", "tracking": "1Z999AA10123456785"},
    {"line": 5, "shipment": "#T3-1", "tracking": "CC123456789FR"},
    {"line": 6, "order": "#T1", "tracking": "JJD0001234567891"},
    {"line": 7, "order": "#T1", "tracking": "JJD0001234567892"},
    {"line": 8, "shipment": "#T2-1", "tracking": "x"},
    {"line": 9, "shipment": "#T2-1", "tracking": "ok123; DROP TABLE master.shipment"}]$$) -> 'rejected') r),
          '["order", "shipment", "shipment", "tracking", "tracking"]'::jsonb,
          'an order of two packages, a package of another warehouse, a package twice, bad numbers: refused');
SELECT is((SELECT tracking_number FROM master.shipment WHERE id = '#T3-1'), '', 'WH2''s package is untouched');
SELECT is((SELECT tracking_number FROM master.shipment WHERE id = '#T1-1'), 'JJD0001234567891',
          'a new number for a package replaces the old');
SELECT is(master.import_tracking('WH1', '[{"order": "#T1", "tracking": "JJD0001234567891"}]') -> 'unchanged', '1',
          'the same number again is unchanged');

-- The product-data report.
UPDATE master.product SET weight_g = 350, length_mm = 120, width_mm = 90, height_mm = 100, hs_code = '691200',
       origin_country = 'PT', customs_description = 'Stoneware mug', declared_value_minor = 1250 WHERE sku = 'SKU-1';
INSERT INTO master.barcode (code, sku) VALUES ('4006381333931', 'SKU-1');
SELECT is((SELECT count(*)::int FROM master.product_data_report('WH1') WHERE sku = 'SKU-1'), 0,
          'a product with everything is not listed');
SELECT is((SELECT count(*)::int FROM master.product_data_report('WH1', true) WHERE sku = 'SKU-1'), 1,
          'unless every product is asked for');
SELECT is((SELECT missing FROM master.product_data_report('WH1') WHERE sku = 'SKU-2'),
          ARRAY['barcode', 'weight', 'dimensions', 'hs_code', 'origin', 'customs_description', 'declared_value', 'bin'],
          'a bare product lacks all of it');
SELECT is((SELECT bins FROM master.product_data_report('WH1', true) WHERE sku = 'SKU-1'), 'A-1',
          'bins are the warehouse''s');
SET SESSION AUTHORIZATION wf_st_st_tap_1;
SELECT throws_ok($$ SELECT master.import_tracking('WH1', '[]') $$, '42501', NULL, 'a station cannot set tracking numbers');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
