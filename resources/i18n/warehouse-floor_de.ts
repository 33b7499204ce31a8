<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheFailure</name>
    <message>
        <source>The station&apos;s cache failed and nothing was recorded. Scan again; if it fails again, call a supervisor (the station&apos;s log says why).</source>
        <translation>Der Cache der Station hat versagt, nichts wurde erfasst. Noch einmal scannen; schlägt es wieder fehl, die Schichtleitung rufen (das Protokoll der Station nennt den Grund).</translation>
    </message>
</context>
<context>
    <name>CacheMessages</name>
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
    <message>
        <source>The cache file %1 does not exist. Nothing was created. Make a station&apos;s cache from the master with floorctl station init --db %1 --master URL --station ID, or start with --demo for a demo cache.</source>
        <translation>Die Cache-Datei %1 existiert nicht. Es wurde nichts angelegt. Legen Sie den Cache einer Station vom Master an mit floorctl station init --db %1 --master URL --station ID, oder starten Sie mit --demo für einen Demo-Cache.</translation>
    </message>
</context>
<context>
    <name>CameraScanSource</name>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
</context>
<context>
    <name>FloorLabels</name>
    <message>
        <source>Not in the bin</source>
        <translation>Nicht im Lagerplatz</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Fewer than listed</source>
        <translation>Weniger als angegeben</translation>
    </message>
    <message>
        <source>Another item in the bin</source>
        <translation>Anderer Artikel im Lagerplatz</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Nicht mehr gewollt</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Beim Transport beschädigt</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — wie neu</translation>
    </message>
    <message>
        <source>B — opened, as good as new</source>
        <translation>B — geöffnet, neuwertig</translation>
    </message>
    <message>
        <source>C — signs of use</source>
        <translation>C — Gebrauchsspuren</translation>
    </message>
    <message>
        <source>D — faulty or broken</source>
        <translation>D — fehlerhaft oder kaputt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Zurück ins Lager</translation>
    </message>
    <message>
        <source>To hold</source>
        <translation>Ins Sperrlager</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Refund only, nothing comes back</source>
        <translation>Nur Erstattung, nichts kommt zurück</translation>
    </message>
    <message>
        <source>Inspect here</source>
        <translation>Hier prüfen</translation>
    </message>
    <message>
        <source>Inspect with photo proof</source>
        <translation>Prüfen mit Fotonachweis</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Zerbrechlich</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Kleidung</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Elektronik</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>Jede Klasse</translation>
    </message>
    <message>
        <source>Do not ship</source>
        <translation>Nicht versenden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Andere Versandart</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Bestand knapp</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>Weight off</source>
        <translation>Gewicht abweichend</translation>
    </message>
    <message>
        <source>Customs data missing</source>
        <translation>Zolldaten fehlen</translation>
    </message>
    <message>
        <source>Wrong label</source>
        <translation>Falsches Etikett</translation>
    </message>
    <message>
        <source>Not allowed to the destination</source>
        <translation>Ins Zielland nicht erlaubt</translation>
    </message>
    <message>
        <source>Order in several packages</source>
        <translation>Auftrag in mehreren Paketen</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Serial number differs</source>
        <translation>Seriennummer weicht ab</translation>
    </message>
    <message>
        <source>Wrong item returned</source>
        <translation>Falscher Artikel zurückgeschickt</translation>
    </message>
    <message>
        <source>Picked too many</source>
        <translation>Zu viel entnommen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Wrong PIN at login</source>
        <translation>Falsche PIN bei der Anmeldung</translation>
    </message>
    <message>
        <source>Wrong PIN at an approval</source>
        <translation>Falsche PIN bei einer Freigabe</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>Package shipped</source>
        <translation>Paket versandt</translation>
    </message>
    <message>
        <source>Weight accepted by a supervisor</source>
        <translation>Gewicht von der Schichtleitung freigegeben</translation>
    </message>
    <message>
        <source>Short pick accepted by a supervisor</source>
        <translation>Fehlmenge von der Schichtleitung freigegeben</translation>
    </message>
    <message>
        <source>Restock of a low grade approved</source>
        <translation>Einlagerung trotz niedriger Bewertung freigegeben</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <source>Label printed again</source>
        <translation>Etikett erneut gedruckt</translation>
    </message>
    <message>
        <source>Packing step confirmed</source>
        <translation>Packschritt bestätigt</translation>
    </message>
    <message>
        <source>Playbook changed</source>
        <translation>Packregeln geändert</translation>
    </message>
    <message>
        <source>Shipping service changed</source>
        <translation>Versandart geändert</translation>
    </message>
    <message>
        <source>Exception resolved</source>
        <translation>Ausnahme erledigt</translation>
    </message>
    <message>
        <source>Return back to stock</source>
        <translation>Retoure zurück ins Lager</translation>
    </message>
    <message>
        <source>Return to hold</source>
        <translation>Retoure ins Sperrlager</translation>
    </message>
    <message>
        <source>Return refunded</source>
        <translation>Retoure erstattet</translation>
    </message>
    <message>
        <source>Return replaced</source>
        <translation>Retoure ersetzt</translation>
    </message>
    <message>
        <source>Return graded</source>
        <translation>Retoure bewertet</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Retoure eingegangen</translation>
    </message>
    <message>
        <source>Return being checked</source>
        <translation>Retoure in Prüfung</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Retoure abgeschlossen</translation>
    </message>
    <message>
        <source>Return photo attached</source>
        <translation>Foto zur Retoure angehängt</translation>
    </message>
    <message>
        <source>Scanner settings changed</source>
        <translation>Scanner-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Pick settings changed</source>
        <translation>Pick-Einstellungen geändert</translation>
    </message>
    <message>
        <source>picker</source>
        <translation>Kommissionierer</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>returns clerk</source>
        <translation>Retourenbearbeitung</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB-Scanner</translation>
    </message>
    <message>
        <source>serial scanner</source>
        <translation>serieller Scanner</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>getippt</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Small box</source>
        <translation>Kleiner Karton</translation>
    </message>
    <message>
        <source>Medium box</source>
        <translation>Mittlerer Karton</translation>
    </message>
    <message>
        <source>Large box</source>
        <translation>Großer Karton</translation>
    </message>
    <message>
        <source>Extra large box</source>
        <translation>Extragroßer Karton</translation>
    </message>
    <message>
        <source>Wrap each fragile item in bubble wrap; fill voids</source>
        <translation>Jeden zerbrechlichen Artikel in Luftpolsterfolie wickeln; Hohlräume füllen</translation>
    </message>
    <message>
        <source>Fold into a poly bag; apply the size label</source>
        <translation>In einen Folienbeutel falten; das Größenetikett aufkleben</translation>
    </message>
    <message>
        <source>Use shock protection: foam corners or air pillows</source>
        <translation>Stoßschutz verwenden: Schaumstoffecken oder Luftkissen</translation>
    </message>
    <message>
        <source>Seal the liquid in a leak-proof bag, upright</source>
        <translation>Die Flüssigkeit aufrecht in einem auslaufsicheren Beutel verschließen</translation>
    </message>
    <message>
        <source>Apply the lithium battery handling label</source>
        <translation>Das Lithium-Batterie-Etikett aufkleben</translation>
    </message>
    <message>
        <source>Separate items inside the box with dividers or paper</source>
        <translation>Artikel im Karton mit Trennern oder Papier trennen</translation>
    </message>
    <message>
        <source>No pick face holds it</source>
        <translation>Kein Greifplatz führt es</translation>
    </message>
</context>
<context>
    <name>Gs1LabelGatherer</name>
    <message>
        <source>this barcode says (%1) %2, the label&apos;s other says %3</source>
        <translation>dieser Barcode sagt (%1) %2, der andere Barcode des Etiketts %3</translation>
    </message>
    <message>
        <source>not one label: %1; scan the label again</source>
        <translation>kein einzelnes Etikett: %1; das Etikett erneut scannen</translation>
    </message>
    <message>
        <source>scan the rest of the label: (%1) %2</source>
        <translation>die übrigen Barcodes des Etiketts scannen: (%1) %2</translation>
    </message>
</context>
<context>
    <name>Gs1Linters</name>
    <message>
        <source>month %1 is not a month</source>
        <translation>Monat %1 ist kein Monat</translation>
    </message>
    <message>
        <source>day %1 is not a day of month %2 of %3</source>
        <translation>Tag %1 gibt es im Monat %2 des Jahres %3 nicht</translation>
    </message>
    <message>
        <source>check digit %1 is wrong, it should be %2</source>
        <translation>Prüfziffer %1 ist falsch, richtig wäre %2</translation>
    </message>
    <message>
        <source>too short for its check characters</source>
        <translation>zu kurz für die Prüfzeichen</translation>
    </message>
    <message>
        <source>holds a character outside GS1 character set 82</source>
        <translation>enthält ein Zeichen außerhalb des GS1-Zeichensatzes 82</translation>
    </message>
    <message>
        <source>check characters %1 are wrong, they should be %2</source>
        <translation>Prüfzeichen %1 sind falsch, richtig wären %2</translation>
    </message>
    <message>
        <source>is not an IBAN: no country code</source>
        <translation>ist keine IBAN: kein Ländercode</translation>
    </message>
    <message>
        <source>is not an IBAN: only digits and capital letters</source>
        <translation>ist keine IBAN: nur Ziffern und Großbuchstaben erlaubt</translation>
    </message>
    <message>
        <source>IBAN check digits are wrong</source>
        <translation>IBAN-Prüfziffern sind falsch</translation>
    </message>
    <message>
        <source>has a &apos;%&apos; that is not followed by two hex digits</source>
        <translation>enthält ein &apos;%&apos; ohne zwei folgende Hex-Ziffern</translation>
    </message>
    <message>
        <source>piece %1 of %2 is not possible</source>
        <translation>Teil %1 von %2 ist nicht möglich</translation>
    </message>
    <message>
        <source>is not a position in a sequence such as 2/5</source>
        <translation>ist keine Position in einer Folge wie 2/5</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 is not a valid %2</source>
        <translation>%1 ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code</source>
        <translation>%1 ist kein ISO-3166-Ländercode</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>yes/no flag</source>
        <translation>Ja/Nein-Kennzeichen</translation>
    </message>
    <message>
        <source>zero digit</source>
        <translation>Ziffer Null</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <source>ISO 5218 sex code</source>
        <translation>Geschlechtscode nach ISO 5218</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>is not a GS1 media type</source>
        <translation>ist kein GS1-Medientyp</translation>
    </message>
    <message>
        <source>is not an importer index</source>
        <translation>ist kein Importeursindex</translation>
    </message>
