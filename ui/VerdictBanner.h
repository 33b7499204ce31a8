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

signals:
    void verdictShown(wf::workflows::Verdict::Kind kind);

private:
    QString m_code;
};

} // namespace wf::ui
