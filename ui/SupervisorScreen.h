#pragma once

#include <optional>

#include <QHash>
#include <QWidget>

#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"
#include "workflows/supervisor/FloorMetrics.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// The supervisor console (key 6; supervisors only): the exceptions queue with filters and
/// resolution, the audit trail with its chain check, and the dashboard — the floor's figures for
/// today or this week, trends per hour, bars by operator and by exception kind (Qt Charts).
/// Every table and chart's data exports as CSV into the folder given on the screen.
class SupervisorScreen : public QWidget
{
    Q_OBJECT
public:
    SupervisorScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    void start(const workflows::OperatorSession& session);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Shows the rows and keeps them for the CSV export.
    void fill(QTableWidget* table, const QList<QStringList>& rows);
    /// The export writes these codes where the column shows their labels.
    void keepCodes(const QTableWidget* table, int column, const QStringList& codes);
    QWidget* buildExceptions();
    QWidget* buildAudit();
    QWidget* buildDashboard();
    void refreshExceptions();
    void refreshAudit();
    void refreshDashboard();
    void resolveSelected();
    void exportTable(QTableWidget* table, const QString& name);
    void retranslate();

    workflows::FloorServices& m_services;
    workflows::OperatorSession m_session;
    QLabel* m_title;
    QTabWidget* m_tabs;
    VerdictBanner* m_banner;
    QLineEdit* m_exportFolder;
    // Exceptions
    QComboBox* m_kind;
    QComboBox* m_age;
    QLineEdit* m_operator;
    QLineEdit* m_order;
    QCheckBox* m_openOnly;
    QTableWidget* m_exceptions;
    QLineEdit* m_note;
    QPushButton* m_resolve;
    QPushButton* m_exportExceptions;
    // Audit
    QTableWidget* m_audit;
    QLabel* m_chain;
    QPushButton* m_verify;
    QPushButton* m_exportAudit;
    // Dashboard
    QComboBox* m_period;
    QComboBox* m_scope;       ///< this station's cache, or the whole warehouse as the master counted it
    QLabel* m_scopeNote;      ///< when the master's figures were taken, or why there are none
    QTableWidget* m_stations; ///< the warehouse's stations: last contact and what they still hold
    QTableWidget* m_figures;
    QTableWidget* m_operators;
    QTableWidget* m_hourly;
    QTableWidget* m_kinds;
    QChartView* m_trendChart;
    QChartView* m_operatorChart;
    QChartView* m_kindChart;
    QPushButton* m_exportDashboard;
    QHash<const QTableWidget*, QList<QStringList>> m_exported; ///< each table's rows as exported

    /// The report the dashboard shows: this station's, or the master's snapshot of the warehouse.
    std::optional<workflows::FloorMetrics::Report> dashboardReport(const QDateTime& since, const QDateTime& now);
    void fillStations(const workflows::FloorMetrics::Report& report);
};

} // namespace wf::ui
