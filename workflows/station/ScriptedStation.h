#pragma once

#include <memory>
#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "workflows/Verdict.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSession.h"
#include "workflows/returns/ReturnSession.h"
#include "workflows/station/OperatorSession.h"

namespace wf::workflows {

class ItemLookup;
class OperatorLogin;

/// A station driven by a script instead of hands: the same workflow objects as the GUI (login,
/// lookup, pick …), one line at a time. Lines: `login BADGE [PIN]`, `logout`,
/// `mode pick|pack|returns|lookup`, `scan TEXT` (with \x1D, \t, \r escapes), `action NAME [ARGS]`;
/// blank lines and `#` comments are skipped. floorctl replay prints what it returns; tests use it
/// to drive whole shifts. Lives on the thread of its connection.
class ScriptedStation
{
public:
    struct Step
    {
        bool skipped = true; ///< blank or comment
        Verdict verdict;
        QString sku; ///< the product a lookup or pick scan was about, when there was one
    };

    ScriptedStation(QSqlDatabase db, QString stationId, PickSession::Settings pickSettings);
    ~ScriptedStation();
    /// How `mode pack` packs and where its labels go (by default files beside the cache).
    void setPacking(PackSettings settings, PackSession::LabelOutput output);

    Step run(const QString& line);

private:
    /// `resolve HANDLE NOTE`: a supervisor resolves an open exception (id, UUID or kind:reference).
    Step resolve(const QString& handle, const QString& note);
    Verdict pickAction(const QString& name, const QStringList& args);
    Verdict returnsAction(const QString& name, const QStringList& args);
    Verdict packAction(const QString& name, const QStringList& args);
    Step login(const QStringList& words);
    Step mode(const QString& name);
    Step scan(const QString& text);
    Step action(const QStringList& words);

    QSqlDatabase m_db;
    QString m_stationId;
    PickSession::Settings m_pickSettings;
    std::unique_ptr<OperatorLogin> m_login;
    std::unique_ptr<ItemLookup> m_lookup;
    std::unique_ptr<PickSession> m_pick;
    std::unique_ptr<ReturnSession> m_returns;
    std::unique_ptr<PackSession> m_pack;
    PackSettings m_packSettings;
    PackSession::LabelOutput m_labelOutput;
    std::optional<OperatorSession> m_operator;
    QString m_mode;
};

} // namespace wf::workflows