</context>
<context>
    <name>Gs1Parser</name>
    <message>
        <source>&apos;%1&apos; is not a digit</source>
        <translation>&apos;%1&apos; ist keine Ziffer</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; is not allowed here</source>
        <translation>Zeichen &apos;%1&apos; ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 characters are too few, it needs %2</source>
        <translation>%1 Zeichen sind zu wenig, nötig sind %2</translation>
    </message>
    <message>
        <source>%1 characters are too many, at most %2</source>
        <translation>%1 Zeichen sind zu viele, höchstens %2</translation>
    </message>
    <message>
        <source>(%1) is not a GS1 Application Identifier</source>
        <translation>(%1) ist kein GS1-Datenbezeichner</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>appears twice with different values</source>
        <translation>kommt zweimal mit verschiedenen Werten vor</translation>
    </message>
    <message>
        <source>no GS1 Application Identifier at position %1 (%2)</source>
        <translation>kein GS1-Datenbezeichner an Position %1 (%2)</translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation>keine GS1-Daten</translation>
    </message>
    <message>
        <source>a bracketed GS1 string starts with (AI)</source>
        <translation>eine GS1-Klammerschreibweise beginnt mit (AI)</translation>
    </message>
    <message>
        <source>not a valid GS1 Digital Link URI</source>
        <translation>kein gültiger GS1-Digital-Link-URI</translation>
    </message>
    <message>
        <source>the URI holds no GS1 Digital Link primary key</source>
        <translation>der URI enthält keinen GS1-Digital-Link-Primärschlüssel</translation>
    </message>
    <message>
        <source>qualifiers %1 are not allowed in this order after (%2)</source>
        <translation>Qualifikatoren %1 sind nach (%2) in dieser Reihenfolge nicht erlaubt</translation>
    </message>
    <message>
        <source>may not be a Digital Link attribute</source>
        <translation>darf kein Digital-Link-Attribut sein</translation>
    </message>
    <message>
        <source>may not be combined with (%1)</source>
        <translation>darf nicht zusammen mit (%1) vorkommen</translation>
    </message>
    <message>
        <source>needs one of %1 with it</source>
        <translation>braucht einen davon dazu: %1</translation>
    </message>
    <message>
        <source>GTIN %1 has a wrong check digit</source>
        <translation>GTIN %1 hat eine falsche Prüfziffer</translation>
    </message>
    <message>
        <source>not GS1 data</source>
        <translation>keine GS1-Daten</translation>
    </message>
    <message>
        <source>%1 characters are more than any barcode holds (%2)</source>
        <translation>%1 Zeichen sind mehr, als ein Barcode enthält (%2)</translation>
    </message>
</context>
<context>
    <name>ItemLookup</name>
    <message>
        <source>%1 has a wrong check digit: a misread or a damaged label. Scan again or type the code.</source>
        <translation>%1 hat eine falsche Prüfziffer: ein Lesefehler oder ein beschädigtes Etikett. Erneut scannen oder den Code eintippen.</translation>
    </message>
    <message>
        <source>%1 is not a known barcode or SKU.</source>
        <translation>%1 ist ein unbekannter Barcode bzw. eine unbekannte SKU.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The GS1 barcode is not valid: %1</source>
        <translation>Der GS1-Barcode ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>KeyboardWedge</name>
    <message>
        <source>The scanner types with another keyboard layout: &quot;%1&quot; should be &quot;%2&quot;. Set the scanner&apos;s keyboard country to this station&apos;s layout (a setup barcode in its manual), or use its USB serial mode.</source>
        <translation>Der Scanner tippt mit einer anderen Tastaturbelegung: &quot;%1&quot; sollte &quot;%2&quot; sein. Stellen Sie das Tastaturland des Scanners auf die Belegung dieser Station ein (ein Einstell-Barcode im Handbuch) oder nutzen Sie seinen seriellen USB-Modus.</translation>
    </message>
