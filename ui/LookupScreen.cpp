#include "ui/LookupScreen.h"

#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/VerdictBanner.h"
#include "workflows/station/FloorServices.h"
#include "workflows/station/TrainingHints.h"

namespace wf::ui {

namespace {

enum Field
{
    Sku,
    Name,
    Variant,
    PackingClass,
    Scanned,
    Customs,
    Weight,
    Totals,
    ReorderPoint,
    Barcodes,
    FieldCount
};

const char* const kValueNames[] = {"skuValueLabel",
                                   "nameValueLabel",
                                   "variantValueLabel",
                                   "packingClassValueLabel",
                                   "scannedValueLabel",
                                   "customsValueLabel",
                                   "weightValueLabel",
                                   "totalsValueLabel",
                                   "reorderPointValueLabel",
                                   "barcodesValueLabel"};

} // namespace

LookupScreen::LookupScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_scanEdit(new QLineEdit(this))
    , m_banner(new VerdictBanner(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_stockTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("lookupScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_stockTable->setObjectName(QStringLiteral("stockTableWidget"));
    m_scanEdit->setMaxLength(10000); // longer pastes are cut here; the gate reports what is too long
    for (int i = 0; i < FieldCount; ++i) {
        auto* label = new QLabel(m_details);
        auto* value = new QLabel(m_details);
        value->setObjectName(QString::fromLatin1(kValueNames[i]));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, value);
        m_fieldLabels.append(label);
        m_fieldValues.append(value);
    }
    m_stockTable->setColumnCount(7);
    m_stockTable->setMinimumHeight(90); // a header and a row; scrolls for SKUs stored in many places
    m_form->setVerticalSpacing(2);
    m_stockTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stockTable->verticalHeader()->hide();
    m_stockTable->setTabKeyNavigation(false); // Tab leaves the table
    m_stockTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The product and its stock scroll, so the screen fits any station display (1280×800 included).
    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_details);
    resultLayout->addWidget(m_stockTable, 1);
    m_result = new QScrollArea(this);
    m_result->setObjectName(QStringLiteral("resultScrollArea"));
    m_result->setWidget(result);
    m_result->setWidgetResizable(true);
    m_result->setFrameShape(QFrame::NoFrame);
    m_result->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scanEdit);
    layout->addWidget(m_banner);
    layout->addWidget(m_result, 1);
    layout->addStretch(); // takes the room while nothing is shown below the banner
    for (QWidget* fixed : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_banner)})
        fixed->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_result->hide();

    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        emit scanEntered(scanner::ScanEvent::manual(text));
    });
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &LookupScreen::backRequested);
    retranslate();
}

void LookupScreen::focusScan()
{
    m_scanEdit->setFocus();
}

void LookupScreen::acceptScan(const scanner::ScanEvent& scan)
{
    showResult(m_services.lookup->lookup(scan));
    m_scanEdit->setFocus();
}

void LookupScreen::showResult(const workflows::LookupResult& result)
{
    m_last = result;
    m_banner->show(result.verdict);
    const bool found = result.match.has_value();
    m_result->setVisible(found);
    if (found)
        showProduct(*result.match, result);
}

void LookupScreen::showProduct(const db::CodeMatch& match, const workflows::LookupResult& result)
{
    const db::ProductRecord& p = match.product;
    const QLocale locale;
    QStringList variant;
    if (!p.size.isEmpty())
        variant << tr("size %1").arg(p.size);
    if (!p.colour.isEmpty())
        variant << tr("colour %1").arg(p.colour);
    m_fieldValues[Sku]->setText(p.sku);
    m_fieldValues[Name]->setText(p.isBundle ? tr("%1 (bundle)").arg(p.name) : p.name);
    m_fieldValues[Variant]->setText(variant.isEmpty() ? tr("none") : variant.join(QStringLiteral(", ")));
    m_fieldValues[PackingClass]->setText(packingClassName(p.packingClass));
    if (match.matchedBy == db::CodeMatch::By::Sku)
        m_fieldValues[Scanned]->setText(tr("SKU %1").arg(match.code));
    else if (match.unitsPerScan == 1)
        m_fieldValues[Scanned]->setText(
            tr("%1 barcode %2, one unit per scan").arg(barcodeKindName(match.barcodeKind), match.code));
    else
        m_fieldValues[Scanned]->setText(tr("%1 barcode %2, %3 units per scan")
                                            .arg(barcodeKindName(match.barcodeKind), match.code)
                                            .arg(match.unitsPerScan));
    if (result.gs1 && result.gs1->isGs1)
        m_fieldValues[Scanned]->setText(m_fieldValues[Scanned]->text() + QStringLiteral("\n") + result.gs1->hri());
    const QString hs = p.hsCode.isEmpty() ? tr("HS code missing") : tr("HS %1").arg(p.hsCode);
    const QString origin = p.originCountry.isEmpty() ? tr("origin missing") : tr("origin %1").arg(p.originCountry);
    m_fieldValues[Customs]->setText(
        QStringLiteral("%1 · %2 · %3 · %4")
            .arg(hs,
                 origin,
                 tr("%1 %2").arg(locale.toString(double(p.declaredValueMinor) / 100.0, 'f', 2), p.currency),
                 p.customsDescription));
    m_fieldValues[Weight]->setText(
        tr("%1 g · %2 × %3 × %4 mm").arg(p.weightG).arg(p.lengthMm).arg(p.widthMm).arg(p.heightMm));
    m_fieldValues[Totals]->setText(
        tr("%1 on hand, %2 available").arg(result.totalOnHand()).arg(result.totalAvailable()));
    m_fieldValues[ReorderPoint]->setText(tr("%1 (%2/day × %3 days + %4 safety)")
                                             .arg(p.reorderPoint())
                                             .arg(p.dailySales, 0, 'f', 1)
                                             .arg(p.leadTimeDays)
                                             .arg(p.safetyStock));
    QStringList codes;
    for (const auto& b : result.barcodes)
        codes << (b.quantity > 1 ? QStringLiteral("%1 (×%2)").arg(b.code).arg(b.quantity) : b.code);
    m_fieldValues[Barcodes]->setText(codes.join(QStringLiteral(", ")));
    showStock(result.stock);
}

