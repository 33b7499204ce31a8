#include "ui/PackScreen.h"

#include <memory>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include "ui/SupervisorBadge.h"
#include "ui/TableFit.h"
#include "ui/Theme.h"
#include "ui/UiLog.h"
#include "ui/VerdictBanner.h"
#include "workflows/FloorLabels.h"
#include "workflows/pack/PackSession.h"
#include "workflows/station/FloorServices.h"

namespace wf::ui {

namespace {

enum RuleColumn
{
    RuleId,
    RuleClass,
    RuleMinItems,
    RuleCode,
    RuleText,
    RuleEnabled,
    RuleColumns
};

} // namespace

PackScreen::PackScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_header(new QLabel(this))
    , m_details(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_prompts(new QListWidget(this))
    , m_notes(new QLabel(this))
    , m_scanEdit(new QLineEdit(this))
    , m_banner(new VerdictBanner(this))
    , m_box(new QComboBox(this))
    , m_weight(new QLineEdit(this))
    , m_scale(new QLabel(this))
    , m_ackButton(new QPushButton(this))
    , m_weighButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_labelButton(new QPushButton(this))
    , m_reprintButton(new QPushButton(this))
    , m_serviceButton(new QPushButton(this))
    , m_reason(new QLineEdit(this))
    , m_supervisorBadge(new QLineEdit(this))
    , m_supervisorPin(new QLineEdit(this))
    , m_playbook(new QWidget(this))
    , m_rules(new QTableWidget(m_playbook))
    , m_addRule(new QPushButton(m_playbook))
    , m_ruleReason(new QLineEdit(m_playbook))
{
    setObjectName(QStringLiteral("packScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_header->setObjectName(QStringLiteral("packageHeaderLabel"));
    m_header->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    m_header->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("packageDetailsLabel"));
    m_details->setWordWrap(true);
    m_lines->setObjectName(QStringLiteral("packLinesTable"));
    m_lines->setColumnCount(4);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    // The item (SKU and name) takes the width; the figures take what they need. Rows are one
    // line high so that twelve lines show at once on a 768 px screen; a longer name wraps.
    m_lines->setStyleSheet(
        QStringLiteral("QTableWidget { font-size: 12pt; } QTableWidget::item { padding: 0px 4px; }"));
    m_lines->horizontalHeader()->setStretchLastSection(false);
    for (int column : {0, 2, 3})
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    Theme::rowsFitText(m_lines);
    m_lines->setWordWrap(true);
    m_lines->setTabKeyNavigation(false); // Tab leaves the table
    m_prompts->setObjectName(QStringLiteral("promptList"));
    m_prompts->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    m_prompts->setMinimumWidth(200);
    m_prompts->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("packNotesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));
    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_scanEdit->setMaxLength(10000);
    m_scale->setObjectName(QStringLiteral("scaleLabel"));
    m_supervisorPin->setEchoMode(QLineEdit::Password);
    buildKeys();
    buildPlaybook();
    // The package on the left, its keys in a column on the right: on a 768 px screen the lines
    // table gets the height, and no key sits on the weight field.
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_header, 1);
    layout->addLayout(titleRow);
    layout->addWidget(m_details);
    auto* body = new QHBoxLayout;
    // The package's lines; a supervisor sees the playbook there while no package is open.
    auto* package = new QVBoxLayout;
    package->addWidget(m_lines, 1);
    package->addWidget(m_prompts); // the checklist under the lines, as tall as its prompts
    package->addWidget(m_playbook, 1);
    body->addLayout(package, 1);
    auto* keys = new QGridLayout;
    keys->addWidget(m_ackButton, 0, 0);
    keys->addWidget(m_weighButton, 0, 1);
    keys->addWidget(m_closeButton, 1, 0);
    keys->addWidget(m_labelButton, 1, 1);
    keys->addWidget(m_reprintButton, 2, 0);
    keys->addWidget(m_serviceButton, 2, 1);
    keys->addWidget(m_box, 3, 0, 1, 2);
    keys->addWidget(m_weight, 4, 0, 1, 2);
    keys->addWidget(m_scale, 5, 0, 1, 2);
    keys->addWidget(m_reason, 6, 0, 1, 2);
    keys->addWidget(m_supervisorBadge, 7, 0, 1, 2);
    keys->addWidget(m_supervisorPin, 8, 0, 1, 2);
    keys->addWidget(m_notes, 9, 0, 1, 2, Qt::AlignTop);
    keys->setRowStretch(9, 1);
    Theme::compactKeys({m_ackButton, m_weighButton, m_closeButton, m_labelButton, m_reprintButton, m_serviceButton});
    for (QWidget* entry :
         std::initializer_list<QWidget*>{m_box, m_weight, m_reason, m_supervisorBadge, m_supervisorPin, m_notes})
        entry->setMaximumWidth(280);
    Theme::compactEntries({m_weight, m_reason, m_supervisorBadge, m_supervisorPin});
    body->addLayout(keys);
    layout->addLayout(body, 1);
    layout->addWidget(m_scanEdit);
    layout->addWidget(m_banner);
    m_supervisorBadge->hide();
    m_supervisorPin->hide();
    m_playbook->hide();

    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        emit scanEntered(scanner::ScanEvent::manual(text));
    });
    retranslate();
}

void PackScreen::buildKeys()
{
    const std::initializer_list<std::pair<QWidget*, const char*>> names = {
        {m_ackButton, "acknowledgeButton"},
        {m_box, "boxComboBox"},
        {m_weight, "weightLineEdit"},
        {m_weighButton, "weighButton"},
        {m_closeButton, "closePackageButton"},
        {m_labelButton, "printLabelButton"},
        {m_reprintButton, "reprintButton"},
        {m_serviceButton, "serviceButton"},
        {m_reason, "reasonLineEdit"},
        {m_supervisorBadge, "supervisorBadgeLineEdit"},
        {m_supervisorPin, "supervisorPinLineEdit"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    connect(m_ackButton, &QPushButton::clicked, this, [this] {
        act(m_services.pack->acknowledgePrompt());
    });
    connect(m_prompts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        act(m_services.pack->acknowledgePrompt(item->data(Qt::UserRole).toString()));
    });
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        act(m_services.pack->chooseBox(m_box->itemData(index).toString()));
    });
    connect(m_weighButton, &QPushButton::clicked, this, [this] {
        // A typed weight wins; otherwise the scale's last steady reading.
        const QString typed = m_weight->text().trimmed();
        const auto view = m_services.pack->view();
        if (typed.isEmpty() && !m_stableGrams && view.shipment && view.unitsTotal > 0
            && view.unitsPacked == view.unitsTotal) {
            // No scale and nothing typed: the key takes the packer to the weight field, not to an error.
            m_weight->setFocus();
            m_banner->show(workflows::Verdict::of(
                codes::Code::WeightNeeded,
                tr("No scale reading: type the weight (%1, or 1880 g) and press Enter.")
                    .arg(workflows::TypedWeight::unitName(m_services.pack->settings().weightUnit))));
            return;
        }
        m_weight->clear();
        // The scale's reading is grams; what the packer typed is read in the station's unit.
        act(typed.isEmpty() && m_stableGrams ? m_services.pack->weighGrams(*m_stableGrams)
                                             : m_services.pack->weigh(typed));
    });
    // Keyboard only: Enter in the weight field weighs, as the button does.
    connect(m_weight, &QLineEdit::returnPressed, m_weighButton, &QPushButton::click);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        act(m_services.pack->closePackage());
    });
    connect(m_labelButton, &QPushButton::clicked, this, [this] {
        print({});
    });
    connect(m_reprintButton, &QPushButton::clicked, this, [this] {
        const QString reason = m_reason->text().simplified();
        if (reason.isEmpty()) {
            act(m_services.pack->reprintLabel({})); // the session says a reason is needed
            return;
        }
        m_reason->clear();
        print(reason);
    });
    connect(m_serviceButton, &QPushButton::clicked, this, [this] {
        for (const auto& f : m_services.pack->view().findings)
            if (f.action == QLatin1String("suggest_service")) {
                act(m_services.pack->changeService(f.suggestedService));
                return;
            }
    });
    connect(m_supervisorPin, &QLineEdit::returnPressed, this, [this] {
        const workflows::SupervisorCredentials supervisor{m_supervisorBadge->text(), m_supervisorPin->text()};
        m_supervisorPin->clear();
        act(m_services.pack->overrideWeight(supervisor, m_reason->text()));
    });
    auto shortcut = [this](Qt::Key key, QPushButton* button) {
        auto* s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    shortcut(Qt::Key_F2, m_ackButton);
    shortcut(Qt::Key_F4, m_weighButton);
    shortcut(Qt::Key_F5, m_closeButton);
    shortcut(Qt::Key_F6, m_labelButton);
    shortcut(Qt::Key_F7, m_reprintButton);
    shortcut(Qt::Key_F8, m_serviceButton);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] {
        // A half-packed package is not left by one stray key: the first Esc asks.
        const auto view = m_services.pack->view();
        const bool halfPacked = view.shipment && view.stage == workflows::PackSession::Stage::Packing
                                && view.unitsPacked > 0 && view.unitsPacked < view.unitsTotal;
        if (halfPacked && m_banner->code() != QLatin1String("leave_half_packed")) {
            m_banner->show(workflows::Verdict::of(
                codes::Code::LeaveHalfPacked,
                tr("Package %1 is half-packed (%2 of %3 units). Esc again leaves it as it is for whoever opens it "
                   "next; scan to go on.")
                    .arg(view.shipment->id)
                    .arg(view.unitsPacked)
                    .arg(view.unitsTotal)));
            return;
        }
        emit backRequested();
    });
}

