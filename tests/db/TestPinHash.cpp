#include <QTest>

#include "db/PinHash.h"

using wf::db::PinHash;

class TestPinHash : public QObject
{
    Q_OBJECT

private slots:
    void matchesPublishedPbkdf2Vector();
    void verifiesTheRightPinOnly();
    void saltsDiffer();
    void rejectsMalformedHashes_data();
    void rejectsMalformedHashes();
};

void TestPinHash::matchesPublishedPbkdf2Vector()
{
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64.
    const QByteArray expected = QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                                    "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QCOMPARE(PinHash::pbkdf2Sha256("passwd", "salt", 1, 64), expected);
}

void TestPinHash::verifiesTheRightPinOnly()
{
    const QString stored = PinHash::make(QStringLiteral("2468"), 1000);
    QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    QVERIFY(!stored.contains(QStringLiteral("2468")));
    QVERIFY(PinHash::verify(QStringLiteral("2468"), stored));
    QVERIFY(!PinHash::verify(QStringLiteral("2469"), stored));
    QVERIFY(!PinHash::verify(QString(), stored));
}

void TestPinHash::saltsDiffer()
{
    QVERIFY(PinHash::make(QStringLiteral("1357"), 1000) != PinHash::make(QStringLiteral("1357"), 1000));
    QVERIFY(PinHash::kIterations >= 100000);
}

void TestPinHash::rejectsMalformedHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain text pin") << QStringLiteral("2468");
    QTest::addRow("wrong scheme") << QStringLiteral("md5$1$c2FsdA==$abc=");
    QTest::addRow("absurd iterations") << QStringLiteral("pbkdf2-sha256$999999999$c2FsdA==$abc=");
    QTest::addRow("missing part") << QStringLiteral("pbkdf2-sha256$1000$c2FsdA==");
}

void TestPinHash::rejectsMalformedHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PinHash::verify(QStringLiteral("2468"), stored));
}

QTEST_APPLESS_MAIN(TestPinHash)
#include "TestPinHash.moc"
