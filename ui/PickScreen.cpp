#include "ui/PickScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/SupervisorBadge.h"
#include "ui/VerdictBanner.h"
#include "workflows/FloorLabels.h"
#include "workflows/pick/PickSession.h"
#include "workflows/station/FloorServices.h"
#include "workflows/supervisor/SupervisorConsole.h"

namespace wf::ui {

PickScreen::PickScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_bin(new QLabel(this))
    , m_item(new QLabel(this))
    , m_tote(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_scanEdit(new QLineEdit(this))
    , m_banner(new VerdictBanner(this))
    , m_quantity(new QSpinBox(this))
    , m_quantityButton(new QPushButton(this))
    , m_reason(new QComboBox(this))
    , m_shortButton(new QPushButton(this))
    , m_supervisorBadge(new QLineEdit(this))
    , m_supervisorPin(new QLineEdit(this))
    , m_settingsBox(new QGroupBox(this))
    , m_forceBinScan(new QCheckBox(m_settingsBox))
    , m_supervisorForShort(new QCheckBox(m_settingsBox))
    , m_batchSize(new QSpinBox(m_settingsBox))
    , m_applySettings(new QPushButton(m_settingsBox))
    , m_settingsReason(new QLineEdit(m_settingsBox))
    , m_batchLabel(new QLabel(m_settingsBox))
{
    setObjectName(QStringLiteral("pickScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_bin->setObjectName(QStringLiteral("binLabel"));
    m_item->setObjectName(QStringLiteral("itemLabel"));
    m_tote->setObjectName(QStringLiteral("toteLabel"));
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_quantity->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantityButton->setObjectName(QStringLiteral("quantityButton"));
    m_reason->setObjectName(QStringLiteral("shortReasonComboBox"));
    m_shortButton->setObjectName(QStringLiteral("shortButton"));
    m_supervisorBadge->setObjectName(QStringLiteral("supervisorBadgeLineEdit"));
    m_supervisorPin->setObjectName(QStringLiteral("supervisorPinLineEdit"));
    m_supervisorPin->setEchoMode(QLineEdit::Password);
    m_scanEdit->setMaxLength(10000);
    m_bin->setStyleSheet(QStringLiteral("font-size: 34pt; font-weight: bold;"));
    m_item->setStyleSheet(QStringLiteral("font-size: 22pt;"));
    m_tote->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    m_item->setWordWrap(true);
    for (const QString& reason : workflows::PickSession::shortReasons())
        m_reason->addItem(workflows::labels::shortReason(reason), reason);
    for (QPushButton* key : {m_quantityButton, m_shortButton})
        key->setStyleSheet(QStringLiteral("min-height: 44px; padding: 4px 8px;"));
    auto* keys = new QGridLayout;
    keys->addWidget(m_quantity, 0, 0);
    keys->addWidget(m_quantityButton, 0, 1);
    keys->addWidget(m_reason, 1, 0);
    keys->addWidget(m_shortButton, 1, 1);
    keys->addWidget(m_supervisorBadge, 2, 0);
    keys->addWidget(m_supervisorPin, 2, 1);
    // The step on the left; a supervisor's pick settings in a column beside it, so that the
    // screen keeps to a 768 px height.
    auto* layout = new QHBoxLayout(this);
    auto* step = new QVBoxLayout;
    step->addWidget(m_title);
    step->addWidget(m_bin);
    step->addWidget(m_item);
    step->addWidget(m_tote);
    step->addWidget(m_progress);
    step->addWidget(m_scanEdit);
    step->addWidget(m_banner);
    step->addLayout(keys);
    step->addStretch();
    layout->addLayout(step, 1);
    layout->addWidget(m_settingsBox, 0, Qt::AlignTop);
    buildSettings();
    for (QWidget* w : std::initializer_list<QWidget*>{m_supervisorBadge, m_supervisorPin})
        w->hide();

    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        if (text.isEmpty() && m_confirmingQuantity) { // Enter confirms the quantity the key asked about
            m_confirmingQuantity = false;
            showVerdict(m_services.pick->confirmQuantity());
            return;
        }
        emit scanEntered(scanner::ScanEvent::manual(text));
    });
    connect(m_quantityButton, &QPushButton::clicked, this, [this] {
        const auto asked = m_services.pick->enterQuantity(m_quantity->value());
        m_confirmingQuantity = asked.code == QLatin1String("quantity_confirm");
        showVerdict(asked);
        m_scanEdit->setFocus();
    });
    connect(m_shortButton, &QPushButton::clicked, this, [this] {
        const auto reason = workflows::PickSession::shortReasonNamed(m_reason->currentData().toString());
        if (reason)
            showVerdict(m_services.pick->reportShort(*reason));
    });
    connect(m_supervisorPin, &QLineEdit::returnPressed, this, [this] {
        showVerdict(m_services.pick->approveShort({m_supervisorBadge->text(), m_supervisorPin->text()}));
        m_supervisorPin->clear();
    });
    auto shortcut = [this](Qt::Key key, QPushButton* button) {
        auto* s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    shortcut(Qt::Key_F2, m_quantityButton);
    shortcut(Qt::Key_F4, m_shortButton);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] {
        if (m_confirmingQuantity) { // Esc cancels the quantity the key asked about, it does not leave
            m_confirmingQuantity = false;
            showVerdict(m_services.pick->cancelPending());
            return;
        }
        emit backRequested();
    });
    retranslate();
}

void PickScreen::buildSettings()
{
    m_settingsBox->setObjectName(QStringLiteral("pickSettingsGroupBox"));
    m_forceBinScan->setObjectName(QStringLiteral("forceBinScanCheckBox"));
    m_supervisorForShort->setObjectName(QStringLiteral("supervisorForShortCheckBox"));
    m_batchSize->setObjectName(QStringLiteral("batchSizeSpinBox"));
    m_applySettings->setObjectName(QStringLiteral("applyPickSettingsButton"));
    m_settingsReason->setObjectName(QStringLiteral("settingsReasonLineEdit"));
    m_batchSize->setRange(1, workflows::PickSettings::kMaxBatch);
    m_settingsBox->setMaximumWidth(300);
    m_settingsBox->setStyleSheet(QStringLiteral("QGroupBox, QGroupBox QWidget { font-size: 11pt; } "
                                                "QPushButton { min-height: 36px; } QLineEdit { min-height: 30px; }"));
    m_batchLabel->setWordWrap(true);
    auto* form = new QFormLayout(m_settingsBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_forceBinScan);
    form->addRow(m_supervisorForShort);
    form->addRow(m_batchLabel, m_batchSize);
    form->addRow(m_settingsReason);
    form->addRow(m_applySettings);
    m_settingsBox->hide();
    connect(m_applySettings, &QPushButton::clicked, this, [this] {
        workflows::PickSettings settings;
        settings.forceBinScan = m_forceBinScan->isChecked();
        settings.supervisorForShort = m_supervisorForShort->isChecked();
        settings.batchSize = m_batchSize->value();
        const auto& before = m_services.pick->settings();
        auto describe = [](const workflows::PickSettings& p) {
            return QStringLiteral("bin scan %1, supervisor for short %2, batch %3")
                .arg(p.forceBinScan ? QStringLiteral("on") : QStringLiteral("off"),
                     p.supervisorForShort ? QStringLiteral("on") : QStringLiteral("off"))
                .arg(p.batchSize);
        };
        const workflows::Verdict recorded =
            m_services.supervisor->recordChange(m_session,
                                                QStringLiteral("pick_settings"),
                                                describe(before) + QStringLiteral(" -> ") + describe(settings),
                                                m_settingsReason->text());
        if (recorded.kind != workflows::Verdict::Kind::Ok) {
            m_banner->show(recorded);
            return;
        }
        m_settingsReason->clear();
        m_services.pick->setSettings(settings);
        m_banner->show(workflows::Verdict::of(codes::Code::SettingsApplied,
                                              tr("Pick settings saved. A new batch size applies from the next list.")));
        emit settingsApplied(m_services.pick->settings());
    });
}

void PickScreen::start(const workflows::OperatorSession& session)
{
    m_session = session;
    m_supervisorBadge->clear();
    m_supervisorPin->clear();
    m_reason->setCurrentIndex(0);
    m_confirmingQuantity = false;
    m_banner->clearVerdict();
    const auto& settings = m_services.pick->settings();
    m_forceBinScan->setChecked(settings.forceBinScan);
    m_supervisorForShort->setChecked(settings.supervisorForShort);
    m_batchSize->setValue(settings.batchSize);
    m_settingsBox->setVisible(session.hasRole(QStringLiteral("supervisor")));
    showVerdict(m_services.pick->begin(session));
    m_scanEdit->setFocus();
}

void PickScreen::acceptScan(const scanner::ScanEvent& scan)
{
    if (takeSupervisorBadge(m_services, scan, m_supervisorBadge, m_supervisorPin, m_banner))
        return;
    if (m_confirmingQuantity) { // a scan instead of Enter: the quantity asked about is dropped
        m_confirmingQuantity = false;
        m_services.pick->cancelPending();
    }
    showVerdict(m_services.pick->scan(scan));
    m_scanEdit->setFocus();
}

void PickScreen::showVerdict(const workflows::Verdict& verdict)
{
    m_banner->show(verdict);
    const bool needSupervisor = verdict.code == QLatin1String("supervisor_required")
                                || (m_supervisorPin->isVisible() && verdict.kind == workflows::Verdict::Kind::Error);
    m_supervisorBadge->setVisible(needSupervisor);
    m_supervisorPin->setVisible(needSupervisor);
    if (needSupervisor)
        m_supervisorBadge->setFocus();
    refresh();
}

void PickScreen::refresh()
{
    const auto view = m_services.pick->view();
    // The field's hint is the step's: a tote, the bin, or the item.
    m_scanEdit->setPlaceholderText(view.toteToBind ? tr("Scan an empty tote")
                                   : !view.task    ? tr("Scan the bin, then the items")
                                   : view.task->state == QLatin1String("pending")
                                       ? tr("Scan bin %1").arg(view.task->locationCode)
                                       : tr("Scan %1 (%2 left)").arg(view.task->sku).arg(view.task->remaining()));
    if (view.toteToBind) {
        m_bin->setText(tr("Tote %1 of %2").arg(view.toteToBind->position).arg(view.totes.size()));
        m_item->setText(tr("Scan an empty tote for order %1").arg(view.toteToBind->orderId));
        m_tote->clear();
    } else if (view.task) {
        const auto& t = *view.task;
        QStringList variant;
        for (const QString& v : {t.size, t.colour})
            if (!v.isEmpty())
                variant << v;
        m_bin->setText(tr("Bin %1").arg(t.locationCode));
        m_item->setText(
            tr("%1 × %2\n%3 %4").arg(t.remaining()).arg(t.sku, t.productName, variant.join(QStringLiteral(" / "))));
        m_tote->setText(tr("Into tote %1").arg(t.tote));
        m_quantity->setRange(1, std::max(1, t.remaining()));
        m_quantity->setSuffix(tr(" of %1").arg(t.remaining())); // a figure above it is not quietly cut
    } else {
        m_bin->clear();
        m_item->setText(view.active ? QString() : tr("No open pick list."));
        m_tote->clear();
    }
    m_progress->setText(tr("Task %1 of %2 · %3 of %4 units")
                            .arg(view.taskNumber)
                            .arg(view.taskCount)
                            .arg(view.unitsDone)
                            .arg(view.unitsTotal));
}

QList<workflows::TrainingHint> PickScreen::trainingHints() const
{
    QList<workflows::TrainingHint> hints;
    const auto view = m_services.pick->view();
    if (view.toteToBind) {
        // The tote labels docs/demo.md names: TOTE-1 for the first order of the list, TOTE-2 …
        hints.append({tr("An empty tote"), QStringLiteral("TOTE-%1").arg(view.toteToBind->position)});
        return hints;
    }
    if (!view.task)
        return hints;
    // What this step needs first: the bin until it is confirmed, then the item (with its serial).
    const auto& task = *view.task;
    const workflows::TrainingHint bin{tr("The bin of this task"), task.locationCode};
    const workflows::TrainingHint item =
        task.requiredSerial.isEmpty()
            ? workflows::TrainingHint{tr("The item of this task (SKU)"), task.sku}
            : workflows::TrainingHint{tr("The item's serial %1").arg(task.requiredSerial), task.requiredSerial};
    if (task.state == QLatin1String("pending"))
        hints << bin << item;
    else
        hints << item << bin;
    hints.append({tr("A wrong bin"), QStringLiteral("A-001-01-1"), true});
    return hints;
}

void PickScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PickScreen::retranslate()
{
    m_title->setText(tr("Pick"));
    m_scanEdit->setPlaceholderText(tr("Scan the bin, then the items"));
    m_quantityButton->setText(tr("F2  Pick this many"));
    m_shortButton->setText(tr("F4  Short pick"));
    m_supervisorBadge->setPlaceholderText(tr("Supervisor badge"));
    m_supervisorPin->setPlaceholderText(tr("PIN, then Enter"));
    m_settingsBox->setTitle(tr("Pick settings (supervisor)"));
    m_forceBinScan->setText(tr("Scan the bin before its items"));
    m_supervisorForShort->setText(tr("A short pick needs a supervisor"));
    m_batchLabel->setText(tr("Orders per pick list (totes on the cart)"));
    m_applySettings->setText(tr("Save pick settings"));
    for (int i = 0; i < m_reason->count(); ++i)
        m_reason->setItemText(i, workflows::labels::shortReason(m_reason->itemData(i).toString()));
    m_settingsReason->setPlaceholderText(tr("Why (recorded in the audit trail)"));
    refresh();
}

} // namespace wf::ui
