#include "ui/SupervisorScreen.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <QValueAxis>

#include "common/CsvField.h"
#include "ui/FittedText.h"
#include "ui/TableFit.h"
#include "ui/Theme.h"
#include "ui/VerdictBanner.h"
#include "workflows/CacheFailure.h"
#include "workflows/FloorLabels.h"
#include "workflows/station/FloorServices.h"
#include "workflows/supervisor/SupervisorConsole.h"

namespace wf::ui {

namespace {

QTableWidget* makeTable(const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns as wide as their content (headers included), the last one takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setStyleSheet(QStringLiteral("QTableWidget { font-size: 12pt; } QHeaderView::section { font-size: 12pt; }"));
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    return table;
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString figure(const std::optional<double>& value, bool percent)
{
    if (!value)
        return QStringLiteral("–");
    return percent ? QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%') : QString::number(*value, 'f', 1);
}

QChartView* makeChartView(const char* name, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setMinimumHeight(280); // the dashboard scrolls; a squashed chart elides its axis
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

/// A bar chart of one value per category, replacing what the chart showed.
void showBars(QChartView* view, const QString& title, const QList<std::pair<QString, double>>& bars)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    QStringList categories;
    double top = 1;
    for (const auto& [category, value] : bars) {
        categories << category;
        *set << value;
        top = std::max(top, value);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace

SupervisorScreen::SupervisorScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_banner(new VerdictBanner(this))
    , m_exportFolder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("supervisorScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_exportFolder->setObjectName(QStringLiteral("exportFolderLineEdit"));
    m_exportFolder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_tabs->addTab(buildExceptions(), QString());
    m_tabs->addTab(buildAudit(), QString());
    m_tabs->addTab(buildDashboard(), QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportFolder, 1);
    layout->addLayout(exportRow);
    layout->addWidget(m_banner);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            refreshAudit();
        if (index == 2)
            refreshDashboard();
    });
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &SupervisorScreen::backRequested);
    retranslate();
}

QWidget* SupervisorScreen::buildExceptions()
{
    auto* page = new QWidget(this);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_age = new QComboBox(page);
    m_age->setObjectName(QStringLiteral("ageComboBox"));
    m_operator = new QLineEdit(page);
    m_operator->setObjectName(QStringLiteral("operatorFilterLineEdit"));
    m_order = new QLineEdit(page);
    m_order->setObjectName(QStringLiteral("orderFilterLineEdit"));
    m_openOnly = new QCheckBox(page);
    m_openOnly->setObjectName(QStringLiteral("openOnlyCheckBox"));
    m_openOnly->setChecked(true);
    m_exceptions = makeTable("exceptionsTable", page);
    m_exceptions->setColumnCount(9);
    TableFit::apply(m_exceptions, {1, 2, 5, 6, 8}); // raised, kind, SKU, detail, resolution wrap
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("resolutionNoteLineEdit"));
    m_resolve = new QPushButton(page);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_exportExceptions = new QPushButton(page);
    m_exportExceptions->setObjectName(QStringLiteral("exportExceptionsButton"));
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_age, m_operator, m_order, m_openOnly})
        filters->addWidget(w);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_note, 1);
    actions->addWidget(m_resolve);
    actions->addWidget(m_exportExceptions);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_exceptions, 1);
    layout->addLayout(actions);
    for (auto* combo : {m_kind, m_age})
        connect(combo, &QComboBox::activated, this, &SupervisorScreen::refreshExceptions);
    for (auto* edit : {m_operator, m_order})
        connect(edit, &QLineEdit::returnPressed, this, &SupervisorScreen::refreshExceptions);
    connect(m_openOnly, &QCheckBox::toggled, this, &SupervisorScreen::refreshExceptions);
    connect(m_resolve, &QPushButton::clicked, this, &SupervisorScreen::resolveSelected);
    // Enter on a row resolves it (with the note typed beside), as the Resolve button does.
    auto* resolveRow = new QShortcut(QKeySequence(Qt::Key_Return), m_exceptions);
    resolveRow->setContext(Qt::WidgetShortcut);
    connect(resolveRow, &QShortcut::activated, this, &SupervisorScreen::resolveSelected);
    auto* resolveRowEnter = new QShortcut(QKeySequence(Qt::Key_Enter), m_exceptions);
    resolveRowEnter->setContext(Qt::WidgetShortcut);
    connect(resolveRowEnter, &QShortcut::activated, this, &SupervisorScreen::resolveSelected);
    connect(m_note, &QLineEdit::returnPressed, this, &SupervisorScreen::resolveSelected);
    connect(m_exportExceptions, &QPushButton::clicked, this, [this] {
        exportTable(m_exceptions, QStringLiteral("exceptions"));
    });
    return page;
}

