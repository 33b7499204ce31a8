#pragma once

#include <QLabel>

#include "workflows/Verdict.h"

namespace wf::ui {

/// A wide coloured band with the verdict's message: green ok, amber warn, red error, blue prompt.
/// Keeps the last verdict's code for tests and for the scan log view.
class VerdictBanner : public QLabel
{
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget* parent = nullptr);

    void show(const workflows::Verdict& verdict);
    void clearVerdict();
    QString code() const { return m_code; }
    /// How many verdicts it has shown: a verdict worded as the one before is still a new one.
    quint64 shown() const { return m_shown; }

signals:
    void verdictShown(wf::workflows::Verdict::Kind kind);

private:
    QString m_code;
    quint64 m_shown = 0;
};

} // namespace wf::ui
