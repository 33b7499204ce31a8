#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include "common/Countries.h"
#include "sync/CsvTable.h"

namespace countries = wf::countries;

/// Countries as shops export them: codes, names, the aliases of real order exports, and the names
/// that stand for no single country.
class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void writtenAsShopsWriteIt_data();
    void writtenAsShopsWriteIt();
    void noSingleCountryIsRefusedWithTheCodesToUse_data();
    void noSingleCountryIsRefusedWithTheCodesToUse();
    void noNameStandsForTwoCountries();
    void theTableHoldsEveryCountryOfTheCodeList();
    void aHugeCountryIsRefusedAtOnce();
};

void TestCountries::writtenAsShopsWriteIt_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::addRow("a code") << "DE"
                            << "DE";
    QTest::addRow("a code in lower case") << " de "
                                          << "DE";
    QTest::addRow("alpha-3") << "AUS"
                             << "AU";
    QTest::addRow("the English name") << "Germany"
                                      << "DE";
    QTest::addRow("shouting") << "UNITED KINGDOM"
                              << "GB";
    QTest::addRow("Congo is Brazzaville") << "Congo"
                                          << "CG";
    QTest::addRow("DR Congo") << "Democratic Republic of the Congo"
                              << "CD";
    QTest::addRow("UK") << "UK"
                        << "GB";
    QTest::addRow("Great Britain") << "great britain"
                                   << "GB";
    QTest::addRow("the UN's long name") << "United Kingdom of Great Britain and Northern Ireland"
                                        << "GB";
    QTest::addRow("EIRE") << "EIRE"
                          << "IE";
    QTest::addRow("USA") << "USA"
                         << "US";
    QTest::addRow("United States of America") << "United States of America"
                                              << "US";
    QTest::addRow("RSA") << "RSA"
                         << "ZA";
    QTest::addRow("accents") << "Côte d’Ivoire"
                             << "CI";
    QTest::addRow("accents dropped") << "Cote d'Ivoire"
                                     << "CI";
    QTest::addRow("with the") << "the Netherlands"
                              << "NL";
    QTest::addRow("UN short with (the)") << "Republic of Korea (the)"
                                         << "KR";
    QTest::addRow("ampersand") << "Bosnia & Herzegovina"
                               << "BA";
    QTest::addRow("and") << "Bosnia and Herzegovina"
                         << "BA";
    QTest::addRow("Czech Republic") << "Czech Republic"
                                    << "CZ";
    QTest::addRow("Czechia") << "Czechia"
                             << "CZ";
    QTest::addRow("Åland") << "Aland Islands"
                           << "AX";
    QTest::addRow("a local name") << "Deutschland"
                                  << "DE";
    QTest::addRow("Greece as the EU writes it") << "EL"
                                                << "GR";
    QTest::addRow("Namibia is NA, not nothing") << "NA"
                                                << "NA";
}

void TestCountries::writtenAsShopsWriteIt()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    const auto resolved = countries::resolve(written);
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().detail));
    QCOMPARE(*resolved, code);
}

void TestCountries::noSingleCountryIsRefusedWithTheCodesToUse_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("saysToUse"); // words the reason holds, '|' between them
    QTest::addRow("Channel Islands") << "Channel Islands"
                                     << "JE|GG";
    QTest::addRow("European Community") << "European Community"
                                        << "member country|DE";
    QTest::addRow("EU") << "EU"
                        << "member country";
    QTest::addRow("Unspecified") << "Unspecified"
                                 << "ISO 3166-1";
    QTest::addRow("nothing") << "   "
                             << "ISO 3166-1";
    QTest::addRow("a made-up place") << "Narnia"
                                     << "Narnia|alpha-2";
    QTest::addRow("an unassigned code") << "ZZ"
                                        << "alpha-2";
}

void TestCountries::noSingleCountryIsRefusedWithTheCodesToUse()
{
    QFETCH(QString, written);
    QFETCH(QString, saysToUse);
    const auto resolved = countries::resolve(written);
    QVERIFY2(!resolved, qPrintable(resolved ? *resolved : QString()));
    QCOMPARE(resolved.error().code, wf::Error::Code::InvalidInput);
    for (const QString& word : saysToUse.split(QLatin1Char('|')))
        QVERIFY2(resolved.error().detail.contains(word), qPrintable(resolved.error().detail));
}

void TestCountries::noNameStandsForTwoCountries()
{
    QHash<QString, QSet<QString>> codesOf;
    for (const countries::Country& c : countries::all()) {
        QStringList names = QString::fromUtf8(c.others).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        names << QString::fromUtf8(c.name) << QString::fromLatin1(c.alpha3);
        for (const QString& name : names)
            codesOf[countries::lookupKey(name)].insert(QString::fromLatin1(c.code));
    }
    QStringList shared;
    for (auto it = codesOf.cbegin(); it != codesOf.cend(); ++it)
        if (it.value().size() > 1)
            shared << it.key();
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QStringLiteral(", "))));
    // and each name resolves to its own country
    for (auto it = codesOf.cbegin(); it != codesOf.cend(); ++it) {
        const auto resolved = countries::resolve(it.key());
        QVERIFY2(resolved && *resolved == *it.value().cbegin(), qPrintable(it.key()));
    }
}

void TestCountries::theTableHoldsEveryCountryOfTheCodeList()
{
    const QString path = QStringLiteral(WF_SHARED_DATA_DIR "/country-codes/country-codes.csv");
    if (!QFile::exists(path))
        QSKIP("the country code list (../shared/data/country-codes) is absent in this checkout; the table "
              "is still tested by the other cases");
    const auto rows = wf::sync::CsvTable::read(path);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().detail));
    const QStringList header = rows->first().fields;
    const int alpha2 = header.indexOf(QStringLiteral("ISO3166-1-Alpha-2"));
    const int alpha3 = header.indexOf(QStringLiteral("ISO3166-1-Alpha-3"));
    const int official = header.indexOf(QStringLiteral("official_name_en"));
    QVERIFY(alpha2 >= 0 && alpha3 >= 0 && official >= 0);
    int countriesInList = 0;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList& f = rows->at(i).fields;
        const QString code = f.value(alpha2).trimmed();
        if (code.size() != 2)
            continue;
        ++countriesInList;
        const countries::Country* c = countries::byCode(code);
        QVERIFY2(c, qPrintable(code));
        QCOMPARE(QString::fromLatin1(c->alpha3), f.value(alpha3).trimmed());
        for (const QString& written : {code, f.value(alpha3).trimmed(), f.value(official).trimmed()}) {
            if (written.isEmpty())
                continue;
            const auto resolved = countries::resolve(written);
            QVERIFY2(resolved && *resolved == code, qPrintable(written));
        }
    }
    QCOMPARE(qsizetype(countriesInList), qsizetype(countries::all().size()));
}

void TestCountries::aHugeCountryIsRefusedAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    const auto resolved = countries::resolve(QString(1'000'000, QLatin1Char('A')));
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().detail.contains(QLatin1String("1000000 characters")),
             qPrintable(resolved.error().detail));
    QVERIFY(timer.elapsed() < 200);
}

QTEST_GUILESS_MAIN(TestCountries)
#include "TestCountries.moc"
