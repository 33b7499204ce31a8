<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheMessages</name>
    <message>
        <source>The cache file %1 does not exist. Nothing was created. Start with --demo for a demo cache, or create one with floorctl demo-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read (%2). Check that it is a file this user may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is read-only (%2). A station must record its scans: make the file and its folder writable. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file was damaged (%1). It was kept and moved aside to %2. Rebuild the cache from the master, or create a new demo cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Warehouse Floor (%2). Update this app; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be opened: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemLookup</name>
    <message>
        <source>%1 has a wrong check digit: a misread or a damaged label. Scan again or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known barcode or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge %1 is not known at this station. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge %1 is no longer active. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute, then scan your badge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanGate</name>
    <message>
        <source>Nothing was scanned. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is %1 characters long; no barcode here is longer than %2. Check the scanner settings and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan holds a control character (code %1) at position %2. Check the scanner&apos;s suffix and keyboard settings, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingHints</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit barcode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case barcode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misread (wrong check digit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warehouse Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cache could not be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::HomeScreen</name>
    <message>
        <source>Choose a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1: choose a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6  Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::LoginScreen</name>
    <message>
        <source>Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor PIN, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::LookupScreen</name>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 barcode %2, counts %n unit(s) per scan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HS code missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g · %2 × %3 × %4 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on hand, %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/day × %3 days + %4 safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::MainWindow</name>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending movements: cache unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending movements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse Floor (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: demo data. Nothing you scan here leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::PlaceholderScreen</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode is not in this version yet; it arrives in a coming release. Lookup works now. Press Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::ui::ScanSimulatorPanel</name>
    <message>
        <source>Scan simulator: pick a barcode and press Scan (red ones are wrong on purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
