#include "sync/CsvColumns.h"

#include <algorithm>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "sync/MasterErrors.h"

namespace wf::sync::csv {

/// A header name as compared: letter case, runs of spaces and Shopify's "(not editable)" aside.
QString normalized(const QString& name)
{
    static const QRegularExpression notEditable(QStringLiteral("\\(not editable\\)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString n = name;
    n.remove(notEditable);
    return n.simplified().toLower();
}

Result<Layout> layoutOf(const QStringList& header, const std::vector<Field>& fields, const QString& path)
{
    Layout layout;
    layout.header = header;
    QSet<int> taken;
    QStringList missing;
    for (const Field& f : fields) {
        for (const char* name : f.names) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const QString& h) {
                return normalized(h) == normalized(QString::fromUtf8(name));
            });
            if (found != header.end()) {
                layout.at.insert(QLatin1String(f.key), int(found - header.begin()));
                taken.insert(int(found - header.begin()));
                break;
            }
        }
        if (f.required && !layout.at.contains(QLatin1String(f.key))) {
            QStringList names;
            for (const char* name : f.names)
                names << QString::fromUtf8(name);
            missing << names.join(QStringLiteral(" / "));
        }
    }
    if (!missing.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the header has no column for %1 (floorctl master import --help lists the "
                                   "accepted columns)")
                        .arg(missing.join(QStringLiteral("; "))),
                    path);
    for (int i = 0; i < header.size(); ++i)
        if (!taken.contains(i) && !header[i].trimmed().isEmpty())
            layout.ignored << header[i].trimmed();
    return layout;
}

QString columnName(const Layout& layout, int index)
{
    return QStringLiteral("column %1 (%2)").arg(index + 1).arg(layout.header.value(index).trimmed());
}

/// A refusal of this side (before the master saw the row), in the report's form.
CsvImport::Report::Rejection refusal(const Layout& layout, int line, const QString& key, const QString& reason)
{
    const int at = layout.column(key);
    return {line, at + 1, at >= 0 ? columnName(layout, at) + QStringLiteral(": ") + reason : reason};
}

/// Calls an import function of the master with the rows and reads its answer into the report;
/// `fieldKey` maps the master's field names to this file's fields.
Result<QJsonObject> callMaster(const QSqlDatabase& db,
                               const QString& sql,
                               const QVariantList& binds,
                               const Layout& layout,
                               const QHash<QString, QString>& fieldKey,
                               CsvImport::Report& report)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(Error::Code::InvalidInput, masterMessage(q.lastError()), QStringLiteral("master"));
    const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    report.imported = answer.value(QStringLiteral("imported")).toInt();
    report.unchanged = answer.value(QStringLiteral("unchanged")).toInt();
    for (const QJsonValue& v : answer.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString field = r.value(QStringLiteral("field")).toString();
        report.rejected.append(refusal(layout,
                                       r.value(QStringLiteral("line")).toInt(),
                                       fieldKey.value(field, field),
                                       r.value(QStringLiteral("error")).toString()));
    }
    sortByLine(report);
    return answer;
}

QString compact(const QJsonArray& rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

void noteIgnored(const Layout& layout, CsvImport::Report& report)
{
    if (!layout.ignored.isEmpty())
        report.notes << QStringLiteral("columns not read: %1").arg(layout.ignored.join(QStringLiteral(", ")));
}

/// The rows of a file that CsvTable could read; the others go to the report.
QList<const CsvRow*> readableRows(const QList<CsvRow>& rows, CsvImport::Report& report)
{
    QList<const CsvRow*> usable;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (!rows[r].problem.isEmpty())
            report.rejected.append({rows[r].line, rows[r].problemColumn, rows[r].problem});
        else if (!(rows[r].fields.size() == 1 && rows[r].fields[0].trimmed().isEmpty()))
            usable.append(&rows[r]);
    }
    return usable;
}

Result<LaidOut> readLaidOut(const QString& path, const std::vector<Field>& fields)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    auto layout = layoutOf(read->first().fields, fields, path);
    if (!layout)
        return std::unexpected(layout.error());
    return LaidOut{std::move(*read), std::move(*layout)};
}

QJsonObject rowObject(const Layout& layout, const CsvRow& row, const std::vector<Field>& fields)
{
    QJsonObject o{{QStringLiteral("line"), row.line}};
    for (const Field& f : fields)
        if (layout.column(QLatin1String(f.key)) >= 0)
            o.insert(QLatin1String(f.key), layout.value(row.fields, QLatin1String(f.key)));
    return o;
}

Result<CsvImport::Report> answerOf(const QSqlDatabase& db,
                                   const QString& sql,
                                   const QVariantList& binds,
                                   const Layout& layout,
                                   const CsvImport::Report& local,
                                   const QHash<QString, QString>& fieldKey)
{
    CsvImport::Report report;
    if (auto ok = callMaster(db, sql, binds, layout, fieldKey, report); !ok)
        return std::unexpected(ok.error());
    report.rejected = local.rejected + report.rejected;
    report.notes = local.notes + report.notes;
    sortByLine(report);
    noteIgnored(layout, report);
    return report;
}

void sortByLine(CsvImport::Report& report)
{
    std::stable_sort(report.rejected.begin(), report.rejected.end(), [](const auto& a, const auto& b) {
        return a.line < b.line;
    });
}

} // namespace wf::sync::csv
