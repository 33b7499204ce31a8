-- Version 14: the station's stock is the master's last pulled figure plus what its own movements,
-- not yet acknowledged by the master, do to it — as the master will apply them (master version 6:
-- pick, short and ship take on hand and reserved from their bin; a pick puts both into its tote's
-- staging; a short to hold and return_hold add on hand and hold; return_restock adds on hand;
-- pack changes nothing). Before, the station read the master's figure alone: offline, a bin this
-- station had emptied still showed its units, and the next pick list sent a picker to it. The
-- master's figure stays in stock_position beside the station's (master_on_hand …) for Lookup.
-- Each unsent movement is found by its SKU and bin through the two partial indexes below, which
-- hold only the queue.
CREATE INDEX movement_unsent_from ON movement(sku, from_location_id) WHERE state IN ('pending', 'sent');
CREATE INDEX movement_unsent_to ON movement(sku, to_location_id) WHERE state IN ('pending', 'sent');

DROP VIEW stock_position;
CREATE VIEW stock_position AS
SELECT v.sku, v.location_id, v.location_code, v.zone, v.location_kind, v.pick_sequence, v.on_hand, v.reserved,
       v.inbound, v.hold, v.on_hand - v.reserved - v.hold AS available, v.master_on_hand, v.master_reserved,
       v.master_hold
FROM (SELECT p.sku, p.location_id, p.location_code, p.zone, p.location_kind, p.pick_sequence,
             p.master_on_hand - p.taken + p.put AS on_hand,
             max(p.master_reserved - p.taken + p.put_reserved, 0) AS reserved, -- units the master never reserved
             p.inbound, p.master_hold + p.put_hold AS hold, p.master_on_hand, p.master_reserved, p.master_hold
FROM (SELECT s.sku, s.location_id, l.code AS location_code, l.zone, l.kind AS location_kind, l.pick_sequence,
             s.on_hand AS master_on_hand, s.reserved AS master_reserved, s.inbound, s.hold AS master_hold,
             (SELECT coalesce(sum(m.quantity), 0) FROM movement m
               WHERE m.sku = s.sku AND m.from_location_id = s.location_id AND m.state IN ('pending', 'sent')
                 AND m.kind IN ('pick', 'short', 'ship')) AS taken,
             (SELECT coalesce(sum(m.quantity), 0) FROM movement m
               WHERE m.sku = s.sku AND m.to_location_id = s.location_id AND m.state IN ('pending', 'sent')
                 AND m.kind IN ('pick', 'short', 'return_hold', 'return_restock')) AS put,
             (SELECT coalesce(sum(m.quantity), 0) FROM movement m
               WHERE m.sku = s.sku AND m.to_location_id = s.location_id AND m.state IN ('pending', 'sent')
                 AND m.kind = 'pick') AS put_reserved,
             (SELECT coalesce(sum(m.quantity), 0) FROM movement m
               WHERE m.sku = s.sku AND m.to_location_id = s.location_id AND m.state IN ('pending', 'sent')
                 AND m.kind IN ('short', 'return_hold')) AS put_hold
        FROM stock s JOIN location l ON l.id = s.location_id) p) v;
