#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "common/VerdictCodes.h"

using namespace wf;

/// The registry is whole and consistent, and no code written in the sources is missing from it.
class TestVerdictCodes : public QObject
{
    Q_OBJECT

    /// Every .cpp and .h of these modules: its path and text.
    static QList<std::pair<QString, QString>> sources(std::initializer_list<const char*> modules)
    {
        QList<std::pair<QString, QString>> out;
        for (const char* module : modules) {
            QDirIterator files(QStringLiteral(WF_SOURCE_DIR "/") + QLatin1String(module),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                               QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    out.append({file.fileName(), QString::fromUtf8(file.readAll())});
            }
        }
        return out;
    }

private slots:
    void everyEntryIsItsEnumValueAndUnique()
    {
        const QMetaEnum meta = QMetaEnum::fromType<codes::Code>();
        QCOMPARE(meta.keyCount(), int(codes::all().size()));
        QSet<QString> names;
        static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        for (int i = 0; i < codes::all().size(); ++i) {
            const codes::Entry& e = codes::all()[i];
            QCOMPARE(int(e.code), i); // the table is in the enum's order
            const QString name = QString::fromLatin1(e.name);
            QVERIFY2(snake.match(name).hasMatch(), e.name);
            QVERIFY2(!names.contains(name), e.name);
            names.insert(name);
            QVERIFY2(e.uses != 0, e.name);
            QVERIFY2(qstrlen(e.label) > 0, e.name);
            // The enum's key is the string in CamelCase: one name, two spellings.
            QString camel;
            for (const QString& part : name.split(QLatin1Char('_')))
                camel += part.left(1).toUpper() + part.mid(1);
            QCOMPARE(QString::fromLatin1(meta.valueToKey(i)), camel);
            QCOMPARE(codes::find(name), &e);
        }
        QVERIFY(!codes::known(u"picked")); // what the demo history once wrote and no workflow does
        QVERIFY(codes::known(u"item_picked"));
    }

    void everyCodeWrittenInTheSourcesIsRegistered()
    {
        // Literal codes as the sources write them: a verdict's code, an exception's kind, a
        // scanner's problem. A new one added without its registry entry fails here.
        static const QList<QRegularExpression> patterns = {
            QRegularExpression(
                QStringLiteral(R"re(Verdict::(?:ok|warn|error|prompt)\(\s*QStringLiteral\("([a-z0-9_]+)"\))re")),
            QRegularExpression(QStringLiteral(R"re(exception\(\s*QStringLiteral\("([a-z0-9_]+)"\))re")),
            QRegularExpression(QStringLiteral(R"re(problem\(\s*QStringLiteral\("([a-z0-9_]+)"\))re")),
            QRegularExpression(QStringLiteral(R"re(scan,\s*QStringLiteral\("([a-z0-9_]+)"\)\))re")),
        };
        QStringList unknown;
        int seen = 0;
        const auto files = sources({"workflows", "ui", "app", "db", "scanner", "sync", "printing"});
        QVERIFY(!files.isEmpty());
        for (const auto& [name, text] : files)
            for (const QRegularExpression& pattern : patterns)
                for (auto it = pattern.globalMatch(text); it.hasNext();) {
                    const QString code = it.next().captured(1);
                    ++seen;
                    if (!codes::known(code))
                        unknown << QStringLiteral("%1: %2").arg(name, code);
                }
        QVERIFY2(seen > 10, qPrintable(QString::number(seen))); // the patterns still find the codes
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
    }

    void workflowsAndScreensTakeVerdictCodesFromTheRegistry()
    {
        // A verdict is made with Verdict::of(codes::Code::…), which takes its kind from the
        // registry: one code, one colour. A literal code with a kind of its own beside it is what
        // this forbids (codes passed on as values, like a stored one, are not literals).
        static const QRegularExpression literal(
            QStringLiteral(R"re(Verdict::(?:ok|warn|error|prompt)\(\s*QStringLiteral\("([a-z0-9_]+)"\))re"));
        static const QRegularExpression registered(QStringLiteral(R"re(Verdict::of\(\s*[^;]*?codes::Code::\w+)re"));
        QStringList literals;
        int fromRegistry = 0;
        for (const auto& [name, text] : sources({"workflows", "ui"})) {
            for (auto it = literal.globalMatch(text); it.hasNext();)
                literals << QStringLiteral("%1: %2").arg(name, it.next().captured(1));
            for (auto it = registered.globalMatch(text); it.hasNext(); it.next())
                ++fromRegistry;
        }
        QVERIFY2(fromRegistry > 150, qPrintable(QString::number(fromRegistry)));
        QVERIFY2(literals.isEmpty(), qPrintable(literals.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestVerdictCodes)
#include "TestVerdictCodes.moc"
