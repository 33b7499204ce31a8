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