</context>
<context>
    <name>ModeAccess</name>
    <message>
        <source>Log in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>%1 may not pick.</source>
        <translation>%1 darf nicht kommissionieren.</translation>
    </message>
    <message>
        <source>%1 may not pack.</source>
        <translation>%1 darf nicht packen.</translation>
    </message>
    <message>
        <source>%1 may not process returns.</source>
        <translation>%1 darf keine Retouren bearbeiten.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor.</source>
        <translation>%1 ist keine Schichtleitung.</translation>
    </message>
    <message>
        <source>%1 may not use this mode.</source>
        <translation>%1 darf diesen Modus nicht nutzen.</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
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
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>PickSession</name>
    <message>
        <source>No shipment awaits picking.</source>
        <translation>Keine Sendung wartet auf Kommissionierung.</translation>
    </message>
    <message>
        <source>No pick list: open Pick again.</source>
        <translation>Keine Pickliste: Kommissionieren erneut öffnen.</translation>
    </message>
    <message>
        <source>Scan tote %1 for order %2.</source>
        <translation>Behälter %1 für Auftrag %2 scannen.</translation>
    </message>
    <message>
        <source>Pick list done. Take the totes to packing.</source>
        <translation>Pickliste fertig. Bringen Sie die Behälter zum Packen.</translation>
    </message>
    <message>
        <source>Go to bin %1 and scan it.</source>
        <translation>Gehen Sie zu Lagerplatz %1 und scannen Sie ihn.</translation>
    </message>
    <message>
        <source>Pick %1 × %2 into tote %3.</source>
        <translation>%1 × %2 in Behälter %3 legen.</translation>
    </message>
    <message>
        <source>Tote %1 is already used for order %2. Take an empty tote.</source>
        <translation>Behälter %1 ist schon für Auftrag %2 belegt. Nehmen Sie einen leeren Behälter.</translation>
    </message>
    <message>
        <source>%1 is a bin or a product, not a tote. Scan the tote&apos;s label.</source>
        <translation>%1 ist ein Lagerplatz oder ein Artikel, kein Behälter. Scannen Sie das Etikett des Behälters.</translation>
    </message>
    <message>
        <source>Tote %1 is for order %2. %3</source>
        <translation>Behälter %1 ist für Auftrag %2. %3</translation>
    </message>
    <message>
        <source>Bin %1. Pick %2 × %3 (%4) into tote %5.</source>
        <translation>Lagerplatz %1. %2 × %3 (%4) in Behälter %5 legen.</translation>
    </message>
    <message>
        <source>Wrong bin: this is %1, the task is at %2.</source>
        <translation>Falscher Lagerplatz: Das ist %1, die Aufgabe liegt bei %2.</translation>
    </message>
    <message>
        <source>%1 is not a known barcode.</source>
        <translation>%1 ist kein bekannter Barcode.</translation>
    </message>
    <message>
        <source>Scan bin %1 first.</source>
        <translation>Scannen Sie zuerst Lagerplatz %1.</translation>
    </message>
    <message>
        <source>Wrong item: %1 (%2). The task is %3 (%4). Put it back.</source>
        <translation>Falscher Artikel: %1 (%2). Die Aufgabe ist %3 (%4). Legen Sie ihn zurück.</translation>
    </message>
    <message>
        <source>Too many: this scan counts %1, only %2 are left to pick.</source>
        <translation>Zu viele: Dieser Scan zählt %1, nur noch %2 sind zu kommissionieren.</translation>
    </message>
    <message>
        <source>Serial %1 is not the one this order needs (%2).</source>
        <translation>Seriennummer %1 ist nicht die für diesen Auftrag (%2).</translation>
    </message>
    <message>
        <source>Lot %1 is not the one this order needs (%2).</source>
        <translation>Charge %1 ist nicht die für diesen Auftrag (%2).</translation>
    </message>
    <message>
        <source>%1 × %2 in tote %3: task done.</source>
        <translation>%1 × %2 in Behälter %3: Aufgabe erledigt.</translation>
    </message>
    <message>
        <source>%1 of %2 × %3 in tote %4.</source>
        <translation>%1 von %2 × %3 in Behälter %4.</translation>
    </message>
    <message>
        <source>%1 × %2 short (%3); order %4 ships partial.</source>
        <translation>%1 × %2 fehlen (%3); Auftrag %4 geht als Teillieferung.</translation>
    </message>
    <message>
        <source>Type a quantity from 1 to %1.</source>
        <translation>Geben Sie eine Menge von 1 bis %1 ein.</translation>
    </message>
    <message>
        <source>Type a quantity first.</source>
        <translation>Geben Sie zuerst eine Menge ein.</translation>
    </message>
    <message>
        <source>Give a reason: %1.</source>
        <translation>Geben Sie einen Grund an: %1.</translation>
    </message>
    <message>
        <source>A supervisor must approve this short pick: badge and PIN.</source>
        <translation>Eine Schichtleitung muss diese Fehlmenge freigeben: Ausweis und PIN.</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>Nichts wartet auf eine Schichtleitung.</translation>
    </message>
    <message>
        <source>Unknown key: %1.</source>
        <translation>Unbekannte Taste: %1.</translation>
    </message>
    <message>
        <source>Scan one %1 first; then the quantity key counts the rest (%2 left after it).</source>
        <translation>Scannen Sie zuerst ein %1; dann zählt die Mengentaste den Rest (danach noch %2).</translation>
    </message>
    <message>
        <source>Confirm %1 × %2 into tote %3? Enter confirms, Esc cancels.</source>
        <translation>%1 × %2 in Kiste %3 bestätigen? Enter bestätigt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Pick %1 × %2 into tote %3: this order needs serial %4; scan the barcode that carries it.</source>
        <translation>%1 × %2 in Behälter %3 entnehmen: Dieser Auftrag braucht die Seriennummer %4; scannen Sie den Barcode, der sie trägt.</translation>
    </message>
    <message>
        <source>This order needs serial %1: scan the barcode on the item that carries it (GS1 with (21), or the serial label).</source>
        <translation>Dieser Auftrag braucht die Seriennummer %1: Scannen Sie den Barcode am Artikel, der sie trägt (GS1 mit (21) oder das Seriennummernetikett).</translation>
    </message>
    <message>
        <source>This order needs lot %1: scan the barcode on the item that carries it (GS1 with (10)).</source>
        <translation>Dieser Auftrag braucht die Charge %1: Scannen Sie den Barcode am Artikel, der sie trägt (GS1 mit (10)).</translation>
    </message>
    <message>
        <source>Pick list done, but no pick face held %1: not picked; their packages go without them (see the exceptions). Take the totes to packing.</source>
        <translation>Pickliste fertig, aber kein Greifplatz führte %1: nicht gepickt; die Pakete gehen ohne sie (siehe Ausnahmen). Die Behälter zum Packen bringen.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>That badge and PIN cannot approve this.</source>
        <translation>Mit diesem Ausweis und dieser PIN kann das nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this badge. Try again after %1.</source>
        <translation>Zu viele falsche PINs für diesen Ausweis. Erneut versuchen nach %1 Uhr.</translation>
    </message>
    <message>
        <source>Tries left before this badge is locked for 15 minutes: %1.</source>
        <translation>Versuche, bevor dieser Ausweis für 15 Minuten gesperrt wird: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnSession</name>
    <message>
        <source>Scan the RMA, order or return tracking number.</source>
        <translation>Scannen Sie die RMA, den Auftrag oder die Rücksende-Sendungsnummer.</translation>
    </message>
    <message>
        <source>Low value: nothing comes back. Refund each line (F7).</source>
        <translation>Geringer Wert: Nichts kommt zurück. Erstatten Sie jede Position (F7).</translation>
    </message>
    <message>
        <source>Scan each returned item, then grade it.</source>
        <translation>Scannen Sie jeden zurückgekommenen Artikel und bewerten Sie ihn.</translation>
    </message>
    <message>
        <source>%1 is not an RMA, order or return tracking number we expect.</source>
        <translation>%1 ist keine erwartete RMA, kein Auftrag und keine Rücksende-Sendungsnummer.</translation>
    </message>
    <message>
        <source>%1 is closed: every line was refunded or replaced.</source>
        <translation>%1 ist abgeschlossen: Jede Position wurde erstattet oder ersetzt.</translation>
    </message>
    <message>
        <source>refund without return</source>
        <translation>Erstattung ohne Rücksendung</translation>
    </message>
    <message>
        <source>return with proof: photo and serial</source>
        <translation>Rücksendung mit Nachweis: Foto und Seriennummer</translation>
    </message>
    <message>
        <source>inspect at the hub</source>
        <translation>Prüfung im Lager</translation>
    </message>
    <message>
        <source>%1 for order %2, %3: %4. %5</source>
        <translation>%1 zu Auftrag %2, %3: %4. %5</translation>
    </message>
    <message>
        <source>%1 is not a known barcode.</source>
        <translation>%1 ist kein bekannter Barcode.</translation>
    </message>
    <message>
        <source>%1 (%2) is not part of %3. Put it aside for a supervisor.</source>
        <translation>%1 (%2) gehört nicht zu %3. Legen Sie ihn für die Schichtleitung beiseite.</translation>
    </message>
    <message>
        <source>Nothing comes back for this return: refund the line without return (F7).</source>
        <translation>Bei dieser Retoure kommt nichts zurück: Erstatten Sie die Position ohne Rücksendung (F7).</translation>
    </message>
    <message>
        <source>Line %1 (%2) was already received; it is %3.</source>
        <translation>Position %1 (%2) ist bereits eingegangen; Status %3.</translation>
    </message>
    <message>
        <source>Received, but serial %1 is not the one shipped (%2): this cannot be restocked.</source>
        <translation>Eingegangen, aber Seriennummer %1 ist nicht die versandte (%2): So kann der Artikel nicht eingelagert werden.</translation>
    </message>
    <message>
        <source>Line %1: %2 received. Grade it (A–D) with a reason.</source>
        <translation>Position %1: %2 eingegangen. Bewerten Sie ihn (A–D) mit einem Grund.</translation>
    </message>
    <message>
        <source>Scan an item of the return, or choose a line.</source>
        <translation>Scannen Sie einen Artikel der Retoure oder wählen Sie eine Position.</translation>
    </message>
    <message>
        <source>Line %1 is %2: nothing follows.</source>
        <translation>Position %1 ist %2: Es folgt kein weiterer Schritt.</translation>
    </message>
    <message>
        <source>Line %1 is %2: it can only become %3, not %4.</source>
        <translation>Position %1 ist %2: Sie kann nur %3 werden, nicht %4.</translation>
    </message>
    <message>
        <source>Line %1 was changed meanwhile; look again.</source>
        <translation>Position %1 wurde inzwischen geändert; bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>Line %1: %2, %3.</source>
        <translation>Position %1: %2, %3.</translation>
    </message>
    <message>
        <source>%1 has no line %2.</source>
        <translation>%1 hat keine Position %2.</translation>
    </message>
    <message>
        <source>Unknown key: %1.</source>
        <translation>Unbekannte Taste: %1.</translation>
    </message>
    <message>
        <source>Grade A (as new), B (opened), C (damaged) or D (unsellable).</source>
        <translation>Bewertung A (wie neu), B (geöffnet), C (beschädigt) oder D (unverkäuflich).</translation>
    </message>
    <message>
        <source>Give a reason: %1.</source>
        <translation>Geben Sie einen Grund an: %1.</translation>
    </message>
    <message>
        <source>Line %1 graded %2 (%3). Approve for restock (F5) or reject to hold (F6).</source>
        <translation>Position %1 mit %2 bewertet (%3). Zur Einlagerung freigeben (F5) oder ins Sperrlager (F6).</translation>
    </message>
    <message>
        <source>Scan or type the serial number (up to 64 characters).</source>
        <translation>Scannen oder tippen Sie die Seriennummer (bis 64 Zeichen).</translation>
    </message>
    <message>
        <source>Serial %1 is not the one shipped (%2): this cannot be restocked.</source>
        <translation>Seriennummer %1 ist nicht die versandte (%2): So kann der Artikel nicht eingelagert werden.</translation>
    </message>
    <message>
        <source>Serial %1 recorded.</source>
        <translation>Seriennummer %1 erfasst.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>Das Foto %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 ist kein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>The proof folder %1 cannot be created.</source>
        <translation>Der Nachweisordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The photo could not be stored in %1.</source>
        <translation>Das Foto konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Photo attached to line %1.</source>
        <translation>Foto an Position %1 angehängt.</translation>
    </message>
    <message>
        <source>High value: attach a photo of the item before approving.</source>
        <translation>Hoher Wert: Hängen Sie vor der Freigabe ein Foto des Artikels an.</translation>
    </message>
    <message>
        <source>Scan the item&apos;s serial: it must be %1 (scanned: %2).</source>
        <translation>Scannen Sie die Seriennummer des Artikels: Sie muss %1 sein (gescannt: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Grade %1 goes back to stock only with a supervisor: badge and PIN.</source>
        <translation>Bewertung %1 kommt nur mit der Schichtleitung zurück ins Lager: Ausweis und PIN.</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3 back to stock. Refund (F7) or replace (F8).</source>
        <translation>Position %1: %2 × %3 zurück ins Lager. Erstatten (F7) oder ersetzen (F8).</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3 to hold. Refund (F7) or replace (F8).</source>
        <translation>Position %1: %2 × %3 ins Sperrlager. Erstatten (F7) oder ersetzen (F8).</translation>
    </message>
    <message>
        <source>Line %1 refunded.</source>
        <translation>Position %1 erstattet.</translation>
    </message>
    <message>
        <source>Line %1: a replacement is sent.</source>
        <translation>Position %1: Ersatz wird versandt.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>Nichts wartet auf die Schichtleitung.</translation>
    </message>
</context>
<context>
    <name>ScanFrameAssembler</name>
    <message>
        <source>A scan of %1 bytes arrived; the limit is %2. It was ignored: check the scanner&apos;s mode and terminator.</source>
        <translation>Ein Scan mit %1 Bytes kam an; die Grenze ist %2. Er wurde verworfen: Prüfen Sie Modus und Abschlusszeichen des Scanners.</translation>
    </message>
    <message>
        <source>The scanner sent a NUL byte: the scan was ignored. A wrong baud rate or a loose cable does this.</source>
        <translation>Der Scanner hat ein NUL-Byte gesendet: Der Scan wurde verworfen. Das kommt von einer falschen Baudrate oder einem lockeren Kabel.</translation>
    </message>
    <message>
        <source>The scanner sent control characters: the scan was ignored. Check the baud rate and the terminator setting.</source>
        <translation>Der Scanner hat Steuerzeichen gesendet: Der Scan wurde verworfen. Prüfen Sie Baudrate und Abschlusszeichen.</translation>
    </message>
    <message>
        <source>The scanner sent bytes that are not text: the scan was ignored. Check the baud rate, data bits and parity.</source>
        <translation>Der Scanner hat Bytes gesendet, die kein Text sind: Der Scan wurde verworfen. Prüfen Sie Baudrate, Datenbits und Parität.</translation>
    </message>
    <message>
        <source>The scanner sent a symbology identifier without data.</source>
        <translation>Der Scanner hat eine Symbologiekennung ohne Daten gesendet.</translation>
    </message>
    <message>
        <source>The scanner went away in the middle of a scan; the %1 bytes that arrived were not used. Scan again.</source>
        <translation>Der Scanner wurde mitten im Scan getrennt; die %1 angekommenen Bytes wurden nicht verwendet. Bitte erneut scannen.</translation>
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
        <source>The scan holds a control character (code %1) at position %2. Check the scanner&apos;s suffix and keyboard settings, then scan again.</source>
        <translation>Der Scan enthält ein Steuerzeichen (Code %1) an Position %2. Prüfen Sie Suffix und Tastatureinstellung des Scanners und scannen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ScriptedStation</name>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Lookup.</source>
        <translation>Artikel suchen.</translation>
    </message>
    <message>
        <source>Unknown mode: %1</source>
        <translation>Unbekannte Tätigkeit: %1</translation>
    </message>
    <message>
        <source>Choose a mode first.</source>
        <translation>Wählen Sie zuerst eine Tätigkeit.</translation>
    </message>
    <message>
        <source>No open exception %1.</source>
        <translation>Keine offene Ausnahme %1.</translation>
    </message>
</context>
<context>
    <name>SerialScale</name>
    <message>
        <source>%1: %2; trying again in %3 s</source>
        <translation>%1: %2; neuer Versuch in %3 s</translation>
    </message>
</context>
<context>
    <name>SerialScanSource</name>
    <message>
        <source>%1: %2; trying again in %3 s</source>
        <translation>%1: %2; neuer Versuch in %3 s</translation>
    </message>
</context>
<context>
    <name>SupervisorBadge</name>
    <message>
        <source>Badge %1: enter the PIN, then Enter.</source>
        <translation>Ausweis %1: PIN eingeben, dann Enter.</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <source>Only a supervisor changes this.</source>
        <translation>Nur die Schichtleitung ändert das.</translation>
    </message>
    <message>
        <source>Say why it is changed.</source>
        <translation>Bitte angeben, warum es geändert wird.</translation>
    </message>
    <message>
        <source>Saved and recorded in the audit trail.</source>
        <translation>Gespeichert und im Prüfprotokoll erfasst.</translation>
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
    <name>TypedWeight</name>
    <message>
        <source>Type the weight as 1.88 (%1), 1880 g, 1.88 kg, 4.1 lb or 66 oz.</source>
        <translation>Gewicht eingeben als 1,88 (%1), 1880 g, 1,88 kg, 4,1 lb oder 66 oz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight. %2</source>
        <translation>„%1“ ist kein Gewicht. %2</translation>
    </message>
    <message>
        <source>%1 %2 is not the weight of a parcel (above 0, at most 70 kg). %3</source>
        <translation>%1 %2 ist nicht das Gewicht eines Pakets (über 0, höchstens 70 kg). %3</translation>
    </message>
</context>
<context>
    <name>VerdictCodes</name>
    <message>
        <source>Confirm the checklist</source>
        <translation>Checkliste bestätigen</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Bereits erhalten</translation>
    </message>
    <message>
        <source>Already shipped</source>
        <translation>Bereits versandt</translation>
    </message>
    <message>
        <source>Bin confirmed</source>
        <translation>Lagerplatz bestätigt</translation>
    </message>
    <message>
        <source>Scan the bin first</source>
        <translation>Zuerst den Lagerplatz scannen</translation>
    </message>
    <message>
        <source>Box chosen</source>
        <translation>Karton gewählt</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>Cache-Fehler</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>Änderung erfasst</translation>
    </message>
    <message>
        <source>Close the package</source>
        <translation>Paket schließen</translation>
    </message>
    <message>
        <source>Control character in the scan</source>
        <translation>Steuerzeichen im Scan</translation>
    </message>
    <message>
        <source>Customs data missing</source>
        <translation>Zolldaten fehlen</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>Leerer Scan</translation>
    </message>
    <message>
        <source>Exception resolved</source>
        <translation>Ausnahme erledigt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Serial frame too long</source>
        <translation>Serieller Datenblock zu lang</translation>
    </message>
    <message>
        <source>Unreadable serial data</source>
        <translation>Unlesbare serielle Daten</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Badge no longer active</source>
        <translation>Ausweis nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Incomplete serial frame</source>
        <translation>Unvollständiger serieller Datenblock</translation>
    </message>
    <message>
        <source>Wrong check digit</source>
        <translation>Falsche Prüfziffer</translation>
    </message>
    <message>
        <source>Invalid grade</source>
        <translation>Ungültige Bewertung</translation>
    </message>
    <message>
        <source>Invalid GS1 code</source>
        <translation>Ungültiger GS1-Code</translation>
    </message>
    <message>
        <source>Invalid line</source>
        <translation>Ungültige Position</translation>
    </message>
    <message>
        <source>Invalid quantity</source>
        <translation>Ungültige Menge</translation>
    </message>
    <message>
        <source>Invalid reason</source>
        <translation>Ungültiger Grund</translation>
    </message>
    <message>
        <source>Invalid rule</source>
        <translation>Ungültige Regel</translation>
    </message>
    <message>
        <source>Invalid serial</source>
        <translation>Ungültige Seriennummer</translation>
    </message>
    <message>
        <source>Not possible in this state</source>
        <translation>In diesem Zustand nicht möglich</translation>
    </message>
    <message>
        <source>Invalid weight</source>
        <translation>Ungültiges Gewicht</translation>
    </message>
    <message>
        <source>Item found</source>
        <translation>Artikel gefunden</translation>
    </message>
    <message>
        <source>Item packed</source>
        <translation>Artikel verpackt</translation>
    </message>
    <message>
        <source>Item picked</source>
        <translation>Artikel entnommen</translation>
    </message>
    <message>
        <source>Item received</source>
        <translation>Artikel erhalten</translation>
    </message>
    <message>
        <source>Scanner on another keyboard layout</source>
        <translation>Scanner mit anderer Tastaturbelegung</translation>
    </message>
    <message>
        <source>Wrong label</source>
        <translation>Falsches Etikett</translation>
    </message>
    <message>
        <source>Label not printed</source>
        <translation>Etikett nicht gedruckt</translation>
    </message>
    <message>
        <source>Label printing</source>
        <translation>Etikett wird gedruckt</translation>
    </message>
    <message>
        <source>Label scanned</source>
        <translation>Etikett gescannt</translation>
    </message>
    <message>
        <source>Leave a half-packed package?</source>
        <translation>Halb gepacktes Paket verlassen?</translation>
    </message>
    <message>
        <source>Line chosen</source>
        <translation>Position gewählt</translation>
    </message>
    <message>
        <source>Line packed</source>
        <translation>Position verpackt</translation>
    </message>
    <message>
        <source>Pick list done</source>
        <translation>Pickliste fertig</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Wrong lot</source>
        <translation>Falsche Charge</translation>
    </message>
    <message>
        <source>Lot needed</source>
        <translation>Charge erforderlich</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Lookup mode</source>
        <translation>Modus Suche</translation>
    </message>
    <message>
        <source>No such exception</source>
        <translation>Keine solche Ausnahme</translation>
    </message>
    <message>
        <source>No label yet</source>
        <translation>Noch kein Etikett</translation>
    </message>
    <message>
        <source>No line chosen</source>
        <translation>Keine Position gewählt</translation>
    </message>
    <message>
        <source>No mode chosen</source>
        <translation>Kein Modus gewählt</translation>
    </message>
    <message>
        <source>No pick list</source>
        <translation>Keine Pickliste</translation>
    </message>
    <message>
        <source>No return open</source>
        <translation>Keine Retoure geöffnet</translation>
    </message>
    <message>
        <source>No such prompt</source>
        <translation>Kein solcher Prüfpunkt</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Keine Aufgabe</translation>
    </message>
    <message>
        <source>Not a photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Not a tote</source>
        <translation>Keine Kiste</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not part of the return</source>
        <translation>Nicht Teil der Retoure</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>Not picked yet</source>
        <translation>Noch nicht kommissioniert</translation>
    </message>
    <message>
        <source>Not a supervisor</source>
        <translation>Keine Schichtleitung</translation>
    </message>
    <message>
        <source>Nothing to approve</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <source>Nothing to confirm</source>
        <translation>Nichts zu bestätigen</translation>
    </message>
    <message>
        <source>Nothing to pick</source>
        <translation>Nichts zu kommissionieren</translation>
    </message>
    <message>
        <source>NUL byte in serial data</source>
        <translation>NUL-Byte in seriellen Daten</translation>
    </message>
    <message>
        <source>Too many picked</source>
        <translation>Zu viele entnommen</translation>
    </message>
    <message>
        <source>One too many</source>
        <translation>Eins zu viel</translation>
    </message>
    <message>
        <source>Package closed</source>
        <translation>Paket geschlossen</translation>
    </message>
    <message>
        <source>Package moved on</source>
        <translation>Paket ist weitergegangen</translation>
    </message>
    <message>
        <source>Package open</source>
        <translation>Paket geöffnet</translation>
    </message>
    <message>
        <source>Package open, with notes</source>
        <translation>Paket geöffnet, mit Hinweisen</translation>
    </message>
    <message>
        <source>Package scanned</source>
        <translation>Paket gescannt</translation>
    </message>
    <message>
        <source>Photo attached</source>
        <translation>Foto angehängt</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>Foto unlesbar</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation>PIN erforderlich</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <source>Checklist item confirmed</source>
        <translation>Prüfpunkt bestätigt</translation>
    </message>
    <message>
        <source>Checklist not done</source>
        <translation>Checkliste nicht erledigt</translation>
    </message>
    <message>
        <source>Proof needed</source>
        <translation>Nachweis erforderlich</translation>
    </message>
    <message>
        <source>Confirm the quantity</source>
        <translation>Menge bestätigen</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Grund erforderlich</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>Nur Erstattung</translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation>Erstattung ohne Rücksendung</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Restock approved</source>
        <translation>Einlagerung freigegeben</translation>
    </message>
    <message>
        <source>Sent to hold</source>
        <translation>In Sperrbestand</translation>
    </message>
    <message>
        <source>Restricted destination</source>
        <translation>Eingeschränktes Zielland</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Retoure abgeschlossen</translation>
    </message>
    <message>
        <source>Return opened</source>
        <translation>Retoure geöffnet</translation>
    </message>
    <message>
        <source>Wrong item in a return</source>
        <translation>Falscher Artikel in einer Retoure</translation>
    </message>
    <message>
        <source>Rule saved</source>
        <translation>Regel gespeichert</translation>
    </message>
    <message>
        <source>Scan the bin</source>
        <translation>Lagerplatz scannen</translation>
    </message>
    <message>
        <source>Scan the item</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <source>Scan an item first</source>
        <translation>Zuerst einen Artikel scannen</translation>
    </message>
    <message>
        <source>Scan the label</source>
        <translation>Etikett scannen</translation>
    </message>
    <message>
        <source>Scan the package</source>
        <translation>Paket scannen</translation>
    </message>
    <message>
        <source>Scan received</source>
        <translation>Scan empfangen</translation>
    </message>
    <message>
        <source>Scan the return</source>
        <translation>Retoure scannen</translation>
    </message>
    <message>
        <source>Scan too long</source>
        <translation>Scan zu lang</translation>
    </message>
    <message>
        <source>Scan a tote</source>
        <translation>Kiste scannen</translation>
    </message>
    <message>
        <source>Wrong serial</source>
        <translation>Falsche Seriennummer</translation>
    </message>
    <message>
        <source>Serial needed</source>
        <translation>Seriennummer erforderlich</translation>
    </message>
    <message>
        <source>Serial recorded</source>
        <translation>Seriennummer erfasst</translation>
    </message>
    <message>
        <source>Service change needed</source>
        <translation>Versandart ändern</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Versandart geändert</translation>
    </message>
    <message>
        <source>Service not suggested</source>
        <translation>Versandart nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation>Einstellungen übernommen</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>Sendung storniert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>Short pick recorded</source>
        <translation>Fehlmenge erfasst</translation>
    </message>
    <message>
        <source>Order in several packages</source>
        <translation>Auftrag in mehreren Paketen</translation>
    </message>
    <message>
        <source>Supervisor needed</source>
        <translation>Schichtleitung erforderlich</translation>
    </message>
    <message>
        <source>Refused by the master</source>
        <translation>Vom Master abgelehnt</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Tote bound</source>
        <translation>Kiste zugeordnet</translation>
    </message>
    <message>
        <source>Tote in use</source>
        <translation>Kiste belegt</translation>
    </message>
    <message>
        <source>Items missing</source>
        <translation>Artikel fehlen</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Unbekannter Ausweis</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unbekannter Barcode</translation>
    </message>
    <message>
        <source>Unknown box</source>
        <translation>Unbekannter Karton</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Unbekannter Befehl</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>Unbekannter Modus</translation>
    </message>
    <message>
        <source>Unknown package</source>
        <translation>Unbekanntes Paket</translation>
    </message>
    <message>
        <source>Weigh after packing</source>
        <translation>Nach dem Packen wiegen</translation>
    </message>
    <message>
        <source>Weigh the package</source>
        <translation>Paket wiegen</translation>
    </message>
    <message>
        <source>Weight accepted</source>
        <translation>Gewicht akzeptiert</translation>
    </message>
    <message>
        <source>Weight outside tolerance</source>
        <translation>Gewicht außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Weight needed</source>
        <translation>Gewicht erforderlich</translation>
    </message>
    <message>
        <source>Weight OK</source>
        <translation>Gewicht OK</translation>
    </message>
    <message>
        <source>Weigh first</source>
        <translation>Zuerst wiegen</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Wrong bin</source>
        <translation>Falscher Lagerplatz</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Another package is half packed</source>
        <translation>Ein anderes Paket ist halb gepackt</translation>
    </message>
    <message>
        <source>Every prompt confirmed</source>
        <translation>Alle Hinweise bestätigt</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <source>Label printed again</source>
        <translation>Etikett erneut gedruckt</translation>
    </message>
    <message>
        <source>Label printed before its tracking number</source>
        <translation>Etikett vor der Sendungsnummer gedruckt</translation>
    </message>
    <message>
        <source>Pick list done, lines not picked</source>
        <translation>Pickliste fertig, Positionen nicht gepickt</translation>
    </message>
    <message>
        <source>No stock at any pick face</source>
        <translation>Kein Bestand an einem Greifplatz</translation>
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
    <message>
        <source>7  Scanners</source>
        <translation>7  Scanner</translation>
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
    <message>
        <source>%1 (master %2, %3 not yet sent)</source>
        <translation>%1 (Zentrale %2, %3 noch nicht gesendet)</translation>
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
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>no screen takes scans here</source>
        <translation>dieser Bildschirm nimmt keine Scans an</translation>
    </message>
</context>
<context>
    <name>wf::ui::PackScreen</name>
    <message>
        <source>Scale: %1 g</source>
        <translation>Waage: %1 g</translation>
    </message>
    <message>
        <source>Scale: %1 g (settling)</source>
        <translation>Waage: %1 g (beruhigt sich)</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket offen</translation>
    </message>
    <message>
        <source>Order %1 · package %2 of %3 · shipment %4</source>
        <translation>Auftrag %1 · Paket %2 von %3 · Sendung %4</translation>
    </message>
    <message>
        <source>none fits</source>
        <translation>keiner passt</translation>
    </message>
    <message>
        <source>To %1 %2, %3 · %4 %5 · box %6 · expected %7 g ± %8 g%9</source>
        <translation>An %1 %2, %3 · %4 %5 · Karton %6 · erwartet %7 g ± %8 g%9</translation>
    </message>
    <message>
        <source> · weighed %1 g</source>
        <translation> · gewogen %1 g</translation>
    </message>
    <message>
        <source>customs: %1</source>
        <translation>Zoll: %1</translation>
    </message>
    <message>
        <source>An item of line %1 (SKU)</source>
        <translation>Ein Artikel der Zeile %1 (SKU)</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>Das Etikett</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Das Paket</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <source>Scan the tote, order or shipment, then every item</source>
        <translation>Kiste, Auftrag oder Sendung scannen, dann jeden Artikel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <source>Scale: no reading</source>
        <translation>Waage: kein Wert</translation>
    </message>
    <message>
        <source>F2  Confirm</source>
        <translation>F2  Bestätigen</translation>
    </message>
    <message>
        <source>F4  Weigh</source>
        <translation>F4  Wiegen</translation>
    </message>
    <message>
        <source>F5  Close</source>
        <translation>F5  Schließen</translation>
    </message>
    <message>
        <source>F6  Label</source>
        <translation>F6  Etikett</translation>
    </message>
    <message>
        <source>F7  Reprint</source>
        <translation>F7  Nachdruck</translation>
    </message>
    <message>
        <source>F8  Service</source>
        <translation>F8  Versandart</translation>
    </message>
    <message>
        <source>Confirm the next playbook prompt</source>
        <translation>Den nächsten Packhinweis bestätigen</translation>
    </message>
    <message>
        <source>Close the package</source>
        <translation>Das Paket schließen</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Das Etikett drucken</translation>
    </message>
    <message>
        <source>Print the label again; needs a reason</source>
        <translation>Das Etikett erneut drucken; braucht einen Grund</translation>
    </message>
    <message>
        <source>Use the service a destination rule suggests</source>
        <translation>Die Versandart nehmen, die eine Zielregel vorschlägt</translation>
    </message>
    <message>
        <source>Reason (reprint, weight override)</source>
        <translation>Grund (Nachdruck, Gewichtsfreigabe)</translation>
    </message>
    <message>
        <source>Supervisor badge</source>
        <translation>Ausweis der Schichtleitung</translation>
    </message>
    <message>
        <source>PIN, then Enter</source>
        <translation>PIN, dann Enter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Packing class</source>
        <translation>Packklasse</translation>
    </message>
    <message>
        <source>Min. items</source>
        <translation>Min. Stück</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add a playbook rule</source>
        <translation>Packregel hinzufügen</translation>
    </message>
    <message>
        <source>Why the playbook changes (recorded in the audit trail)</source>
        <translation>Warum sich die Packregeln ändern (steht im Prüfprotokoll)</translation>
    </message>
    <message>
        <source>A picked package</source>
        <translation>Ein kommissioniertes Paket</translation>
    </message>
    <message>
        <source>The label is printing. Scan it when it is out.</source>
        <translation>Das Etikett wird gedruckt. Scannen Sie es, sobald es heraus ist.</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Etikett wird gedruckt …</translation>
    </message>
    <message>
        <source>Weight in %1 (or 1880 g); empty: the scale</source>
        <translation>Gewicht in %1 (oder 1880 g); leer: die Waage</translation>
    </message>
    <message>
        <source>Package %1 is half-packed (%2 of %3 units). Esc again leaves it as it is for whoever opens it next; scan to go on.</source>
        <translation>Paket %1 ist halb gepackt (%2 von %3 Stück). Noch einmal Esc lässt es so für den Nächsten, der es öffnet; scannen Sie, um weiterzumachen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Scan the package, then every item</source>
        <translation>Paket scannen, dann jeden Artikel</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Gewicht in %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No scale reading: type the weight (%1, or 1880 g) and press Enter.</source>
        <translation>Keine Waagenanzeige: Gewicht eingeben (%1, oder 1880 g) und Enter drücken.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 short (%4)</source>
        <translation>%1 von %2, %3 fehlen (%4)</translation>
    </message>
</context>
<context>
    <name>wf::ui::PickScreen</name>
    <message>
        <source>Tote %1 of %2</source>
        <translation>Behälter %1 von %2</translation>
    </message>
    <message>
        <source>Scan an empty tote for order %1</source>
        <translation>Scannen Sie einen leeren Behälter für Auftrag %1</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message>
        <source>%1 × %2
%3 %4</source>
        <translation>%1 × %2
%3 %4</translation>
    </message>
    <message>
        <source>Into tote %1</source>
        <translation>In Behälter %1</translation>
    </message>
    <message>
        <source>No open pick list.</source>
        <translation>Keine offene Pickliste.</translation>
    </message>
    <message>
        <source>Task %1 of %2 · %3 of %4 units</source>
        <translation>Aufgabe %1 von %2 · %3 von %4 Stück</translation>
    </message>
    <message>
        <source>An empty tote</source>
        <translation>Ein leerer Behälter</translation>
    </message>
    <message>
        <source>The bin of this task</source>
        <translation>Der Lagerplatz dieser Aufgabe</translation>
    </message>
    <message>
        <source>The item of this task (SKU)</source>
        <translation>Der Artikel dieser Aufgabe (SKU)</translation>
    </message>
    <message>
        <source>A wrong bin</source>
        <translation>Ein falscher Lagerplatz</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <source>Scan the bin, then the items</source>
        <translation>Erst den Lagerplatz scannen, dann die Artikel</translation>
    </message>
    <message>
        <source>F2  Pick this many</source>
        <translation>F2  So viele entnehmen</translation>
    </message>
    <message>
        <source>F4  Short pick</source>
        <translation>F4  Fehlmenge melden</translation>
    </message>
    <message>
        <source>Supervisor badge</source>
        <translation>Ausweis der Schichtleitung</translation>
    </message>
    <message>
        <source>PIN, then Enter</source>
        <translation>PIN, dann Enter</translation>
    </message>
    <message>
        <source>Pick settings saved. A new batch size applies from the next list.</source>
        <translation>Pick-Einstellungen gespeichert. Eine neue Auftragszahl gilt ab der nächsten Pickliste.</translation>
    </message>
    <message>
        <source>Pick settings (supervisor)</source>
        <translation>Pick-Einstellungen (Schichtleitung)</translation>
    </message>
    <message>
        <source>A short pick needs a supervisor</source>
        <translation>Eine Fehlmenge braucht die Schichtleitung</translation>
    </message>
    <message>
        <source>Orders per pick list (totes on the cart)</source>
        <translation>Aufträge pro Pickliste (Behälter auf dem Wagen)</translation>
    </message>
    <message>
        <source>Save pick settings</source>
        <translation>Pick-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail)</source>
        <translation>Warum (steht im Prüfprotokoll)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Scan an empty tote</source>
        <translation>Leere Kiste scannen</translation>
    </message>
    <message>
        <source>Scan bin %1</source>
        <translation>Lagerplatz %1 scannen</translation>
    </message>
    <message>
        <source>Scan %1 (%2 left)</source>
        <translation>%1 scannen (noch %2)</translation>
    </message>
    <message>
        <source>Scan the bin before its items</source>
        <translation>Lagerplatz vor den Artikeln scannen</translation>
    </message>
    <message>
        <source>The item&apos;s serial %1</source>
        <translation>Die Seriennummer %1 des Artikels</translation>
    </message>