QWidget* SupervisorScreen::buildAudit()
{
    auto* page = new QWidget(this);
    m_audit = makeTable("auditTable", page);
    m_audit->setColumnCount(7);
    TableFit::apply(m_audit, {1, 4, 5, 6}); // at, action, subject, detail wrap
    m_chain = new QLabel(page);
    m_chain->setObjectName(QStringLiteral("auditChainLabel"));
    m_chain->setWordWrap(true);
    m_chain->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a 64-digit hash must not widen the window
    m_verify = new QPushButton(page);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_exportAudit = new QPushButton(page);
    m_exportAudit->setObjectName(QStringLiteral("exportAuditButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_chain, 1);
    row->addWidget(m_verify);
    row->addWidget(m_exportAudit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_audit, 1);
    layout->addLayout(row);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        auto check = m_services.supervisor->verifyAudit();
        if (!check) {
            const QString said = workflows::cacheFailure(check.error()).message; // the detail goes to the log
            m_chain->setText(fittedText(said));
            m_chain->setToolTip(said);
            return;
        }
        const QString said =
            check->intact() ? tr("Intact: %1 rows, the chain ends in %2…").arg(check->rows).arg(check->head.left(16))
                            : tr("Broken at row %1: %2").arg(*check->firstBad).arg(check->problem);
        m_chain->setText(fittedText(said));
        m_chain->setToolTip(said);
        m_chain->setStyleSheet(check->intact() ? QStringLiteral("color: #1b7a1b; font-weight: bold;")
                                               : QStringLiteral("color: #b00020; font-weight: bold;"));
    });
    connect(m_exportAudit, &QPushButton::clicked, this, [this] {
        exportTable(m_audit, QStringLiteral("audit"));
    });
    return page;
}