void PackScreen::buildPlaybook()
{
    m_playbook->setObjectName(QStringLiteral("playbookPanel"));
    m_rules->setObjectName(QStringLiteral("playbookTable"));
    m_rules->setColumnCount(RuleColumns);
    m_rules->verticalHeader()->hide();
    m_rules->setColumnHidden(RuleId, true); // kept for saving; a supervisor edits by class and code
    TableFit::apply(m_rules, {RuleClass, RuleMinItems, RuleText});
    m_rules->setStyleSheet(QStringLiteral("QTableWidget { font-size: 12pt; }"));
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_ruleReason->setObjectName(QStringLiteral("ruleReasonLineEdit"));
    auto* layout = new QVBoxLayout(m_playbook);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rules);
    auto* row = new QHBoxLayout;
    row->addWidget(m_ruleReason, 1);
    row->addWidget(m_addRule);
    layout->addLayout(row);
    connect(m_rules, &QTableWidget::cellChanged, this, [this](int row, int) {
        savePlaybookRow(row);
    });
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        const QSignalBlocker quiet(m_rules);
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        const QStringList blank = {QString(), QStringLiteral("*"), QStringLiteral("1"), QString(), QString()};
        for (int c = 0; c < blank.size(); ++c)
            m_rules->setItem(row, c, new QTableWidgetItem(blank[c]));
        auto* enabled = new QTableWidgetItem;
        enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        enabled->setCheckState(Qt::Checked);
        m_rules->setItem(row, RuleEnabled, enabled);
        m_rules->item(row, RuleId)->setFlags(Qt::ItemIsEnabled);
        m_rules->editItem(m_rules->item(row, RuleCode));
    });
}

