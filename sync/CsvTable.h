#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

namespace wf::sync {

/// One row of a CSV file: its fields, the line it starts on (1: the first line) and, when the row
/// cannot be used, why and in which column (1: the first) — invalid UTF-8, a NUL byte, text after a
/// closing quote. Such a row is refused on its own; the rows around it are not.
struct CsvRow
{
    int line = 0;
    QStringList fields;
    QString problem;
    int problemColumn = 0;
};

/// A CSV file read strictly, as RFC 4180 writes it, in one pass over its bytes (linear in the file):
/// a field that starts with a quote is quoted (it may hold commas, line breaks and doubled quotes);
/// a quote anywhere else is a character (`15" laptop sleeve` is a title). A quoted field that is
/// never closed refuses the file with the line and column it opened on. A UTF-8 byte-order mark
/// is skipped; a UTF-16 file (with or without its mark) is refused and named; a header naming a
/// column twice is refused. Every error names the line and column; read() adds the file.
class CsvTable
{
public:
    [[nodiscard]] static Result<QList<CsvRow>> parse(const QByteArray& bytes);
    /// The file's rows, the header first (checked for duplicate names), or why the file cannot be read.
    [[nodiscard]] static Result<QList<CsvRow>> read(const QString& path);
};

} // namespace wf::sync
