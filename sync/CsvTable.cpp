#include "sync/CsvTable.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace wf::sync {

namespace {

std::unexpected<Error> refused(const QString& detail, const QString& context = {})
{
    return fail(Error::Code::InvalidInput, detail, context);
}

/// Which UTF-16 the bytes are in, or empty: by byte-order mark, or by the NUL bytes every other
/// byte that ASCII text in UTF-16 has.
QString utf16Kind(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16 (little-endian, with a byte-order mark)");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16 (big-endian, with a byte-order mark)");
    if (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        return QStringLiteral("UTF-16 (little-endian)");
    if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
        return QStringLiteral("UTF-16 (big-endian)");
    return {};
}

/// The state of one pass: the row and field being read.
struct Reader
{
    QList<CsvRow> rows;
    CsvRow row;
    QByteArray field;
    bool fieldQuoted = false;
    bool anyInRow = false;

    void problem(const QString& why)
    {
        if (row.problem.isEmpty()) {
            row.problem = why;
            row.problemColumn = int(row.fields.size()) + 1;
        }
    }

    void endField()
    {
        if (field.contains('\0'))
            problem(QStringLiteral("a NUL byte (0x00) is not text"));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(field);
        if (utf8.hasError())
            problem(QStringLiteral("the text is not valid UTF-8"));
        row.fields << (text.isNull() ? QStringLiteral("") : text);
        field.clear();
        fieldQuoted = false;
    }

    void endRow(int nextLine)
    {
        const bool blank = !anyInRow && field.isEmpty() && row.fields.isEmpty();
        if (!blank) {
            endField();
            rows.append(row);
        }
        row = CsvRow{};
        row.line = nextLine;
        field.clear();
        fieldQuoted = false;
        anyInRow = false;
    }
};

} // namespace

Result<QList<CsvRow>> CsvTable::parse(const QByteArray& bytes)
{
    Reader r;
    int line = 1;
    r.row.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // just after a quoted field's closing quote
    int quoteLine = 0;
    int quoteColumn = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < n && bytes[i + 1] == '"') {
                r.field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
                afterQuote = true;
            } else {
                if (c == '\n')
                    ++line;
                r.field += c;
            }
            continue;
        }
        if (c == ',') {
            r.endField();
            r.anyInRow = true;
            afterQuote = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && bytes[i + 1] == '\n')
                ++i;
            r.endRow(++line);
            afterQuote = false;
        } else if (c == '"' && r.field.isEmpty() && !r.fieldQuoted && !afterQuote) {
            inQuotes = true;
            r.fieldQuoted = true;
            r.anyInRow = true;
            quoteLine = line;
            quoteColumn = int(r.row.fields.size()) + 1;
        } else {
            if (afterQuote)
                r.problem(QStringLiteral("text after the closing quote of a quoted field"));
            r.field += c;
            r.anyInRow = true;
        }
    }
    if (inQuotes)
        return refused(QStringLiteral("line %1, column %2: a quoted field is never closed (a \" without its "
                                      "closing \")")
                           .arg(quoteLine)
                           .arg(quoteColumn));
    r.endRow(line + 1);
    return r.rows;
}

Result<QList<CsvRow>> CsvTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(file.errorString(), path);
    QByteArray bytes = file.readAll();
    if (const QString kind = utf16Kind(bytes); !kind.isEmpty())
        return refused(QStringLiteral("line 1: the file is %1; save it as CSV UTF-8").arg(kind), path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a spreadsheet's UTF-8 byte-order mark
    auto rows = parse(bytes);
    if (!rows)
        return std::unexpected(Error{rows.error().code, rows.error().detail, path});
    if (rows->isEmpty())
        return refused(QStringLiteral("the file is empty"), path);
    const CsvRow& header = rows->first();
    if (!header.problem.isEmpty())
        return refused(QStringLiteral("line %1, column %2 of the header: %3")
                           .arg(header.line)
                           .arg(header.problemColumn)
                           .arg(header.problem),
                       path);
    QHash<QString, int> seen;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields[c].trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (const auto first = seen.constFind(name); first != seen.cend())
            return refused(QStringLiteral("line %1: the header names '%2' twice (columns %3 and %4)")
                               .arg(header.line)
                               .arg(header.fields[c].trimmed())
                               .arg(*first + 1)
                               .arg(c + 1),
                           path);
        seen.insert(name, c);
    }
    return rows;
}

} // namespace wf::sync