void PackScreen::savePlaybookRow(int row)
{
    auto text = [&](int column) {
        return m_rules->item(row, column) ? m_rules->item(row, column)->text().trimmed() : QString();
    };
    if (text(RuleCode).isEmpty() || text(RuleText).isEmpty())
        return; // a new row being filled in
    db::PackingRuleRecord rule;
    rule.id = text(RuleId).toLongLong();
    rule.packingClass = text(RuleClass);
    rule.minItems = text(RuleMinItems).toInt();
    rule.promptCode = text(RuleCode);
    rule.promptText = text(RuleText);
    rule.enabled = m_rules->item(row, RuleEnabled) && m_rules->item(row, RuleEnabled)->checkState() == Qt::Checked;
    showVerdict(m_services.pack->savePackingRule(rule, m_ruleReason->text()));
    refreshPlaybook(); // refused: the table shows the rule as it still is
}

void PackScreen::start(const workflows::OperatorSession& session)
{
    m_operator = session;
    // What the previous operator typed is not this one's.
    for (QLineEdit* entry : {m_reason, m_weight, m_supervisorBadge, m_supervisorPin})
        entry->clear();
    m_banner->clearVerdict();
    showVerdict(m_services.pack->begin(session));
    refreshPlaybook();
    m_scanEdit->setFocus();
}

