<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheMessages</name>
    <message>
        <source>The cache file %1 does not exist. Nothing was created. Start with --demo for a demo cache, or create one with floorctl demo-data.</source>
        <translation>Die Cache-Datei %1 existiert nicht. Es wurde nichts angelegt. Starten Sie mit --demo für einen Demo-Cache oder legen Sie einen mit floorctl demo-data an.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read (%2). Check that it is a file this user may read.</source>
        <translation>Die Cache-Datei %1 kann nicht gelesen werden (%2). Prüfen Sie, ob es eine Datei ist, die dieser Benutzer lesen darf.</translation>
    </message>
    <message>
        <source>The cache file %1 is read-only (%2). A station must record its scans: make the file and its folder writable. Nothing was written.</source>
        <translation>Die Cache-Datei %1 ist schreibgeschützt (%2). Eine Station muss ihre Scans speichern: Machen Sie die Datei und ihren Ordner beschreibbar. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The cache file was damaged (%1). It was kept and moved aside to %2. Rebuild the cache from the master, or create a new demo cache.</source>
        <translation>Die Cache-Datei war beschädigt (%1). Sie wurde aufbewahrt und nach %2 verschoben. Bauen Sie den Cache aus dem Zentralbestand neu auf oder legen Sie einen neuen Demo-Cache an.</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Warehouse Floor (%2). Update this app; the file was not changed.</source>
        <translation>Die Cache-Datei %1 wurde von einer neueren Version von Warehouse Floor geschrieben (%2). Aktualisieren Sie diese App; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The cache could not be opened: %1 (%2)</source>
        <translation>Der Cache konnte nicht geöffnet werden: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemLookup</name>
    <message>
        <source>%1 has a wrong check digit: a misread or a damaged label. Scan again or type the code.</source>
        <translation>%1 hat eine falsche Prüfziffer: ein Lesefehler oder ein beschädigtes Etikett. Erneut scannen oder den Code eintippen.</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a known barcode or SKU.</source>
        <translation>%1 ist ein unbekannter Barcode bzw. eine unbekannte SKU.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Badge %1 is not known at this station. Ask a supervisor.</source>
        <translation>Ausweis %1 ist an dieser Station unbekannt. Fragen Sie eine Schichtleitung.</translation>
    </message>
    <message>
        <source>Badge %1 is no longer active. Ask a supervisor.</source>
        <translation>Ausweis %1 ist nicht mehr aktiv. Fragen Sie eine Schichtleitung.</translation>
    </message>
    <message>
        <source>%1, enter your PIN.</source>
        <translation>%1, geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute, then scan your badge again.</source>
        <translation>Zu viele falsche PINs. Warten Sie eine Minute und scannen Sie dann Ihren Ausweis erneut.</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>Scannen Sie zuerst Ihren Ausweis.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
</context>
<context>
    <name>ScanGate</name>
    <message>
        <source>Nothing was scanned. Scan again.</source>
        <translation>Es wurde nichts gescannt. Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scan is %1 characters long; no barcode here is longer than %2. Check the scanner settings and scan again.</source>
        <translation>Der Scan ist %1 Zeichen lang; kein Barcode hier ist länger als %2. Prüfen Sie die Scanner-Einstellungen und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>The scan holds a control character (code %1) at position %2. Check the scanner's suffix and keyboard settings, then scan again.</source>
        <translation>Der Scan enthält ein Steuerzeichen (Code %1) an Position %2. Prüfen Sie Suffix und Tastatureinstellung des Scanners und scannen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>TrainingHints</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Unbekannter Ausweis</translation>
    </message>
    <message>
        <source>Unit barcode of %1</source>
        <translation>Stück-Barcode von %1</translation>
    </message>
    <message>
        <source>Case barcode of %1</source>
        <translation>Karton-Barcode von %1</translation>
    </message>
    <message>
        <source>SKU typed by hand</source>
        <translation>SKU von Hand eingetippt</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unbekannter Barcode</translation>
    </message>
    <message>
        <source>Misread (wrong check digit)</source>
        <translation>Lesefehler (falsche Prüfziffer)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warehouse Floor</source>
        <translation>Warehouse Floor</translation>
    </message>
    <message>
        <source>The demo cache could not be created at %1.</source>
        <translation>Der Demo-Cache konnte unter %1 nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>wf::ui::HomeScreen</name>
    <message>
        <source>Choose a mode</source>
        <translation>Wählen Sie eine Tätigkeit</translation>
    </message>
    <message>
        <source>Hello %1: choose a mode</source>
        <translation>Hallo %1: Wählen Sie eine Tätigkeit</translation>
    </message>
    <message>
        <source>1  Pick</source>
        <translation>1  Kommissionieren</translation>
    </message>
    <message>
        <source>2  Pack</source>
        <translation>2  Packen</translation>
    </message>
    <message>
        <source>3  Returns</source>
        <translation>3  Retouren</translation>
    </message>
    <message>
        <source>4  Lookup</source>
        <translation>4  Artikel suchen</translation>
    </message>
    <message>
        <source>5  Sync</source>
        <translation>5  Abgleich</translation>
    </message>
    <message>
        <source>6  Supervisor</source>
        <translation>6  Schichtleitung</translation>
    </message>
    <message>
        <source>Log out (F12)</source>
        <translation>Abmelden (F12)</translation>
    </message>
