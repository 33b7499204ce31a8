#pragma once

// What the CSV imports share (CsvImport*.cpp): the accepted names of each field, where each is in a
// file's header, and the call to a master import function with its answer read into a report.

#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "common/Result.h"
#include "sync/CsvImport.h"
#include "sync/CsvTable.h"

namespace wf::sync::csv {

/// One field of an import and the column names it is accepted under (the first is the plain one).
struct Field
{
    const char* key;
    std::vector<const char*> names;
    bool required = false;
    const char* meaning = "";
};

/// Where each field is in a file's header (-1: absent), and the columns no field takes.
struct Layout
{
    QHash<QString, int> at;
    QStringList ignored;
    QStringList header;

    int column(const QString& key) const { return at.value(key, -1); }
    QString value(const QStringList& row, const QString& key) const
    {
        const int i = column(key);
        const QString v = i >= 0 ? row.value(i).trimmed() : QString();
        return v.isNull() ? QStringLiteral("") : v;
    }
};

/// A header name as compared: letter case, runs of spaces and Shopify's "(not editable)" aside.
QString normalized(const QString& name);
/// The file's layout, or an error naming the required fields it lacks.
Result<Layout> layoutOf(const QStringList& header, const std::vector<Field>& fields, const QString& path);
/// "column 5 (Variant Grams)".
QString columnName(const Layout& layout, int index);
/// A refused row in the report's form, at the column of `key` when the file has it.
CsvImport::Report::Rejection refusal(const Layout& layout, int line, const QString& key, const QString& reason);
/// Calls an import function of the master (one text bind per value, the answer as JSON text) and
/// reads {imported, unchanged, rejected: [{line, field, error}]} into the report; `fieldKey` maps
/// the master's field names to this file's fields where they differ.
Result<QJsonObject> callMaster(const QSqlDatabase& db,
                               const QString& sql,
                               const QVariantList& binds,
                               const Layout& layout,
                               const QHash<QString, QString>& fieldKey,
                               CsvImport::Report& report);
QString compact(const QJsonArray& rows);
/// "columns not read: …" in the report's notes.
void noteIgnored(const Layout& layout, CsvImport::Report& report);
/// The rows CsvTable could read (blank ones skipped); the others go to the report.
QList<const CsvRow*> readableRows(const QList<CsvRow>& rows, CsvImport::Report& report);
/// A file read and laid out against its fields.
struct LaidOut
{
    QList<CsvRow> rows;
    Layout layout;
};
Result<LaidOut> readLaidOut(const QString& path, const std::vector<Field>& fields);
/// The row's line and, as text, every field of `fields` the file has.
QJsonObject rowObject(const Layout& layout, const CsvRow& row, const std::vector<Field>& fields);
/// What the master answered for the rows (callMaster), with what this side refused first
/// (`local`), in line order, and the columns not read.
Result<CsvImport::Report> answerOf(const QSqlDatabase& db,
                                   const QString& sql,
                                   const QVariantList& binds,
                                   const Layout& layout,
                                   const CsvImport::Report& local,
                                   const QHash<QString, QString>& fieldKey = {});

/// The columns of an orders file (CsvImportOrders.cpp).
const std::vector<Field>& orderColumns();
/// The rejections in line order.
void sortByLine(CsvImport::Report& report);

} // namespace wf::sync::csv