void PackScreen::acceptScan(const scanner::ScanEvent& scan)
{
    if (takeSupervisorBadge(m_services, scan, m_supervisorBadge, m_supervisorPin, m_banner))
        return;
    if (m_printing) {
        showVerdict(
            workflows::Verdict::of(codes::Code::LabelPrinting, tr("The label is printing. Scan it when it is out.")));
        return;
    }
    showVerdict(m_services.pack->scan(scan));
    m_scanEdit->setFocus();
}

void PackScreen::print(const QString& reprintReason)
{
    if (m_printing)
        return;
    auto job = m_services.pack->preparePrint(reprintReason);
    if (!job) {
        showVerdict(job.error());
        return;
    }
    const auto output = m_services.pack->output();
    if (!output) {
        printed(*job, fail(Error::Code::InvalidInput, QStringLiteral("no label output")));
        return;
    }
    m_printing = true;
    m_labelButton->setEnabled(false);
    m_reprintButton->setEnabled(false);
    showVerdict(workflows::Verdict::of(codes::Code::LabelPrinting, tr("Printing the label…")));
    // The printer may take seconds to answer (or never): the GUI thread only waits for the answer.
    auto answer = std::make_shared<std::optional<Result<QString>>>();
    QThread* worker = QThread::create([answer, job = *job, output] {
        *answer = output(job.label, job.format);
    });
    worker->setObjectName(QStringLiteral("label-print"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, answer, job = *job] {
        printed(job,
                answer->has_value()
                    ? **answer
                    : Result<QString>(fail(Error::Code::DeviceUnavailable, QStringLiteral("the print did not run"))));
    });
    worker->start();
    m_scanEdit->setFocus();
}

void PackScreen::printed(const workflows::PackSession::PrintJob& job, const Result<QString>& where)
{
    m_printing = false;
    if (!where)
        qCWarning(lcUi).noquote() << "label for" << job.shipmentId
                                  << "not printed:" << Error::codeName(where.error().code) << where.error().detail;
    m_labelButton->setEnabled(true);
    m_reprintButton->setEnabled(true);
    showVerdict(m_services.pack->finishPrint(job, where));
    m_scanEdit->setFocus();
}

void PackScreen::act(const workflows::Verdict& verdict)
{
    showVerdict(verdict);
    m_scanEdit->setFocus();
}

void PackScreen::setScaleReading(int grams, bool stable)
{
    if (stable)
        m_stableGrams = grams;
    m_scale->setText(stable ? tr("Scale: %1 g").arg(grams) : tr("Scale: %1 g (settling)").arg(grams));
}

void PackScreen::showVerdict(const workflows::Verdict& verdict)
{
    m_banner->show(verdict);
    // Shown while the weight waits for a supervisor, and still after a refused badge or PIN, so
    // that the supervisor can try again without weighing again.
    const bool refusedApproval =
        (verdict.code == QLatin1String("wrong_pin") || verdict.code == QLatin1String("pin_locked"))
        && m_supervisorPin->isVisible();
    const bool overrideWanted = (verdict.code == QLatin1String("weight_mismatch") || refusedApproval)
                                && m_services.pack->view().shipment && m_services.pack->view().shipment->weightG > 0;
    m_supervisorBadge->setVisible(overrideWanted);
    m_supervisorPin->setVisible(overrideWanted);
    refresh();
}