void LookupScreen::showStock(const QList<db::StockPosition>& stock)
{
    m_stockTable->setRowCount(int(stock.size()));
    for (int row = 0; row < stock.size(); ++row) {
        const auto& s = stock[row];
        // This station's unsent movements change the figure until the master confirms them.
        const QString onHand = s.unsentOnHand() == 0
                                   ? QString::number(s.onHand)
                                   : tr("%1 (master %2, %3 not yet sent)")
                                         .arg(s.onHand)
                                         .arg(s.masterOnHand)
                                         .arg(s.unsentOnHand() > 0 ? QStringLiteral("+%1").arg(s.unsentOnHand())
                                                                   : QString::number(s.unsentOnHand()));
        const QStringList cells{s.locationCode,
                                onHand,
                                QString::number(s.reserved),
                                QString::number(s.available()),
                                QString::number(s.inbound),
                                QString::number(s.hold),
                                locationKindName(s.locationKind)};
        for (int col = 0; col < cells.size(); ++col)
            m_stockTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
}

QString LookupScreen::barcodeKindName(const QString& kind)
{
    if (kind == QLatin1String("gtin"))
        return tr("GTIN");
    if (kind == QLatin1String("packaging"))
        return tr("Case");
    if (kind == QLatin1String("internal"))
        return tr("Internal");
    return kind;
}

QString LookupScreen::packingClassName(const QString& packingClass)
{
    static const QHash<QString, const char*> kNames = {
        {QStringLiteral("fragile"), QT_TR_NOOP("fragile")},
        {QStringLiteral("apparel"), QT_TR_NOOP("apparel")},
        {QStringLiteral("electronics"), QT_TR_NOOP("electronics")},
        {QStringLiteral("liquid"), QT_TR_NOOP("liquid")},
        {QStringLiteral("battery"), QT_TR_NOOP("battery")},
        {QStringLiteral("standard"), QT_TR_NOOP("standard")},
    };
    const char* name = kNames.value(packingClass);
    return name ? tr(name) : packingClass;
}

QString LookupScreen::locationKindName(const QString& kind)
{
    static const QHash<QString, const char*> kNames = {
        {QStringLiteral("pick"), QT_TR_NOOP("pick face")},
        {QStringLiteral("bulk"), QT_TR_NOOP("bulk")},
        {QStringLiteral("staging"), QT_TR_NOOP("staging")},
        {QStringLiteral("returns"), QT_TR_NOOP("returns")},
        {QStringLiteral("hold"), QT_TR_NOOP("hold")},
    };
    const char* name = kNames.value(kind);
    return name ? tr(name) : kind;
}

QList<workflows::TrainingHint> LookupScreen::trainingHints() const
{
    return m_services.hints->forLookup();
}

void LookupScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LookupScreen::retranslate()
{
    m_title->setText(tr("Lookup"));
    m_scanEdit->setPlaceholderText(tr("Scan or type a barcode or SKU, then Enter"));
    const QString labels[FieldCount] = {tr("SKU"),
                                        tr("Product"),
                                        tr("Variant"),
                                        tr("Packing class"),
                                        tr("Scanned"),
                                        tr("Customs"),
                                        tr("Weight and size"),
                                        tr("Stock"),
                                        tr("Reorder point"),
                                        tr("Barcodes")};
    for (int i = 0; i < FieldCount; ++i)
        m_fieldLabels[i]->setText(labels[i]);
    m_stockTable->setHorizontalHeaderLabels(
        {tr("Location"), tr("On hand"), tr("Reserved"), tr("Available"), tr("Inbound"), tr("Hold"), tr("Kind")});
    if (m_last.match)
        showResult(m_last);
}

} // namespace wf::ui
