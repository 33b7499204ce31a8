-- Version 7: packing. The boxes the station packs into, the playbook prompts a packer
-- acknowledged on each package, and what the pack station records on a shipment: the service
-- actually used when a destination rule asked for another, a weight accepted by a supervisor
-- outside the tolerance, the labels printed.

CREATE TABLE box_type (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    inner_length_mm INTEGER NOT NULL CHECK (inner_length_mm > 0),
    inner_width_mm  INTEGER NOT NULL CHECK (inner_width_mm > 0),
    inner_height_mm INTEGER NOT NULL CHECK (inner_height_mm > 0),
    tare_g          INTEGER NOT NULL CHECK (tare_g >= 0),
    max_weight_g    INTEGER NOT NULL CHECK (max_weight_g > 0)
) WITHOUT ROWID;

INSERT INTO box_type VALUES
    ('BOX-S', 'Small box', 250, 180, 100, 120, 5000),
    ('BOX-M', 'Medium box', 350, 250, 150, 220, 10000),
    ('BOX-L', 'Large box', 450, 350, 250, 380, 20000),
    ('BOX-XL', 'Extra large box', 600, 400, 400, 650, 30000);

CREATE TABLE pack_prompt (
    shipment_id     TEXT NOT NULL REFERENCES shipment(id),
    prompt_code     TEXT NOT NULL,
    prompt_text     TEXT NOT NULL,
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (shipment_id, prompt_code)
) WITHOUT ROWID;

ALTER TABLE shipment ADD COLUMN weight_override_by TEXT NOT NULL DEFAULT '';
ALTER TABLE shipment ADD COLUMN label_prints INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shipment ADD COLUMN label_verified_by TEXT NOT NULL DEFAULT '';

CREATE INDEX shipment_by_label ON shipment(label_barcode) WHERE label_barcode <> '';
CREATE INDEX pick_tote_by_tote ON pick_tote(tote) WHERE tote <> '';

-- The playbook a station starts with when nobody has written one (a supervisor edits it on the
-- Pack screen; the master's rules replace these when they arrive).
INSERT INTO packing_rule (id, packing_class, min_items, prompt_code, prompt_text)
SELECT id, packing_class, min_items, prompt_code, prompt_text FROM (
          SELECT 1 AS id, 'fragile' AS packing_class, 1 AS min_items, 'extra_protection' AS prompt_code,
                 'Wrap each fragile item in bubble wrap; fill voids' AS prompt_text
    UNION ALL SELECT 2, 'apparel', 1, 'poly_bag_size_label', 'Fold into a poly bag; apply the size label'
    UNION ALL SELECT 3, 'electronics', 1, 'shock_protection', 'Use shock protection: foam corners or air pillows'
    UNION ALL SELECT 4, 'liquid', 1, 'sealed_bag', 'Seal the liquid in a leak-proof bag, upright'
    UNION ALL SELECT 5, 'battery', 1, 'battery_label', 'Apply the lithium battery handling label'
    UNION ALL SELECT 6, '*', 2, 'separate_items', 'Separate items inside the box with dividers or paper')
WHERE NOT EXISTS (SELECT 1 FROM packing_rule);
