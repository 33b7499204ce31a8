#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QXmlStreamReader>

namespace wf::test {

/// Finds English on a screen that should be in another language: any visible string that is the
/// English source of one of our translations (with its arguments filled in), or that holds a word
/// only English has. Data the seller typed (product and customer names, addresses) and codes are
/// not text of ours: words found in `properNames` are left alone.
class EnglishOnScreen
{
public:
    /// `tsFile`: the translation file whose sources are the English to look for.
    explicit EnglishOnScreen(const QString& tsFile) { loadSources(tsFile); }

    int sourceCount() const { return int(m_sources.size()); }

    /// Words of seller data (names, cities, …) that may appear in English on any screen.
    void addProperNames(const QStringList& texts)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
        for (const QString& text : texts)
            for (auto it = word.globalMatch(text); it.hasNext();)
                m_properWords.insert(it.next().captured().toLower());
    }

    /// A column of recorded text (an audit row's detail, an exception's note): kept as it was
    /// written, in whatever language, and so not looked at.
    void ignoreColumn(const QString& viewName, int column) { m_recordColumns.insert({viewName, column}); }

    /// Every English string visible in `root`, each as "objectName: text".
    QStringList findIn(const QWidget* root) const
    {
        QStringList found;
        for (const auto& [where, text] : visibleStrings(root))
            for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (isEnglish(line.trimmed()))
                    found << where + QStringLiteral(": ") + line.trimmed();
        found.removeDuplicates();
        return found;
    }

    bool isEnglish(const QString& text) const
    {
        if (text.isEmpty())
            return false;
        // A barcode's payload shown as it is scanned (the demo's ACK:extra_protection), not a text.
        static const QRegularExpression payload(QStringLiteral("^[A-Z]+:[a-z0-9_]+$"));
        if (payload.match(text).hasMatch())
            return false;
        for (const QRegularExpression& source : m_sources)
            if (source.match(text).hasMatch())
                return true;
        // Runs of letters and digits: one holding a digit is a hash or an id (3b936c3be538…, whose
        // "be" is no English), never a word.
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+"));
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString captured = it.next().captured();
            if (captured.contains(digit))
                continue;
            if (captured.size() > 1 && captured == captured.toUpper())
                continue; // a code: TOTE-101, SKU, EUR
            const QString w = captured.toLower();
            if (englishOnly().contains(w) && !m_properWords.contains(w))
                return true;
        }
        return false;
    }

private:
    QList<QRegularExpression> m_sources;
    QSet<QString> m_properWords;
    QSet<std::pair<QString, int>> m_recordColumns;

    /// Words common on our screens that German never uses (so "Box", "Standard", "Name", "Packer" are not here).
    static const QSet<QString>& englishOnly()
    {
        static const QSet<QString> words = [] {
            QSet<QString> w;
            for (const char* s :
                 {"the",       "of",      "and",     "is",        "not",        "rows",        "order",    "package",
                  "item",      "items",   "pending", "movements", "expected",   "damaged",     "restock",  "changed",
                  "mind",      "proof",   "with",    "large",     "small",      "medium",      "waiting",  "nothing",
                  "queue",     "left",    "done",    "ready",     "approve",    "reject",      "refund",   "refunded",
                  "closed",    "shipped", "picked",  "short",     "found",      "wrong",       "missing",  "weight",
                  "label",     "print",   "close",   "confirm",   "supervisor", "picker",      "returns",  "lookup",
                  "settings",  "reason",  "grade",   "notes",     "photo",      "attach",      "none",     "yes",
                  "unknown",   "intact",  "broken",  "apparel",   "fragile",    "electronics", "liquid",   "battery",
                  "defective", "hold",    "bin",     "tote",      "quantity",   "serial",      "your",     "please",
                  "here",      "this",    "that",    "for",       "from",       "into",        "on",       "at",
                  "are",       "be",      "has",     "have",      "no",         "scanned",     "keyboard", "camera",
                  "wedge"})
                w.insert(QString::fromLatin1(s));
            return w;
        }();
        return words;
    }

    void loadSources(const QString& tsFile)
    {
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(tsFile));
        QXmlStreamReader xml(&file);
        QString source, translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation"))
                addSource(source, xml.readElementText());
        }
    }

    /// A source becomes a pattern: its text literal, each %1 … %9 and %n any text. Sources that
    /// German writes the same ("SKU", "OK") or that are mostly arguments are not English evidence.
    void addSource(const QString& source, const QString& translation)
    {
        if (source == translation || source.trimmed().isEmpty())
            return;
        static const QRegularExpression argument(QStringLiteral("%(\\d|n)"));
        QString literal = source;
        literal.remove(argument);
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]{3,}"));
        if (!letters.match(literal).hasMatch())
            return;
        QString pattern;
        qsizetype at = 0;
        for (auto it = argument.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
            at = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(at));
        for (const QString& line : pattern.split(QStringLiteral("\\\n"), Qt::SkipEmptyParts))
            m_sources << QRegularExpression(QStringLiteral("^") + line.trimmed() + QStringLiteral("$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    }

    static QString plain(const QString& text)
    {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }

    QList<std::pair<QString, QString>> visibleStrings(const QWidget* root) const
    {
        QList<std::pair<QString, QString>> out;
        auto add = [&out](const QWidget* w, const QString& text) {
            if (!text.trimmed().isEmpty())
                out.append(
                    {w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(),
                     plain(text)});
        };
        QList<const QWidget*> widgets{root};
        for (QWidget* child : root->findChildren<QWidget*>())
            widgets << child;
        for (const QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            add(w, w->toolTip());
            if (auto* label = qobject_cast<const QLabel*>(w))
                add(w, label->text());
            else if (auto* button = qobject_cast<const QAbstractButton*>(w))
                add(w, button->text());
            else if (auto* line = qobject_cast<const QLineEdit*>(w))
                add(w, line->placeholderText());
            else if (auto* combo = qobject_cast<const QComboBox*>(w))
                for (int i = 0; i < combo->count(); ++i)
                    add(w, combo->itemText(i));
            else if (auto* group = qobject_cast<const QGroupBox*>(w))
                add(w, group->title());
            else if (auto* plainEdit = qobject_cast<const QPlainTextEdit*>(w))
                add(w, plainEdit->toPlainText());
            else if (auto* textEdit = qobject_cast<const QTextEdit*>(w))
                add(w, textEdit->toPlainText());
            if (auto* tabs = qobject_cast<const QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    add(w, tabs->tabText(i));
            auto* view = qobject_cast<const QAbstractItemView*>(w);
            if (view && view->model() && !qobject_cast<const QHeaderView*>(w))
                addModel(view, add);
        }
        return out;
    }

    template <typename Add>
    void addModel(const QAbstractItemView* view, Add& add) const
    {
        const QAbstractItemModel* model = view->model();
        for (int c = 0; c < model->columnCount(); ++c)
            add(view, model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                if (m_recordColumns.contains({view->objectName(), c}))
                    continue;
                add(view, model->index(r, c).data(Qt::DisplayRole).toString());
                add(view, model->index(r, c).data(Qt::ToolTipRole).toString());
            }
    }
};

} // namespace wf::test