void PackScreen::refresh()
{
    const auto view = m_services.pack->view();
    refreshBoxes();
    m_lines->setVisible(view.shipment || !m_operator.isSupervisor());
    m_playbook->setVisible(!view.shipment && m_operator.isSupervisor());
    if (!view.shipment) {
        m_header->setText(tr("No package open"));
        m_details->clear();
        m_notes->clear();
        m_lines->setRowCount(0);
        m_prompts->clear();
        return;
    }
    const auto& s = *view.shipment;
    m_header->setText(
        tr("Order %1 · package %2 of %3 · shipment %4").arg(s.orderId).arg(s.packageNo).arg(s.packageCount).arg(s.id));
    const QString box =
        !s.boxCode.isEmpty() ? s.boxCode : (view.suggestedBox ? view.suggestedBox->code : tr("none fits"));
    m_details->setText(tr("To %1 %2, %3 · %4 %5 · box %6 · expected %7 g ± %8 g%9")
                           .arg(s.customerName, s.city, s.destinationCountry, s.carrier, s.service, box)
                           .arg(view.weight.expectedG)
                           .arg(view.weight.toleranceG)
                           .arg(s.weightG > 0 ? tr(" · weighed %1 g").arg(s.weightG) : QString()));
    m_box->setCurrentIndex(std::max(0, m_box->findData(box)));
    QStringList notes;
    for (const auto& f : view.findings)
        notes << QStringLiteral("%1: %2").arg(workflows::labels::destinationAction(f.action), f.reason);
    for (const auto& problem : view.customsProblems)
        notes << tr("customs: %1").arg(problem);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    refreshLines(view);
    refreshPrompts(view);
}

// A scan changes one line and perhaps one prompt: cells and items are updated in place, so the
// table does not measure every row again before the verdict is drawn.
void PackScreen::refreshLines(const workflows::PackSession::View& view)
{
    m_lines->setRowCount(int(view.lines.size()));
    for (int row = 0; row < view.lines.size(); ++row) {
        const auto& line = view.lines[row];
        const QStringList cells = {QString::number(line.lineNo),
                                   line.sku + QStringLiteral(" ") + line.productName,
                                   workflows::labels::packingClass(line.packingClass),
                                   line.shortQty > 0 ? tr("%1 of %2, %3 short (%4)")
                                                           .arg(line.packedQty)
                                                           .arg(line.quantity)
                                                           .arg(line.shortQty)
                                                           .arg(workflows::labels::shortReason(line.shortReason))
                                                     : tr("%1 of %2").arg(line.packedQty).arg(line.quantity)};
        const QBrush background = line.remaining() == 0 ? QBrush(QColor(0xd8, 0xf0, 0xd8)) : QBrush();
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = m_lines->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_lines->setItem(row, column, item);
            }
            if (item->text() != cells[column])
                item->setText(cells[column]);
            if (item->background() != background)
                item->setBackground(background);
        }
    }
}

void PackScreen::refreshPrompts(const workflows::PackSession::View& view)
{
    const bool sameCount = m_prompts->count() == view.prompts.size();
    if (!sameCount)
        m_prompts->clear();
    for (int row = 0; row < view.prompts.size(); ++row) {
        const auto& p = view.prompts[row];
        const QString text = (p.acknowledgedBy.isEmpty() ? QStringLiteral("☐  ") : QStringLiteral("☑  "))
                             + workflows::labels::defaultText(p.text);
        QListWidgetItem* item = sameCount ? m_prompts->item(row) : new QListWidgetItem(m_prompts);
        if (item->text() != text)
            item->setText(text);
        item->setData(Qt::UserRole, p.code);
    }
    if (!sameCount)
        fitPrompts();
}

void PackScreen::refreshBoxes()
{
    const auto& boxes = m_services.pack->boxTypes();
    bool same = m_box->count() == boxes.size();
    for (int i = 0; same && i < boxes.size(); ++i)
        same = m_box->itemData(i).toString() == boxes[i].code;
    if (same)
        return;
    const QSignalBlocker quiet(m_box);
    m_box->clear();
    for (const auto& box : boxes)
        m_box->addItem(QStringLiteral("%1  %2").arg(box.code, workflows::labels::defaultText(box.name)), box.code);
}