</context>
<context>
    <name>wf::ui::LoginScreen</name>
    <message>
        <source>Scan your badge</source>
        <translation>Scannen Sie Ihren Ausweis</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Supervisor PIN, then Enter</source>
        <translation>PIN der Schichtleitung, dann Enter</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>wf::ui::LookupScreen</name>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>%1 (bundle)</source>
        <translation>%1 (Set)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>HS code missing</source>
        <translation>HS-Code fehlt</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>HS %1</translation>
    </message>
    <message>
        <source>origin missing</source>
        <translation>Ursprung fehlt</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>Ursprung %1</translation>
    </message>
    <message>
        <source>%1 g · %2 × %3 × %4 mm</source>
        <translation>%1 g · %2 × %3 × %4 mm</translation>
    </message>
    <message>
        <source>%1 on hand, %2 available</source>
        <translation>%1 am Lager, %2 verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2/day × %3 days + %4 safety)</source>
        <translation>%1 (%2/Tag × %3 Tage + %4 Sicherheitsbestand)</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Barcode oder SKU scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Packing class</source>
        <translation>Verpackungsklasse</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Weight and size</source>
        <translation>Gewicht und Maße</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 barcode %2, one unit per scan</source>
        <translation>%1-Barcode %2, ein Stück pro Scan</translation>
    </message>
    <message>
        <source>%1 barcode %2, %3 units per scan</source>
        <translation>%1-Barcode %2, %3 Stück pro Scan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>zerbrechlich</translation>
    </message>
    <message>
        <source>apparel</source>
        <translation>Bekleidung</translation>
    </message>
    <message>
        <source>electronics</source>
        <translation>Elektronik</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>pick face</source>
        <translation>Greifplatz</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Sperrlager</translation>
    </message>
</context>
<context>
    <name>wf::ui::MainWindow</name>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Operator %1 (%2)</source>
        <translation>Mitarbeiter %1 (%2)</translation>
    </message>
    <message>
        <source>Cache %1</source>
        <translation>Cache %1</translation>
    </message>
    <message>
        <source>Pending movements: cache unreadable</source>
        <translation>Offene Bewegungen: Cache nicht lesbar</translation>
    </message>
    <message>
        <source>Pending movements: %1</source>
        <translation>Offene Bewegungen: %1</translation>
    </message>
    <message>
        <source>Warehouse Floor (training)</source>
        <translation>Warehouse Floor (Schulung)</translation>
    </message>
    <message>
        <source>Warehouse Floor</source>
        <translation>Warehouse Floor</translation>
    </message>
    <message>
        <source>TRAINING: demo data. Nothing you scan here leaves this computer.</source>
        <translation>SCHULUNG: Demodaten. Nichts, was Sie hier scannen, verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>wf::ui::PlaceholderScreen</name>
    <message>
        <source>Pick</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>This mode is not in this version yet; it arrives in a coming release. Lookup works now. Press Esc to go back.</source>
        <translation>Diese Tätigkeit gibt es in dieser Version noch nicht; sie kommt mit einer der nächsten Versionen. Artikel suchen funktioniert schon. Esc führt zurück.</translation>
    </message>
</context>
<context>
    <name>wf::ui::ScanSimulatorPanel</name>
    <message>
        <source>Scan simulator: pick a barcode and press Scan (red ones are wrong on purpose)</source>
        <translation>Scan-Simulator: Barcode wählen und Scannen drücken (rote sind absichtlich falsch)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Nothing to scan on this screen.</source>
        <translation>Auf diesem Bildschirm gibt es nichts zu scannen.</translation>
    </message>
</context>
</TS>