</context>
<context>
    <name>wf::ui::ReturnsScreen</name>
    <message>
        <source>Photo of the item</source>
        <translation>Foto des Artikels</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>No return open</source>
        <translation>Keine Retoure geöffnet</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3 %4 · %5 · %6</source>
        <translation>%1 · Auftrag %2 · %3 %4 · %5 · %6</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>A return to inspect</source>
        <translation>Eine Retoure zur Prüfung</translation>
    </message>
    <message>
        <source>A low-value return (refund only)</source>
        <translation>Eine Retoure mit geringem Wert (nur Erstattung)</translation>
    </message>
    <message>
        <source>A high-value return (proof)</source>
        <translation>Eine Retoure mit hohem Wert (Nachweis)</translation>
    </message>
    <message>
        <source>The item of line %1 (SKU)</source>
        <translation>Der Artikel von Position %1 (SKU)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Scan the RMA, order or tracking number, then each item</source>
        <translation>RMA, Auftrag oder Sendungsnummer scannen, dann jeden Artikel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Serial shipped</source>
        <translation>Versandte Seriennummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>F3  Grade</source>
        <translation>F3  Bewerten</translation>
    </message>
    <message>
        <source>Photo file (empty: choose one)</source>
        <translation>Fotodatei (leer: auswählen)</translation>
    </message>
    <message>
        <source>F5  Approve restock</source>
        <translation>F5  Einlagerung freigeben</translation>
    </message>
    <message>
        <source>F6  Reject to hold</source>
        <translation>F6  Ins Sperrlager</translation>
    </message>
    <message>
        <source>F7  Refund</source>
        <translation>F7  Erstatten</translation>
    </message>
    <message>
        <source>F8  Replace</source>
        <translation>F8  Ersetzen</translation>
    </message>
    <message>
        <source>Supervisor badge</source>
        <translation>Ausweis der Schichtleitung</translation>
    </message>
    <message>
        <source>PIN, then Enter</source>
        <translation>PIN, dann Enter</translation>
    </message>
    <message>
        <source>F9  Photo</source>
        <translation>F9  Foto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Fotodatei</translation>
    </message>
    <message>
        <source>F5  Restock</source>
        <translation>F5  Einlagern</translation>
    </message>
    <message>
        <source>F6  To hold</source>
        <translation>F6  Sperrlager</translation>
    </message>
    <message>
        <source>The item&apos;s serial %1</source>
        <translation>Die Seriennummer %1 des Artikels</translation>
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
<context>
    <name>wf::ui::ScannerScreen</name>
    <message>
        <source>%1 scan from %2: %3</source>
        <translation>%1-Scan von %2: %3</translation>
    </message>
    <message>
        <source>GS1-128 with lot and expiry</source>
        <translation>GS1-128 mit Charge und Verfallsdatum</translation>
    </message>
    <message>
        <source>GS1 Digital Link</source>
        <translation>GS1 Digital Link</translation>
    </message>
    <message>
        <source>Invalid GS1 date</source>
        <translation>Ungültiges GS1-Datum</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Test your scanner: scan any barcode. It shows below in large type with its source, and in the log with its raw bytes. Nothing is written. A keyboard scanner must end each scan with Enter or Tab; a serial scanner needs its port and baud rate below. See docs/scanners.md.</source>
        <translation>Scanner testen: Scannen Sie einen beliebigen Barcode. Er erscheint unten in großer Schrift mit seiner Quelle und im Protokoll mit seinen Rohdaten. Es wird nichts gespeichert. Ein Tastatur-Scanner muss jeden Scan mit Enter oder Tab abschließen; ein serieller Scanner braucht unten Port und Baudrate. Siehe docs/scanners.md.</translation>
    </message>
    <message>
        <source>Settings (supervisor)</source>
        <translation>Einstellungen (Schichtleitung)</translation>
    </message>
    <message>
        <source>Keyboard gap (ms)</source>
        <translation>Tastenabstand (ms)</translation>
    </message>
    <message>
        <source>Keyboard terminator</source>
        <translation>Abschluss (Tastatur)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Same code ignored for (ms)</source>
        <translation>Gleicher Code ignoriert für (ms)</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serieller Port</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Serial terminator</source>
        <translation>Abschluss (seriell)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter oder Tab</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>CR or LF</source>
        <translation>CR oder LF</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Good, warning and error sounds</source>
        <translation>Töne für gut, Warnung und Fehler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>Symbologie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Ungerade</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <source>Data bits</source>
        <translation>Datenbits</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>Stop bits</source>
        <translation>Stoppbits</translation>
    </message>
    <message>
        <source>Flow control</source>
        <translation>Flusssteuerung</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail)</source>
        <translation>Warum (steht im Prüfprotokoll)</translation>
    </message>
