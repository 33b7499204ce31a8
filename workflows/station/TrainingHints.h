#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wf::workflows {

/// One entry of the demo scan simulator: what to show and what it scans.
struct TrainingHint
{
    QString label;
    QString payload;
    bool isWrong = false; ///< deliberately wrong, to see the error path
};

/// Barcodes that are useful on a screen of the demo, read from the cache, plus a few wrong ones.
class TrainingHints
{
public:
    explicit TrainingHints(QSqlDatabase db);

    QList<TrainingHint> forLogin() const;
    QList<TrainingHint> forLookup() const;

private:
    QSqlDatabase m_db;
};

} // namespace wf::workflows
