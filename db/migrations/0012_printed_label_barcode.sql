-- The barcode the package's last printed label carries. A carrier tracking number can reach the
-- station after the label was printed (with the SSCC as its barcode): the bench compares this with
-- the package's current barcode and has the label printed again before the package ships.
ALTER TABLE shipment ADD COLUMN printed_barcode TEXT NOT NULL DEFAULT '';
-- Labels printed before this version: what the package's label carries now is all that is known.
UPDATE shipment
   SET printed_barcode = CASE WHEN label_barcode <> '' THEN label_barcode
                              WHEN tracking_number <> '' THEN tracking_number
                              ELSE sscc END
 WHERE label_prints > 0;