</context>
<context>
    <name>wf::ui::SupervisorScreen</name>
    <message>
        <source>Intact: %1 rows, the chain ends in %2…</source>
        <translation>Intakt: %1 Zeilen, die Kette endet mit %2…</translation>
    </message>
    <message>
        <source>Broken at row %1: %2</source>
        <translation>Gebrochen bei Zeile %1: %2</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Choose an exception first.</source>
        <translation>Zuerst eine Ausnahme wählen.</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Scans per hour</source>
        <translation>Scans pro Stunde</translation>
    </message>
    <message>
        <source>Picks per hour</source>
        <translation>Picks pro Stunde</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>Fehlscan-Quote</translation>
    </message>
    <message>
        <source>Short-pick rate</source>
        <translation>Fehlmengen-Quote</translation>
    </message>
    <message>
        <source>Order defects prevented</source>
        <translation>Verhinderte Auftragsfehler</translation>
    </message>
    <message>
        <source>On-time dispatch</source>
        <translation>Pünktlicher Versand</translation>
    </message>
    <message>
        <source>Split shipments</source>
        <translation>Teillieferungen</translation>
    </message>
    <message>
        <source>Stockouts at pick</source>
        <translation>Leere Fächer beim Picken</translation>
    </message>
    <message>
        <source>Restock rate</source>
        <translation>Wiedereinlagerungsquote</translation>
    </message>
    <message>
        <source>Refund rate: %1</source>
        <translation>Erstattungsquote: %1</translation>
    </message>
    <message>
        <source>Scans per hour by operator</source>
        <translation>Scans pro Stunde je Mitarbeiter</translation>
    </message>
    <message>
        <source>Exceptions by kind</source>
        <translation>Ausnahmen nach Art</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Scans and errors per hour</source>
        <translation>Scans und Fehler pro Stunde</translation>
    </message>
    <message>
        <source>Give a folder to export into.</source>
        <translation>Einen Ordner für den Export angeben.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Folder for CSV exports</source>
        <translation>Ordner für CSV-Exporte</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Operator badge</source>
        <translation>Mitarbeiterausweis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Wie es erledigt wurde</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Scans and errors per day</source>
        <translation>Scans und Fehler pro Tag</translation>
    </message>
    <message>
        <source>Every station of the warehouse, as the master counted them at %1.</source>
        <translation>Alle Stationen des Lagers, wie der Master sie um %1 gezählt hat.</translation>
    </message>
    <message>
        <source>The master&apos;s figures have not arrived yet (the station syncs with the master); showing this station&apos;s.</source>
        <translation>Die Zahlen des Masters sind noch nicht da (die Station synchronisiert mit dem Master); angezeigt werden die dieser Station.</translation>
    </message>
    <message>
        <source>What this station recorded.</source>
        <translation>Was diese Station erfasst hat.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Whole warehouse</source>
        <translation>Ganzes Lager</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Movements to send</source>
        <translation>Zu sendende Bewegungen</translation>
    </message>
    <message>
        <source>Events to send</source>
        <translation>Zu sendende Ereignisse</translation>
    </message>
