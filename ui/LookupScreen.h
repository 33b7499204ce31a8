#pragma once

#include <QWidget>

#include "ui/ScanTarget.h"
#include "workflows/station/ItemLookup.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTableWidget;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// Lookup: scan or type a barcode or SKU, see the product, its customs facts and its stock per
/// location (on hand, reserved, available, inbound, hold) with the reorder point.
class LookupScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    LookupScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;
    void focusScan();

signals:
    void backRequested();
    /// Typed into the scan field and confirmed with Enter: a manual scan for the ScanRouter.
    void scanEntered(const wf::scanner::ScanEvent& scan);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static QString barcodeKindName(const QString& kind);
    static QString packingClassName(const QString& packingClass);
    static QString locationKindName(const QString& kind);
    void showResult(const workflows::LookupResult& result);
    void showProduct(const db::CodeMatch& match, const workflows::LookupResult& result);
    void showStock(const QList<db::StockPosition>& stock);

    workflows::FloorServices& m_services;
    QLabel* m_title;
    QLineEdit* m_scanEdit;
    VerdictBanner* m_banner;
    QWidget* m_details;
    QFormLayout* m_form;
    QScrollArea* m_result = nullptr;
    QTableWidget* m_stockTable;
    QList<QLabel*> m_fieldLabels;
    QList<QLabel*> m_fieldValues;
    workflows::LookupResult m_last;
};

} // namespace wf::ui