void PackScreen::fitPrompts()
{
    // Every prompt whole, without scrolling, while the lines keep most of the height.
    m_prompts->setVisible(m_prompts->count() > 0);
    if (m_prompts->count() == 0)
        return;
    m_prompts->doItemsLayout();
    int needed = 2 * m_prompts->frameWidth();
    for (int row = 0; row < m_prompts->count(); ++row)
        needed += m_prompts->sizeHintForRow(row);
    const int column = m_lines->height() + m_prompts->height();
    m_prompts->setFixedHeight(std::min(needed, std::max(column * 2 / 5, 60)));
}

void PackScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitPrompts();
}

void PackScreen::refreshPlaybook()
{
    const QSignalBlocker quiet(m_rules);
    const auto& rules = m_services.pack->packingRules();
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const auto& r = rules[row];
        const QStringList cells = {
            QString::number(r.id), r.packingClass, QString::number(r.minItems), r.promptCode, r.promptText};
        for (int c = 0; c < cells.size(); ++c)
            m_rules->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_rules->item(row, RuleId)->setFlags(Qt::ItemIsEnabled);
        auto* enabled = new QTableWidgetItem;
        enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        enabled->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        m_rules->setItem(row, RuleEnabled, enabled);
    }
}

QList<workflows::TrainingHint> PackScreen::trainingHints() const
{
    QList<workflows::TrainingHint> hints;
    const auto view = m_services.pack->view();
    if (!view.shipment) {
        for (const QString& id : m_services.pack->waitingToPack())
            hints.append({tr("A picked package"), id});
        return hints;
    }
    for (const auto& line : view.lines)
        if (line.remaining() > 0)
            hints.append({tr("An item of line %1 (SKU)").arg(line.lineNo), line.sku});
    for (const auto& p : view.prompts)
        if (p.acknowledgedBy.isEmpty())
            hints.append(
                {tr("Confirm: %1").arg(workflows::labels::defaultText(p.text)), QStringLiteral("ACK:") + p.code});
    if (view.stage == workflows::PackSession::Stage::Verifying) {
        hints.append({tr("The label"), view.shipment->labelBarcode});
        hints.append({tr("The package"), view.shipment->id});
    }
    return hints;
}

void PackScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PackScreen::retranslate()
{
    {
        const QSignalBlocker quiet(m_box);
        m_box->clear(); // the box names are made again in the new language
    }
    m_title->setText(tr("Pack"));
    m_scanEdit->setPlaceholderText(tr("Scan the package, then every item"));
    m_scanEdit->setToolTip(tr("Scan the tote, order or shipment, then every item"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Item"), tr("Class"), tr("Packed")});
    const QString unit = workflows::TypedWeight::unitName(m_services.pack->settings().weightUnit);
    m_weight->setPlaceholderText(tr("Weight in %1").arg(unit));
    m_weight->setToolTip(tr("Weight in %1 (or 1880 g); empty: the scale").arg(unit));
    if (!m_stableGrams)
        m_scale->setText(tr("Scale: no reading"));
    m_ackButton->setText(tr("F2  Confirm"));
    m_weighButton->setText(tr("F4  Weigh"));
    m_closeButton->setText(tr("F5  Close"));
    m_labelButton->setText(tr("F6  Label"));
    m_reprintButton->setText(tr("F7  Reprint"));
    m_serviceButton->setText(tr("F8  Service"));
    m_ackButton->setToolTip(tr("Confirm the next playbook prompt"));
    m_closeButton->setToolTip(tr("Close the package"));
    m_labelButton->setToolTip(tr("Print the label"));
    m_reprintButton->setToolTip(tr("Print the label again; needs a reason"));
    m_serviceButton->setToolTip(tr("Use the service a destination rule suggests"));
    m_reason->setPlaceholderText(tr("Reason"));
    m_reason->setToolTip(tr("Reason (reprint, weight override)"));
    m_supervisorBadge->setPlaceholderText(tr("Supervisor badge"));
    m_supervisorPin->setPlaceholderText(tr("PIN, then Enter"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Id"), tr("Packing class"), tr("Min. items"), tr("Code"), tr("Prompt"), tr("On")});
    m_addRule->setText(tr("Add a playbook rule"));
    m_ruleReason->setPlaceholderText(tr("Why the playbook changes (recorded in the audit trail)"));
    refresh();
}

} // namespace wf::ui