</context>
<context>
    <name>wf::ui::SyncScreen</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync: no master set; queue %1</source>
        <translation>Abgleich: kein Zentralbestand eingestellt; Warteschlange %1</translation>
    </message>
    <message>
        <source>Sync: connected; queue %1</source>
        <translation>Abgleich: verbunden; Warteschlange %1</translation>
    </message>
    <message>
        <source>Sync: master unreachable; queue %1; next try in %2 s</source>
        <translation>Abgleich: Zentralbestand nicht erreichbar; Warteschlange %1; nächster Versuch in %2 s</translation>
    </message>
    <message>
        <source>Movements not yet confirmed by the master: %1</source>
        <translation>Vom Zentralbestand noch nicht bestätigte Bewegungen: %1</translation>
    </message>
    <message>
        <source>Oldest waiting: %1</source>
        <translation>Älteste wartet seit: %1</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts wartet</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Zuletzt erfolgreich: %1</translation>
    </message>
    <message>
        <source>No success yet</source>
        <translation>Noch kein erfolgreicher Abgleich</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Refused by the master: %1 (see the exceptions)</source>
        <translation>Vom Zentralbestand abgelehnt: %1 (siehe Ausnahmen)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>F5  Sync now</source>
        <translation>F5  Jetzt abgleichen</translation>
    </message>
    <message>
        <source>No master is set for this station (warehouse-floor --master URL): the %1 movements stay in the queue, safe, until one is.</source>
        <translation>Für diese Station ist kein Master eingerichtet (warehouse-floor --master URL): Die %1 Bewegungen bleiben sicher in der Warteschlange, bis einer eingerichtet ist.</translation>
    </message>
    <message>
        <source>Sync asked for at %1: pushing %2 movements, then pulling the master&apos;s changes.</source>
        <translation>Synchronisierung um %1 angestoßen: %2 Bewegungen werden gesendet, dann die Änderungen des Masters geholt.</translation>
    </message>
    <message>
        <source>Sync: connected; queue %1; setup incomplete (%2, see Sync)</source>
        <translation>Sync: verbunden; Warteschlange %1; Einrichtung unvollständig (%2, siehe Sync)</translation>
    </message>
    <message>
        <source>This warehouse lacks what the floor needs:</source>
        <translation>Diesem Lager fehlt, was die Halle braucht:</translation>
    </message>
    <message>
        <source>Floor events not yet confirmed: %1</source>
        <translation>Noch nicht bestätigte Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>wf::workflows::ExceptionQueue</name>
    <message>
        <source>Only a supervisor resolves exceptions.</source>
        <translation>Nur die Schichtleitung erledigt Ausnahmen.</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Bitte angeben, wie es erledigt wurde.</translation>
    </message>
    <message>
        <source>Exception %1 is not open (resolved meanwhile?).</source>
        <translation>Ausnahme %1 ist nicht offen (inzwischen erledigt?).</translation>
    </message>
    <message>
        <source>Exception %1 resolved.</source>
        <translation>Ausnahme %1 erledigt.</translation>
    </message>