QWidget* SupervisorScreen::buildDashboard()
{
    // The dashboard scrolls: the station's 1280×800 screen shows the figures and the first charts.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    m_period = new QComboBox(page);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_scope = new QComboBox(page);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeNote = new QLabel(page);
    m_scopeNote->setObjectName(QStringLiteral("scopeNoteLabel"));
    m_scopeNote->setWordWrap(true);
    m_stations = makeTable("stationsTable", page);
    m_stations->setColumnCount(4);
    m_stations->setMinimumHeight(140);
    m_stations->hide(); // the warehouse's stations, shown with its figures
    m_figures = makeTable("figuresTable", page);
    m_figures->setColumnCount(2);
    m_figures->setMinimumHeight(330); // every figure without scrolling inside the scrolling page
    m_operators = makeTable("operatorsTable", page);
    m_operators->setColumnCount(5);
    TableFit::apply(m_operators, {0, 2, 3, 4}); // the name, and headers over figures, wrap
    m_operators->setMinimumHeight(200);
    m_hourly = makeTable("hourlyTable", page);
    m_hourly->setColumnCount(3);
    m_hourly->hide(); // the trend chart's data, for export
    m_kinds = makeTable("kindsTable", page);
    m_kinds->setColumnCount(2);
    m_kinds->hide(); // the exception chart's data, for export
    m_trendChart = makeChartView("trendChartView", page);
    m_operatorChart = makeChartView("operatorChartView", page);
    m_kindChart = makeChartView("kindChartView", page);
    m_exportDashboard = new QPushButton(page);
    m_exportDashboard->setObjectName(QStringLiteral("exportDashboardButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_scope);
    top->addWidget(m_scopeNote, 1);
    top->addWidget(m_exportDashboard);
    auto* grid = new QGridLayout;
    grid->addWidget(m_figures, 0, 0);
    grid->addWidget(m_trendChart, 0, 1);
    grid->addWidget(m_operators, 1, 0);
    grid->addWidget(m_operatorChart, 1, 1);
    grid->addWidget(m_kindChart, 2, 0, 1, 2);
    grid->addWidget(m_stations, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    connect(m_period, &QComboBox::activated, this, &SupervisorScreen::refreshDashboard);
    connect(m_scope, &QComboBox::activated, this, &SupervisorScreen::refreshDashboard);
    connect(m_exportDashboard, &QPushButton::clicked, this, [this] {
        for (const auto& [table, name] : {std::pair{m_figures, "figures"},
                                          std::pair{m_operators, "operators"},
                                          std::pair{m_hourly, "scans-trend"},
                                          std::pair{m_kinds, "exceptions-by-kind"},
                                          std::pair{m_stations, "stations"}})
            exportTable(table, QString::fromLatin1(name));
    });
    return scroll;
}

void SupervisorScreen::start(const workflows::OperatorSession& session)
{
    m_session = session;
    const QString chosen = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), QString());
    if (auto kinds = m_services.supervisor->exceptions().kinds())
        for (const QString& kind : *kinds)
            m_kind->addItem(workflows::labels::exceptionKind(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    refreshExceptions();
    if (m_tabs->currentIndex() == 1)
        refreshAudit();
    if (m_tabs->currentIndex() == 2)
        refreshDashboard();
}

void SupervisorScreen::refreshExceptions()
{
    db::ExceptionFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.operatorBadge = m_operator->text().trimmed();
    filter.orderId = m_order->text().trimmed();
    filter.openOnly = m_openOnly->isChecked();
    const int days = m_age->currentData().toInt();
    if (days > 0)
        filter.raisedAfterMs = QDateTime::currentDateTime().addDays(-days).toMSecsSinceEpoch();
    auto rows = m_services.supervisor->exceptions().list(filter);
    if (!rows) {
        m_banner->show(workflows::cacheFailure(rows.error()));
        return;
    }
    QList<QStringList> cells;
    for (const auto& e : *rows)
        cells.append({QString::number(e.id),
                      when(e.raisedAt),
                      workflows::labels::exceptionKind(e.kind),
                      e.operatorBadge,
                      e.orderId,
                      e.sku,
                      e.detail,
                      workflows::labels::exceptionStatus(e.status),
                      e.resolvedBy.isEmpty()
                          ? QString()
                          : tr("%1 at %2: %3").arg(e.resolvedBy, when(e.resolvedAt), e.resolutionNote)});
    fill(m_exceptions, cells);
    QStringList kinds, statuses;
    for (const auto& e : *rows)
        kinds << e.kind, statuses << e.status;
    keepCodes(m_exceptions, 2, kinds);
    keepCodes(m_exceptions, 7, statuses);
}

void SupervisorScreen::resolveSelected()
{
    const int row = m_exceptions->currentRow();
    if (row < 0 || !m_exceptions->item(row, 0)) {
        m_banner->show(workflows::Verdict::of(codes::Code::NoException, tr("Choose an exception first.")));
        return;
    }
    const qint64 id = m_exceptions->item(row, 0)->text().toLongLong();
    m_banner->show(m_services.supervisor->exceptions().resolve(m_session, id, m_note->text()));
    if (m_banner->code() == QLatin1String("exception_resolved"))
        m_note->clear();
    refreshExceptions();
}

void SupervisorScreen::refreshAudit()
{
    auto rows = m_services.supervisor->auditTail(500);
    if (!rows)
        return;
    QList<QStringList> cells;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) // newest first
        cells.append({QString::number(it->id),
                      when(it->at),
                      it->operatorBadge,
                      it->stationId,
                      workflows::labels::auditAction(it->action),
                      it->subject,
                      it->detail});
    fill(m_audit, cells);
    QStringList actions;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        actions << it->action;
    keepCodes(m_audit, 4, actions);
}

void SupervisorScreen::refreshDashboard()
{
    const QDateTime now = QDateTime::currentDateTime();
    const int days = m_period->currentData().toInt();
    const QDateTime since(now.date().addDays(-days), QTime(0, 0));
    const auto report = dashboardReport(since, now);
    if (!report)
        return;
    const auto& r = *report;
    fillStations(r);
    const auto& c = r.counts;
    fill(m_figures,
         {{tr("Scans"), QString::number(r.all.scans)},
          {tr("Scans per hour"), figure(r.all.scansPerHour, false)},
          {tr("Picks per hour"), figure(r.all.picksPerHour, false)},
          {tr("Wrong-scan rate"), figure(r.all.wrongScanRate, true)},
          {tr("Short-pick rate"), figure(r.all.shortPickRate, true)},
          {tr("Order defects prevented"), QString::number(r.defectsPrevented)},
          {tr("On-time dispatch"), figure(r.onTimeDispatchRate, true)},
          {tr("Split shipments"), figure(r.splitShipmentRate, true)},
          {tr("Stockouts at pick"), QString::number(r.stockoutsAtPick)},
          {tr("Restock rate"), figure(r.restockRate, true)}});
    for (const auto& reason : c.returns.byReason)
        m_figures->insertRow(m_figures->rowCount()),
            m_figures->setItem(
                m_figures->rowCount() - 1,
                0,
                new QTableWidgetItem(tr("Refund rate: %1").arg(workflows::labels::returnReason(reason.reason)))),
            m_figures->setItem(m_figures->rowCount() - 1, 1, new QTableWidgetItem(figure(reason.refundRate, true)));
    QList<QStringList> operators;
    QList<std::pair<QString, double>> operatorBars;
    for (const auto& o : r.byOperator) {
        operators.append({o.key,
                          QString::number(o.scans),
                          figure(o.scansPerHour, false),
                          figure(o.picksPerHour, false),
                          figure(o.wrongScanRate, true)});
        operatorBars.append({o.key, o.scansPerHour.value_or(0)});
    }
    fill(m_operators, operators);
    showBars(m_operatorChart, tr("Scans per hour by operator"), operatorBars);
    QList<QStringList> kinds;
    QList<std::pair<QString, double>> kindBars;
    for (auto it = c.exceptionsByKind.cbegin(); it != c.exceptionsByKind.cend(); ++it) {
        kinds.append({workflows::labels::exceptionKind(it.key()), QString::number(it.value())});
        kindBars.append({workflows::labels::exceptionKind(it.key()), double(it.value())});
    }
    fill(m_kinds, kinds);
    showBars(m_kindChart, tr("Exceptions by kind"), kindBars);
    // The trend as FloorMetrics cuts it (per hour for a day, per day beyond); the table holds what
    // the chart shows.
    const bool daily = r.trendBucket == workflows::FloorMetrics::Bucket::Day;
    QList<QStringList> rows;
    auto* scans = new QLineSeries;
    scans->setName(tr("Scans"));
    auto* errors = new QLineSeries;
    errors->setName(tr("Errors"));
    double top = 1;
    for (const auto& point : r.trend) {
        const qint64 start = point.start.toMSecsSinceEpoch();
        rows.append({when(start), QString::number(point.scans), QString::number(point.errors)});
        scans->append(double(start), double(point.scans));
        errors->append(double(start), double(point.errors));
        top = std::max(top, double(point.scans));
    }
    fill(m_hourly, rows);
    m_hourly->setHorizontalHeaderLabels({daily ? tr("Day") : tr("Hour"), tr("Scans"), tr("Errors")});
    QChart* trend = m_trendChart->chart();
    trend->removeAllSeries();
    for (QAbstractAxis* axis : trend->axes())
        trend->removeAxis(axis);
    trend->setTitle(daily ? tr("Scans and errors per day") : tr("Scans and errors per hour"));
    trend->addSeries(scans);
    trend->addSeries(errors);
    auto* x = new QDateTimeAxis;
    x->setFormat(daily ? QStringLiteral("dd.MM") : QStringLiteral("HH:mm"));
    x->setRange(since, now);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    trend->addAxis(x, Qt::AlignBottom);
    trend->addAxis(y, Qt::AlignLeft);
    for (auto* series : {scans, errors}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    trend->legend()->show();
}

std::optional<workflows::FloorMetrics::Report> SupervisorScreen::dashboardReport(const QDateTime& since,
                                                                                 const QDateTime& now)
{
    const bool warehouse = m_scope->currentData().toBool();
    if (warehouse) {
        auto figures = m_services.supervisor->warehouseMetrics(m_period->currentData().toInt());
        if (!figures) {
            m_banner->show(workflows::cacheFailure(figures.error()));
            return std::nullopt;
        }
        if (*figures) {
            m_scopeNote->setText(tr("Every station of the warehouse, as the master counted them at %1.")
                                     .arg(QLocale().toString((*figures)->takenAt, QLocale::ShortFormat)));
            return (*figures)->report;
        }
        m_scopeNote->setText(tr("The master's figures have not arrived yet (the station syncs with the master); "
                                "showing this station's."));
    } else {
        m_scopeNote->setText(tr("What this station recorded."));
    }
    auto report = m_services.supervisor->metrics(since, now);
    if (!report) {
        m_banner->show(workflows::cacheFailure(report.error()));
        return std::nullopt;
    }
    return *report;
}

void SupervisorScreen::fillStations(const workflows::FloorMetrics::Report& report)
{
    QList<QStringList> rows;
    for (const auto& st : report.counts.stations)
        rows.append({st.id,
                     st.lastContactMs > 0 ? when(st.lastContactMs) : tr("never"),
                     QString::number(st.queueDepth),
                     QString::number(st.eventsPending)});
    fill(m_stations, rows);
    m_stations->setVisible(!rows.isEmpty());
}

void SupervisorScreen::fill(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_exported.insert(table, rows); // what the export writes: the data, not the cells
}

void SupervisorScreen::keepCodes(const QTableWidget* table, int column, const QStringList& codes)
{
    // A column shown as labels is exported as its codes, which a spreadsheet reads.
    auto& rows = m_exported[table];
    for (int r = 0; r < codes.size() && r < rows.size(); ++r)
        if (column < rows[r].size())
            rows[r][column] = codes[r];
}

void SupervisorScreen::exportTable(QTableWidget* table, const QString& name)
{
    const QString folder = m_exportFolder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_banner->show(workflows::Verdict::of(codes::Code::ExportFailed, tr("Give a folder to export into.")));
        return;
    }
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2.csv")
                                  .arg(name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_banner->show(workflows::Verdict::of(codes::Code::ExportFailed, tr("Cannot write %1.").arg(path)));
        return;
    }
    QTextStream out(&file);
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c)
        header << csvField(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
    out << header.join(QLatin1Char(',')) << '\n';
    const QList<QStringList> rows = m_exported.value(table);
    for (const QStringList& cells : rows) {
        QStringList row;
        for (const QString& cell : cells)
            row << csvField(cell);
        out << row.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    if (!file.commit()) {
        m_banner->show(workflows::Verdict::of(codes::Code::ExportFailed, tr("Cannot write %1.").arg(path)));
        return;
    }
    m_banner->show(
        workflows::Verdict::of(codes::Code::Exported, tr("%1 rows written to %2.").arg(rows.size()).arg(path)));
}

void SupervisorScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SupervisorScreen::retranslate()
{
    m_title->setText(tr("Supervisor"));
    m_tabs->setTabText(0, tr("Exceptions"));
    m_tabs->setTabText(1, tr("Audit trail"));
    m_tabs->setTabText(2, tr("Dashboard"));
    m_exportFolder->setPlaceholderText(tr("Folder for CSV exports"));
    const int age = m_age->currentIndex();
    m_age->clear();
    m_age->addItem(tr("Any age"), 0);
    m_age->addItem(tr("Last 24 hours"), 1);
    m_age->addItem(tr("Last 7 days"), 7);
    m_age->addItem(tr("Last 30 days"), 30);
    m_age->setCurrentIndex(std::max(0, age));
    m_operator->setPlaceholderText(tr("Operator badge"));
    m_order->setPlaceholderText(tr("Order"));
    m_openOnly->setText(tr("Open only"));
    m_exceptions->setHorizontalHeaderLabels({tr("Id"),
                                             tr("Raised"),
                                             tr("Kind"),
                                             tr("Operator"),
                                             tr("Order"),
                                             tr("SKU"),
                                             tr("Detail"),
                                             tr("Status"),
                                             tr("Resolved")});
    m_note->setPlaceholderText(tr("How it was resolved"));
    m_resolve->setText(tr("Resolve"));
    m_exportExceptions->setText(tr("Export CSV"));
    m_audit->setHorizontalHeaderLabels(
        {tr("Id"), tr("At"), tr("Operator"), tr("Station"), tr("Action"), tr("Subject"), tr("Detail")});
    m_verify->setText(tr("Verify the chain"));
    m_exportAudit->setText(tr("Export CSV"));
    const int period = m_period->currentIndex();
    m_period->clear();
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("This week"), 6);
    m_period->setCurrentIndex(std::max(0, period));
    const int scope = m_scope->currentIndex();
    m_scope->clear();
    m_scope->addItem(tr("This station"), false);
    m_scope->addItem(tr("Whole warehouse"), true);
    m_scope->setCurrentIndex(std::max(0, scope));
    m_stations->setHorizontalHeaderLabels(
        {tr("Station"), tr("Last contact"), tr("Movements to send"), tr("Events to send")});
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_operators->setHorizontalHeaderLabels(
        {tr("Operator"), tr("Scans"), tr("Scans per hour"), tr("Picks per hour"), tr("Wrong-scan rate")});
    m_hourly->setHorizontalHeaderLabels({tr("Hour"), tr("Scans"), tr("Errors")});
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("Exceptions")});
    m_exportDashboard->setText(tr("Export CSV"));
}

} // namespace wf::ui
