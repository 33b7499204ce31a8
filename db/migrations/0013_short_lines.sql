-- What of a package's line was not picked, and why (not_found, damaged, no_stock …): the pack
-- bench expects the rest, and a line no pick face could give is short from the start.
ALTER TABLE shipment_line ADD COLUMN short_qty INTEGER NOT NULL DEFAULT 0 CHECK (short_qty >= 0);
ALTER TABLE shipment_line ADD COLUMN short_reason TEXT NOT NULL DEFAULT '';
UPDATE shipment_line
   SET short_qty = min(quantity, (SELECT sum(k.short_qty) FROM pick_task k
                                   WHERE k.shipment_id = shipment_line.shipment_id AND k.line_no = shipment_line.line_no)),
       short_reason = (SELECT max(k.short_reason) FROM pick_task k
                        WHERE k.shipment_id = shipment_line.shipment_id AND k.line_no = shipment_line.line_no
                          AND k.short_qty > 0)
 WHERE EXISTS (SELECT 1 FROM pick_task k
                WHERE k.shipment_id = shipment_line.shipment_id AND k.line_no = shipment_line.line_no AND k.short_qty > 0);