</context>
<context>
    <name>wf::workflows::LabelCheck</name>
    <message>
        <source>No label was printed for this package yet.</source>
        <translation>Für dieses Paket wurde noch kein Etikett gedruckt.</translation>
    </message>
    <message>
        <source>No label: customs data missing — %1.</source>
        <translation>Kein Etikett: Zolldaten fehlen — %1.</translation>
    </message>
    <message>
        <source>The label could not be printed: %1</source>
        <translation>Das Etikett konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>The package changed while its label printed; print it again.</source>
        <translation>Das Paket hat sich während des Drucks geändert; drucken Sie das Etikett erneut.</translation>
    </message>
    <message>
        <source>Label printed (%1). %2</source>
        <translation>Etikett gedruckt (%1). %2</translation>
    </message>
    <message>
        <source>Label matches. Now scan the package (%1).</source>
        <translation>Etikett passt. Jetzt das Paket scannen (%1).</translation>
    </message>
    <message>
        <source>Package %1. Now scan the label on the box.</source>
        <translation>Paket %1. Jetzt das Etikett auf dem Karton scannen.</translation>
    </message>
    <message>
        <source>Scan the label&apos;s barcode %1 and the package %2.</source>
        <translation>Scannen Sie den Etikett-Barcode %1 und das Paket %2.</translation>
    </message>
    <message>
        <source>%1 is this package&apos;s order, not its label. Nothing shipped. %2</source>
        <translation>%1 ist der Auftrag dieses Pakets, nicht sein Etikett. Nichts versendet. %2</translation>
    </message>
    <message>
        <source>Mismatch: %1 belongs to package %2, not to this one (%3). Nothing shipped; check the label on the box. %4</source>
        <translation>Abweichung: %1 gehört zu Paket %2, nicht zu diesem (%3). Nichts versendet; prüfen Sie das Etikett auf dem Karton. %4</translation>
    </message>
    <message>
        <source>%1 is neither this package&apos;s label nor the package. Nothing shipped. %2</source>
        <translation>%1 ist weder das Etikett dieses Pakets noch das Paket. Nichts versendet. %2</translation>
    </message>
    <message>
        <source>Package %1 of %2 of order %3 shipped.</source>
        <translation>Paket %1 von %2 des Auftrags %3 versendet.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled while it was packed: do not ship package %2; unpack it and put its units back.</source>
        <translation>Auftrag %1 wurde storniert, während er gepackt wurde: Paket %2 nicht versenden; auspacken und die Einheiten zurücklegen.</translation>
    </message>
