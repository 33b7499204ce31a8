#include "ui/ReturnsScreen.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/SupervisorBadge.h"
#include "ui/Theme.h"
#include "ui/VerdictBanner.h"
#include "workflows/FloorLabels.h"
#include "workflows/returns/ReturnSession.h"
#include "workflows/station/FloorServices.h"

namespace wf::ui {

ReturnsScreen::ReturnsScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_header(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_scanEdit(new QLineEdit(this))
    , m_banner(new VerdictBanner(this))
    , m_grade(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_gradeButton(new QPushButton(this))
    , m_photoPath(new QLineEdit(this))
    , m_photoButton(new QPushButton(this))
    , m_approveButton(new QPushButton(this))
    , m_rejectButton(new QPushButton(this))
    , m_refundButton(new QPushButton(this))
    , m_replaceButton(new QPushButton(this))
    , m_supervisorBadge(new QLineEdit(this))
    , m_supervisorPin(new QLineEdit(this))
{
    setObjectName(QStringLiteral("returnsScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_header->setObjectName(QStringLiteral("returnHeaderLabel"));
    m_header->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold;"));
    m_header->setWordWrap(true);
    m_lines->setObjectName(QStringLiteral("returnLinesTable"));
    m_lines->setColumnCount(7);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    // The item and the grade with its reason share the width (both wrap); every other column what
    // its content needs, so nothing scrolls sideways at 1024 px.
    m_lines->horizontalHeader()->setStretchLastSection(false);
    for (int column = 0; column < m_lines->columnCount(); ++column)
        m_lines->horizontalHeader()->setSectionResizeMode(
            column, column == 1 || column == 5 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setWordWrap(true);
    Theme::rowsFitText(m_lines);
    m_lines->setTabKeyNavigation(false); // Tab leaves the table
    m_lines->setMinimumHeight(120);
    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_scanEdit->setMaxLength(10000);
    m_supervisorPin->setEchoMode(QLineEdit::Password);
    for (const QString& grade : workflows::ReturnSession::grades())
        m_grade->addItem(workflows::labels::grade(grade), grade);
    for (const QString& reason : workflows::ReturnSession::reasons())
        m_reason->addItem(workflows::labels::returnReason(reason), reason);
    buildKeys();
    // The return on the left, the inspection's keys in a column on the right (as at the pack
    // bench): it fits a 1024 × 768 screen beside the demo's simulator.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    auto* body = new QHBoxLayout;
    body->addWidget(m_lines, 1);
    auto* keys = new QGridLayout;
    keys->addWidget(m_grade, 0, 0, 1, 2);
    keys->addWidget(m_reason, 1, 0, 1, 2);
    keys->addWidget(m_notes, 2, 0, 1, 2);
    keys->addWidget(m_gradeButton, 3, 0);
    keys->addWidget(m_photoButton, 3, 1);
    keys->addWidget(m_photoPath, 4, 0, 1, 2);
    keys->addWidget(m_approveButton, 5, 0);
    keys->addWidget(m_rejectButton, 5, 1);
    keys->addWidget(m_refundButton, 6, 0);
    keys->addWidget(m_replaceButton, 6, 1);
    keys->addWidget(m_supervisorBadge, 7, 0, 1, 2);
    keys->addWidget(m_supervisorPin, 8, 0, 1, 2);
    keys->setRowStretch(9, 1);
    Theme::compactKeys(
        {m_gradeButton, m_photoButton, m_approveButton, m_rejectButton, m_refundButton, m_replaceButton});
    Theme::compactEntries({m_notes, m_photoPath, m_supervisorBadge, m_supervisorPin});
    for (QWidget* entry :
         std::initializer_list<QWidget*>{m_grade, m_reason, m_notes, m_photoPath, m_supervisorBadge, m_supervisorPin})
        entry->setMaximumWidth(300);
    body->addLayout(keys);
    layout->addLayout(body, 1);
    layout->addWidget(m_scanEdit);
    layout->addWidget(m_banner);
    m_supervisorBadge->hide();
    m_supervisorPin->hide();

    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        emit scanEntered(scanner::ScanEvent::manual(text));
    });
    connect(m_lines, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_services.returns->view().current && m_lines->item(row, 0))
            act(m_services.returns->chooseLine(m_lines->item(row, 0)->text().toInt()));
    });
    retranslate();
}

void ReturnsScreen::buildKeys()
{
    const std::initializer_list<std::pair<QWidget*, const char*>> names = {
        {m_grade, "gradeComboBox"},
        {m_reason, "reasonComboBox"},
        {m_notes, "notesLineEdit"},
        {m_gradeButton, "gradeButton"},
        {m_photoPath, "photoPathLineEdit"},
        {m_photoButton, "photoButton"},
        {m_approveButton, "approveButton"},
        {m_rejectButton, "rejectButton"},
        {m_refundButton, "refundButton"},
        {m_replaceButton, "replaceButton"},
        {m_supervisorBadge, "supervisorBadgeLineEdit"},
        {m_supervisorPin, "supervisorPinLineEdit"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    connect(m_gradeButton, &QPushButton::clicked, this, [this] {
        const auto grade = workflows::ReturnSession::gradeNamed(m_grade->currentData().toString());
        const auto reason = workflows::ReturnSession::reasonNamed(m_reason->currentData().toString());
        if (grade && reason) // the combo boxes hold the registry's codes only
            act(m_services.returns->gradeLine(*grade, *reason, m_notes->text().simplified()));
        m_notes->clear();
    });
    connect(m_photoButton, &QPushButton::clicked, this, [this] {
        QString path = m_photoPath->text().trimmed();
        if (path.isEmpty())
            path = QFileDialog::getOpenFileName(this, tr("Photo of the item"), {}, tr("Photos (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            act(m_services.returns->attachPhoto(path));
        m_photoPath->clear();
    });
    completePhotoPaths();
    connect(m_photoPath, &QLineEdit::returnPressed, m_photoButton, &QPushButton::click);
    connect(m_approveButton, &QPushButton::clicked, this, [this] {
        act(m_services.returns->approveRestock());
    });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] {
        act(m_services.returns->rejectToHold());
    });
    connect(m_refundButton, &QPushButton::clicked, this, [this] {
        act(m_services.returns->refund());
    });
    connect(m_replaceButton, &QPushButton::clicked, this, [this] {
        act(m_services.returns->replace());
    });
    connect(m_supervisorPin, &QLineEdit::returnPressed, this, [this] {
        act(m_services.returns->approveBySupervisor({m_supervisorBadge->text(), m_supervisorPin->text()}));
        m_supervisorPin->clear();
    });
    auto shortcut = [this](Qt::Key key, QPushButton* button) {
        auto* s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    shortcut(Qt::Key_F3, m_gradeButton);
    shortcut(Qt::Key_F5, m_approveButton);
    shortcut(Qt::Key_F6, m_rejectButton);
    shortcut(Qt::Key_F7, m_refundButton);
    shortcut(Qt::Key_F8, m_replaceButton);
    shortcut(Qt::Key_F9, m_photoButton); // a photo without the mouse: type the path, F9
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ReturnsScreen::backRequested);
}

void ReturnsScreen::clearEntries()
{
    // What one operator typed or chose is not the next one's, nor the next return's.
    m_grade->setCurrentIndex(0);
    m_reason->setCurrentIndex(0);
    m_notes->clear();
    m_photoPath->clear();
    m_supervisorBadge->clear();
    m_supervisorPin->clear();
}

void ReturnsScreen::start(const workflows::OperatorSession& session)
{
    clearEntries();
    m_banner->clearVerdict();
    showVerdict(m_services.returns->begin(session));
    m_scanEdit->setFocus();
}

void ReturnsScreen::acceptScan(const scanner::ScanEvent& scan)
{
    if (takeSupervisorBadge(m_services, scan, m_supervisorBadge, m_supervisorPin, m_banner))
        return;
    showVerdict(m_services.returns->scan(scan));
    m_scanEdit->setFocus();
}

void ReturnsScreen::act(const workflows::Verdict& verdict)
{
    showVerdict(verdict);
    m_scanEdit->setFocus();
}

void ReturnsScreen::showVerdict(const workflows::Verdict& verdict)
{
    if (verdict.code == QLatin1String("return_opened"))
        clearEntries(); // a new return starts clean
    m_banner->show(verdict);
    const bool wanted = m_services.returns->view().supervisorWanted;
    m_supervisorBadge->setVisible(wanted);
    m_supervisorPin->setVisible(wanted);
    if (wanted)
        m_supervisorBadge->setFocus();
    refresh();
}

void ReturnsScreen::refresh()
{
    const auto view = m_services.returns->view();
    if (!view.rma) {
        m_header->setText(tr("No return open"));
        m_lines->setRowCount(0);
        return;
    }
    const auto& rma = *view.rma;
    m_header->setText(
        tr("%1 · order %2 · %3 %4 · %5 · %6")
            .arg(rma.id, rma.orderId)
            .arg(double(rma.valueMinor) / 100.0, 0, 'f', 2)
            .arg(rma.currency, workflows::labels::returnPath(rma.path), workflows::labels::returnStatus(rma.status)));
    const QSignalBlocker quiet(m_lines);
    m_lines->setRowCount(int(view.lines.size()));
    for (int row = 0; row < view.lines.size(); ++row) {
        const auto& line = view.lines[row];
        const QStringList cells = {
            QString::number(line.lineNo),
            line.sku + QStringLiteral(" ") + line.productName,
            QString::number(line.quantity),
            line.shippedSerial,
            workflows::labels::returnStatus(line.status),
            line.grade.isEmpty() ? QString()
            : line.reason.isEmpty()
                ? workflows::labels::grade(line.grade)
                : tr("%1 · %2").arg(workflows::labels::grade(line.grade), workflows::labels::returnReason(line.reason)),
            line.proofPhoto.isEmpty() ? QString() : tr("photo")};
        for (int column = 0; column < cells.size(); ++column)
            m_lines->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (view.current >= 0)
        m_lines->selectRow(view.current);
}

void ReturnsScreen::completePhotoPaths()
{
    // Keyboard only: the photo's path completes as it is typed from the folder it names (its
    // folders and photos), read as the operator types; Enter attaches the photo.
    auto* completer = new QCompleter(this);
    auto* paths = new QStringListModel(completer);
    completer->setModel(paths);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Connected before the completer is set, so it completes from this folder's list.
    connect(m_photoPath, &QLineEdit::textEdited, paths, [paths](const QString& typed) {
        constexpr int kMostEntries = 500;
        const QDir folder = typed.endsWith(QLatin1Char('/')) ? QDir(typed) : QFileInfo(typed).dir();
        QStringList entries;
        const auto found = folder.entryInfoList(
            {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")},
            QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Readable | QDir::CaseSensitive,
            QDir::Name | QDir::DirsFirst);
        for (const QFileInfo& entry : found.mid(0, kMostEntries))
            entries << entry.absoluteFilePath() + (entry.isDir() ? QStringLiteral("/") : QString());
        paths->setStringList(entries);
    });
    m_photoPath->setCompleter(completer);
}

QList<workflows::TrainingHint> ReturnsScreen::trainingHints() const
{
    QList<workflows::TrainingHint> hints;
    const auto view = m_services.returns->view();
    if (!view.rma) {
        hints.append({tr("A return to inspect"), QStringLiteral("RMA-500002")});
        hints.append({tr("A low-value return (refund only)"), QStringLiteral("RMA-500001")});
        hints.append({tr("A high-value return (proof)"), QStringLiteral("RMA-500003")});
        return hints;
    }
    // The items still to come back, then the serial label of one received without its serial.
    for (const auto& line : view.lines) {
        if (line.status == QLatin1String("expected"))
            hints.append({tr("The item of line %1 (SKU)").arg(line.lineNo), line.sku});
        else if (!line.finished() && !line.shippedSerial.isEmpty() && line.scannedSerial != line.shippedSerial)
            hints.append({tr("The item's serial %1").arg(line.shippedSerial), line.shippedSerial});
    }
    return hints;
}

void ReturnsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReturnsScreen::retranslate()
{
    m_title->setText(tr("Returns"));
    m_scanEdit->setPlaceholderText(tr("Scan the RMA, order or tracking number, then each item"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Line"), tr("Item"), tr("Qty"), tr("Serial shipped"), tr("Status"), tr("Grade"), tr("Proof")});
    m_notes->setPlaceholderText(tr("Notes"));
    m_gradeButton->setText(tr("F3  Grade"));
    m_photoPath->setPlaceholderText(tr("Photo file"));
    m_photoPath->setToolTip(tr("Photo file (empty: choose one)"));
    m_photoButton->setText(tr("F9  Photo"));
    m_approveButton->setText(tr("F5  Restock"));
    m_approveButton->setToolTip(tr("F5  Approve restock"));
    m_rejectButton->setText(tr("F6  To hold"));
    m_rejectButton->setToolTip(tr("F6  Reject to hold"));
    m_refundButton->setText(tr("F7  Refund"));
    m_replaceButton->setText(tr("F8  Replace"));
    m_supervisorBadge->setPlaceholderText(tr("Supervisor badge"));
    m_supervisorPin->setPlaceholderText(tr("PIN, then Enter"));
    for (int i = 0; i < m_grade->count(); ++i)
        m_grade->setItemText(i, workflows::labels::grade(m_grade->itemData(i).toString()));
    for (int i = 0; i < m_reason->count(); ++i)
        m_reason->setItemText(i, workflows::labels::returnReason(m_reason->itemData(i).toString()));
    refresh();
}

} // namespace wf::ui
