-- Master version 11: returns announced from outside (a shop's return requests, a returns portal)
-- become RMAs whose path follows the warehouse's rule.
--
-- The rule, per warehouse: a return worth less than return_refund_below_minor is refunded without
-- coming back (refund_only); one worth return_proof_from_minor or more comes back with proof
-- (return_with_proof: photos, serials); the rest is inspected at the hub. The defaults are the
-- demo's 20 and 300 in the warehouse's currency; set_return_rule changes them. import_returns
-- takes whole RMAs ([{rma, line, order, tracking, lines: [{line, sku, quantity, reason}]}]); each
-- line must be on the order, and no more units than the order has left to return.

ALTER TABLE master.warehouse
    ADD COLUMN return_refund_below_minor bigint NOT NULL DEFAULT 2000,
    ADD COLUMN return_proof_from_minor   bigint NOT NULL DEFAULT 30000,
    ADD CONSTRAINT warehouse_return_rule
        CHECK (0 <= return_refund_below_minor AND return_refund_below_minor <= return_proof_from_minor);

ALTER TABLE master.return_line ADD COLUMN customer_reason text NOT NULL DEFAULT '' CHECK (length(customer_reason) <= 200);

CREATE FUNCTION master.set_return_rule(p_warehouse text, p_refund_below_minor bigint, p_proof_from_minor bigint)
RETURNS master.warehouse
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    result master.warehouse;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    IF p_refund_below_minor IS NULL OR p_proof_from_minor IS NULL OR p_refund_below_minor < 0
       OR p_refund_below_minor > p_proof_from_minor OR p_proof_from_minor > 100000000 THEN
        RAISE EXCEPTION 'the refund-only limit must be 0 or more and at most the proof limit (up to 1000000.00)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE master.warehouse SET return_refund_below_minor = p_refund_below_minor,
                                return_proof_from_minor = p_proof_from_minor
     WHERE id = p_warehouse RETURNING * INTO result;
    RETURN result;
END $$;

CREATE FUNCTION master.return_path_for(p_warehouse text, value_minor bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT CASE WHEN value_minor < w.return_refund_below_minor THEN 'refund_only'
                WHEN value_minor >= w.return_proof_from_minor THEN 'return_with_proof'
                ELSE 'inspect_at_hub' END
      FROM master.warehouse w WHERE w.id = p_warehouse
$$;

-- One RMA: why it cannot be taken (field and reason), or written and NULL.
CREATE FUNCTION master.import_one_return(p_warehouse text, r jsonb, OUT field text, OUT reason text, OUT bad_line integer)
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    rma text := btrim(r ->> 'rma');
    ord master.orders;
    l jsonb;
    n integer := 0;
    v_sku text;
    v_qty integer;
    open_units integer;
    unit_value bigint;
    total bigint := 0;
BEGIN
    bad_line := master.row_line(r);
    IF rma IS NULL OR rma !~ '^[A-Za-z0-9#][A-Za-z0-9#._/-]{0,63}$' THEN
        field := 'rma'; reason := format('RMA id ''%s'' must be 1 to 64 letters, digits, # . _ / or -', coalesce(rma, ''));
        RETURN;
    END IF;
    SELECT * INTO ord FROM master.orders o WHERE o.id = btrim(r ->> 'order');
    IF NOT FOUND OR ord.warehouse_id <> p_warehouse THEN
        field := 'order';
        reason := format('order ''%s'' is not an order of warehouse %s', coalesce(r ->> 'order', ''), p_warehouse);
        RETURN;
    END IF;
    IF ord.status = 'cancelled' THEN
        field := 'order'; reason := format('order %s was cancelled: nothing of it was shipped to come back', ord.id);
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM master.return_auth a WHERE a.id = rma) THEN
        field := 'unchanged';
        IF (SELECT a.order_id FROM master.return_auth a WHERE a.id = rma) <> ord.id THEN
            field := 'rma'; reason := format('RMA %s is on the master already for another order', rma);
        END IF;
        RETURN;
    END IF;
    IF jsonb_typeof(r -> 'lines') IS DISTINCT FROM 'array' OR jsonb_array_length(r -> 'lines') = 0 THEN
        field := 'rma'; reason := format('RMA %s has no lines', rma);
        RETURN;
    END IF;
    IF coalesce(length(r ->> 'tracking'), 0) > 40 THEN
        field := 'tracking'; reason := 'a return tracking number is at most 40 characters';
        RETURN;
    END IF;
    INSERT INTO master.return_auth (id, order_id, warehouse_id, return_path, value_minor, tracking_number, shipment_id,
                                    currency)
    VALUES (rma, ord.id, p_warehouse, 'inspect_at_hub', 0, coalesce(btrim(r ->> 'tracking'), ''),
            (SELECT min(s.id) FROM master.shipment s WHERE s.order_id = ord.id), ord.currency);
    FOR l IN SELECT * FROM jsonb_array_elements(r -> 'lines') LOOP
        n := n + 1;
        bad_line := coalesce(master.row_line(l), master.row_line(r));
        v_sku := btrim(l ->> 'sku');
        IF NOT master.is_whole_between(l ->> 'quantity', 1, 100000) THEN
            field := 'quantity'; reason := format('quantity ''%s'' is not a whole number from 1', coalesce(l ->> 'quantity', ''));
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        v_qty := (l ->> 'quantity')::integer;
        SELECT sum(ol.quantity), max(ol.unit_value_minor) INTO open_units, unit_value
          FROM master.order_line ol WHERE ol.order_id = ord.id AND ol.sku = v_sku AND NOT ol.non_stock;
        IF open_units IS NULL THEN
            field := 'sku'; reason := format('SKU ''%s'' is not on order %s', coalesce(v_sku, ''), ord.id);
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        open_units := open_units - coalesce((SELECT sum(rl.quantity) FROM master.return_line rl
                                               JOIN master.return_auth a ON a.id = rl.rma_id
                                              WHERE a.order_id = ord.id AND rl.sku = v_sku), 0);
        IF v_qty > open_units THEN
            field := 'quantity';
            reason := format('order %s has %s units of %s left to return, not %s', ord.id, open_units, v_sku, v_qty);
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        IF length(coalesce(l ->> 'reason', '')) > 200 THEN
            field := 'reason'; reason := 'a return reason is at most 200 characters';
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'refused';
        END IF;
        INSERT INTO master.return_line (rma_id, line_no, sku, quantity, unit_value_minor, customer_reason)
        VALUES (rma, n, v_sku, v_qty, unit_value, coalesce(btrim(l ->> 'reason'), ''));
        total := total + v_qty * unit_value;
    END LOOP;
    UPDATE master.return_auth SET value_minor = total, return_path = master.return_path_for(p_warehouse, total)
     WHERE id = rma;
    field := NULL; reason := NULL; bad_line := NULL;
EXCEPTION WHEN raise_exception THEN
    -- A refused line refuses the whole RMA: what was written of it is undone with the block.
    RETURN;
END $$;

-- Imports whole RMAs. Returns {imported, unchanged, rejected: [{line, field, error}]}.
CREATE FUNCTION master.import_returns(p_warehouse text, p_returns jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    r jsonb;
    answer record;
    imported integer := 0;
    unchanged integer := 0;
    refused jsonb[] := '{}';
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    PERFORM master.rows_of(p_returns, 50000);
    FOR r IN SELECT * FROM jsonb_array_elements(p_returns) LOOP
        IF jsonb_typeof(r) IS DISTINCT FROM 'object' THEN
            refused := array_append(refused, jsonb_build_object('line', 0, 'field', 'row', 'error', 'not an object'));
            CONTINUE;
        END IF;
        answer := master.import_one_return(p_warehouse, r);
        IF answer.field IS NULL THEN
            imported := imported + 1;
        ELSIF answer.field = 'unchanged' THEN
            unchanged := unchanged + 1;
        ELSE
            refused := array_append(refused, jsonb_build_object('line', coalesce(answer.bad_line, master.row_line(r), 0),
                                                                'field', answer.field, 'error', answer.reason));
        END IF;
    END LOOP;
    RETURN jsonb_build_object('imported', imported, 'unchanged', unchanged, 'rejected', to_jsonb(refused));
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (11);