</context>
<context>
    <name>wf::workflows::PackBench</name>
    <message>
        <source>Scan a tote, an order or a shipment to pack.</source>
        <translation>Eine Kiste, einen Auftrag oder eine Sendung zum Packen scannen.</translation>
    </message>
    <message>
        <source>Order %1, package %2 of %3 (%4).</source>
        <translation>Auftrag %1, Paket %2 von %3 (%4).</translation>
    </message>
    <message>
        <source>%1 Do not pack: %2. Set it aside for a supervisor.</source>
        <translation>%1 Nicht packen: %2. Für die Schichtleitung beiseitestellen.</translation>
    </message>
    <message>
        <source>%1 Scan %2 × %3 (%4).</source>
        <translation>%1 %2 × %3 (%4) scannen.</translation>
    </message>
    <message>
        <source>%1 %2 — confirm when done.</source>
        <translation>%1 %2 — danach bestätigen.</translation>
    </message>
    <message>
        <source>%1 Put it on the scale (expected %2 g).</source>
        <translation>%1 Auf die Waage stellen (erwartet %2 g).</translation>
    </message>
    <message>
        <source>%1 Close the package.</source>
        <translation>%1 Das Paket schließen.</translation>
    </message>
    <message>
        <source>%1 Print the label.</source>
        <translation>%1 Das Etikett drucken.</translation>
    </message>
    <message>
        <source>%1 Scan the label on the box and the package.</source>
        <translation>%1 Das Etikett auf dem Karton und das Paket scannen.</translation>
    </message>
    <message>
        <source>Shipment %1 was changed meanwhile; scan it again.</source>
        <translation>Sendung %1 wurde inzwischen geändert; erneut scannen.</translation>
    </message>
    <message>
        <source>%1 Its carrier tracking number %2 arrived after the label was printed: the label on the box is not the carrier&apos;s. Print it again (F7), put it over the old one and scan it.</source>
        <translation>%1 Die Sendungsnummer %2 des Versanddienstes kam nach dem Druck des Etiketts: Das Etikett auf dem Karton ist nicht das des Versanddienstes. Erneut drucken (F7), über das alte kleben und scannen.</translation>
    </message>
</context>
<context>
    <name>wf::workflows::PackSession</name>
    <message>
        <source>Package %1 is half packed: finish it, or cancel it, before opening %2.</source>
        <translation>Paket %1 ist halb gepackt: erst fertig packen oder abbrechen, dann %2 öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a tote, order or shipment of this warehouse.</source>
        <translation>%1 ist keine Kiste, kein Auftrag und keine Sendung dieses Lagers.</translation>
    </message>
    <message>
        <source>Say why the label is printed again.</source>
        <translation>Bitte angeben, warum das Etikett erneut gedruckt wird.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Unbekannte Aktion: %1</translation>
    </message>
</context>
<context>
    <name>wf::workflows::PackStation</name>
    <message>
        <source>Shipment %1 has shipped already.</source>
        <translation>Sendung %1 ist bereits versendet.</translation>
    </message>
    <message>
        <source>Shipment %1 was cancelled: do not pack it.</source>
        <translation>Sendung %1 wurde storniert: nicht packen.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been picked yet.</source>
        <translation>Sendung %1 ist noch nicht kommissioniert.</translation>
    </message>
    <message>
        <source>It was left half-packed: %1 of %2 units are in the box already.</source>
        <translation>Es wurde halb gepackt zurückgelassen: %1 von %2 Stück sind schon im Karton.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Use service %1: %2.</source>
        <translation>Versandart %1 nehmen: %2.</translation>
    </message>
    <message>
        <source>Customs data missing, no label until fixed: %1.</source>
        <translation>Zolldaten fehlen, kein Etikett bis zur Korrektur: %1.</translation>
    </message>
    <message>
        <source>Wrong item: %1 (%2) is not in this package. Take it out.</source>
        <translation>Falscher Artikel: %1 (%2) gehört nicht in dieses Paket. Herausnehmen.</translation>
    </message>
    <message>
        <source>%1 is not a known barcode.</source>
        <translation>%1 ist kein bekannter Barcode.</translation>
    </message>
    <message>
        <source>Too many: every %1 of this package is scanned already. Take it out.</source>
        <translation>Zu viele: alle %1 dieses Pakets sind schon gescannt. Herausnehmen.</translation>
    </message>
    <message>
        <source>Too many: this scan counts %1, only %2 × %3 are left.</source>
        <translation>Zu viele: dieser Scan zählt %1, nur noch %2 × %3 offen.</translation>
    </message>
    <message>
        <source>Serial %1 is not the one picked for this order (%2).</source>
        <translation>Seriennummer %1 ist nicht die für diesen Auftrag kommissionierte (%2).</translation>
    </message>
    <message>
        <source>%1 × %2 packed: line done.</source>
        <translation>%1 × %2 gepackt: Zeile fertig.</translation>
    </message>
    <message>
        <source>%1 of %2 × %3 packed.</source>
        <translation>%1 von %2 × %3 gepackt.</translation>
    </message>
    <message>
        <source>Nothing left to confirm. %1</source>
        <translation>Nichts mehr zu bestätigen. %1</translation>
    </message>
    <message>
        <source>%1 is not an open prompt of this package.</source>
        <translation>%1 ist kein offener Hinweis dieses Pakets.</translation>
    </message>
    <message>
        <source>Confirmed: %1. %2</source>
        <translation>Bestätigt: %1. %2</translation>
    </message>
    <message>
        <source>%1 is not a box of this station.</source>
        <translation>%1 ist kein Karton dieser Station.</translation>
    </message>
    <message>
        <source>%1 (%2): expected weight now %3 g.</source>
        <translation>%1 (%2): erwartetes Gewicht jetzt %3 g.</translation>
    </message>
    <message>
        <source>Scan every item first, then weigh the package. %1</source>
        <translation>Erst jeden Artikel scannen, dann das Paket wiegen. %1</translation>
    </message>
    <message>
        <source>%1 g, expected %2 g ± %3 g.</source>
        <translation>%1 g, erwartet %2 g ± %3 g.</translation>
    </message>
    <message>
        <source>%1 g is outside %2 g ± %3 g: check the items, or a supervisor accepts the weight with a reason.</source>
        <translation>%1 g liegt außerhalb von %2 g ± %3 g: Artikel prüfen, oder die Schichtleitung gibt das Gewicht mit Grund frei.</translation>
    </message>
    <message>
        <source>A weight override needs a reason.</source>
        <translation>Eine Gewichtsfreigabe braucht einen Grund.</translation>
    </message>
    <message>
        <source>Weight accepted by %1. %2</source>
        <translation>Gewicht freigegeben von %1. %2</translation>
    </message>
    <message>
        <source>No rule asks for service %1 on this package.</source>
        <translation>Keine Regel verlangt für dieses Paket die Versandart %1.</translation>
    </message>
    <message>
        <source>Service is now %1. %2</source>
        <translation>Versandart ist jetzt %1. %2</translation>
    </message>
    <message>
        <source>Not everything is in the box: %1 still to scan.</source>
        <translation>Nicht alles ist im Karton: noch %1 zu scannen.</translation>
    </message>
    <message>
        <source>Confirm first: %1</source>
        <translation>Erst bestätigen: %1</translation>
    </message>
    <message>
        <source>Use service %1 first: %2.</source>
        <translation>Erst Versandart %1 nehmen: %2.</translation>
    </message>
    <message>
        <source>Weigh the package first (expected %1 g).</source>
        <translation>Erst das Paket wiegen (erwartet %1 g).</translation>
    </message>
    <message>
        <source>%1 g is outside %2 g ± %3 g: weigh again, or a supervisor accepts it.</source>
        <translation>%1 g liegt außerhalb von %2 g ± %3 g: erneut wiegen, oder die Schichtleitung gibt es frei.</translation>
    </message>
    <message>
        <source>Package closed in %1. %2</source>
        <translation>Paket in %1 geschlossen. %2</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3 short (%4), not in this package.</source>
        <translation>Position %1: %2 × %3 fehlen (%4), nicht in diesem Paket.</translation>
    </message>
</context>
<context>
    <name>wf::workflows::PlaybookEditor</name>
    <message>
        <source>Only a supervisor changes the packing playbook.</source>
        <translation>Nur die Schichtleitung ändert die Packregeln.</translation>
    </message>
    <message>
        <source>Say why the playbook changes.</source>
        <translation>Bitte angeben, warum sich die Packregeln ändern.</translation>
    </message>
    <message>
        <source>A rule needs a packing class (%1), at least one item, a code and a text.</source>
        <translation>Eine Regel braucht eine Packklasse (%1), mindestens ein Stück, einen Code und einen Text.</translation>
    </message>
    <message>
        <source>Playbook rule %1 saved.</source>
        <translation>Packregel %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wf::workflows::packing</name>
    <message>
        <source>%1: HS code &apos;%2&apos; needs six or more digits</source>
        <translation>%1: HS-Code &apos;%2&apos; braucht sechs oder mehr Ziffern</translation>
    </message>
    <message>
        <source>%1: HS chapter %2 does not exist</source>
        <translation>%1: HS-Kapitel %2 gibt es nicht</translation>
    </message>
    <message>
        <source>%1: no declared value</source>
        <translation>%1: kein angegebener Wert</translation>
    </message>
    <message>
        <source>%1: currency &apos;%2&apos; is not an ISO currency</source>
        <translation>%1: Währung &apos;%2&apos; ist keine ISO-Währung</translation>
    </message>
    <message>
        <source>%1: country of origin &apos;%2&apos; is not an ISO country</source>
        <translation>%1: Ursprungsland &apos;%2&apos; ist kein ISO-Land</translation>
    </message>
    <message>
        <source>%1: no customs description</source>
        <translation>%1: keine Zollbeschreibung</translation>
    </message>
    <message>
        <source>this station&apos;s warehouse has no country, so no parcel can be known to stay inside its customs territory: floorctl master add-warehouse gives it one</source>
        <translation>Das Lager dieser Station hat kein Land, also kann kein Paket als innerhalb seines Zollgebiets gelten: floorctl master add-warehouse gibt ihm eines</translation>
    </message>
</context>
</TS>
