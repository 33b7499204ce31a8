-- Master version 16: the return rule weighs who returns, not only what.
--
-- Version 11's rule looked at an RMA's value alone, so a customer who sends back every order got a
-- refund without sending anything back as long as each item was cheap. The rule now has a risk
-- threshold per warehouse: a customer with return_proof_after_returns or more RMAs in the last 365
-- days (on any warehouse's orders) returns with proof whatever the value; 0 turns it off. The
-- default, 3, means a fourth return in a year is looked at. A customer is the order's name,
-- postal code and country, compared without case and spaces: shops export no customer id that
-- survives a change of shop.

ALTER TABLE master.warehouse
    ADD COLUMN return_proof_after_returns integer NOT NULL DEFAULT 3
        CONSTRAINT warehouse_return_risk CHECK (return_proof_after_returns BETWEEN 0 AND 1000);

CREATE INDEX orders_by_customer ON master.orders (lower(btrim(customer_name)), destination_country);

-- How many other RMAs the customer of p_order has had in the last 365 days.
CREATE FUNCTION master.customer_returns(p_order text, p_rma text) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT count(*)::integer
      FROM master.orders mine
      JOIN master.orders o ON lower(btrim(o.customer_name)) = lower(btrim(mine.customer_name))
                          AND o.destination_country = mine.destination_country
                          AND upper(replace(o.postal_code, ' ', '')) = upper(replace(mine.postal_code, ' ', ''))
      JOIN master.return_auth a ON a.order_id = o.id
     WHERE mine.id = p_order AND btrim(mine.customer_name) <> '' AND a.id <> p_rma
       AND a.created_at > now() - interval '365 days'
$$;

CREATE FUNCTION master.return_path_for(p_warehouse text, value_minor bigint, p_order text, p_rma text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, master, pg_temp AS $$
    SELECT CASE WHEN w.return_proof_after_returns > 0
                     AND master.customer_returns(p_order, p_rma) >= w.return_proof_after_returns
                THEN 'return_with_proof'
                ELSE master.return_path_for(p_warehouse, value_minor) END
      FROM master.warehouse w WHERE w.id = p_warehouse
$$;

-- The rule, with the risk threshold; a NULL keeps that part of the rule as it is.
DROP FUNCTION master.set_return_rule(text, bigint, bigint);
CREATE FUNCTION master.set_return_rule(p_warehouse text, p_refund_below_minor bigint, p_proof_from_minor bigint,
                                       p_proof_after_returns integer DEFAULT NULL)
RETURNS master.warehouse
LANGUAGE plpgsql SET search_path = pg_catalog, master, pg_temp AS $$
DECLARE
    rule master.warehouse;
    result master.warehouse;
    below bigint;
    proof bigint;
    risk integer;
BEGIN
    PERFORM master.known_warehouse(p_warehouse);
    SELECT * INTO rule FROM master.warehouse w WHERE w.id = p_warehouse;
    below := coalesce(p_refund_below_minor, rule.return_refund_below_minor);
    proof := coalesce(p_proof_from_minor, rule.return_proof_from_minor);
    risk := coalesce(p_proof_after_returns, rule.return_proof_after_returns);
    IF below < 0 OR below > proof OR proof > 100000000 THEN
        RAISE EXCEPTION 'the refund-only limit must be 0 or more and at most the proof limit (up to 1000000.00)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF risk NOT BETWEEN 0 AND 1000 THEN
        RAISE EXCEPTION 'the number of returns in a year that asks for proof must be 0 (off) to 1000'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE master.warehouse SET return_refund_below_minor = below, return_proof_from_minor = proof,
                                return_proof_after_returns = risk
     WHERE id = p_warehouse RETURNING * INTO result;
    RETURN result;
END $$;

-- One RMA, as in version 11: why it cannot be taken (field and reason), or written and NULL. Its
-- path now weighs the customer too.
CREATE OR REPLACE FUNCTION master.import_one_return(p_warehouse text, r jsonb, OUT field text, OUT reason text, OUT bad_line integer)
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
    UPDATE master.return_auth SET value_minor = total, return_path = master.return_path_for(p_warehouse, total, ord.id, rma)
     WHERE id = rma;
    field := NULL; reason := NULL; bad_line := NULL;
EXCEPTION WHEN raise_exception THEN
    -- A refused line refuses the whole RMA: what was written of it is undone with the block.
    RETURN;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC;

INSERT INTO master.schema_version (version) VALUES (16);
