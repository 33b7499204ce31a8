-- Included by each pgTAP file (\ir): a movement as a station writes it, with a UUID made from its
-- sequence number so that a test can name it again. Absent (NULL) fields are left out.
CREATE FUNCTION pg_temp.mv(station text, seq bigint, kind text, quantity jsonb, from_location jsonb,
                           to_location jsonb, sku text DEFAULT 'SKU-1') RETURNS jsonb
LANGUAGE sql AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'uuid', '0190a1b2-0000-7000-8000-' || lpad(seq::text, 12, '0'), 'station_id', station,
        'station_seq', seq, 'kind', kind, 'sku', sku, 'quantity', quantity, 'from_location_id', from_location,
        'to_location_id', to_location, 'reference', 'tap', 'operator_badge', 'P1001',
        'created_at', 1790000000000))
$$;
-- The master's answer for one movement pushed alone, as jsonb.
CREATE FUNCTION pg_temp.push_one(m jsonb) RETURNS jsonb
LANGUAGE sql AS $$ SELECT (master.push_movements(jsonb_build_array(m))::jsonb) -> 0 $$;
-- What the owner sees of SKU-1 at a location: on_hand/reserved/hold (read as the superuser).
CREATE FUNCTION pg_temp.stock_of(location bigint, sku text DEFAULT 'SKU-1') RETURNS text
LANGUAGE sql AS $$
    SELECT coalesce((SELECT on_hand || '/' || reserved || '/' || hold FROM master.stock s
                      WHERE s.sku = stock_of.sku AND s.location_id = location), 'none')
$$;
