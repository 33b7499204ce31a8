#include "ui/Theme.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace wf::ui {

QString Theme::styleSheet()
{
    return QStringLiteral(R"(
QWidget { font-size: 15pt; color: #111111; background: #ffffff; }
QPushButton { min-height: 56px; padding: 8px 20px; border: 3px solid #111111; border-radius: 6px;
              background: #f2f2f2; font-weight: bold; }
QPushButton:focus { border-color: #0047ab; background: #dce8ff; }
QPushButton:disabled { color: #8a8a8a; border-color: #b0b0b0; }
QWidget#homeScreen QPushButton { min-height: 120px; font-size: 20pt; }
QLineEdit { min-height: 48px; border: 3px solid #111111; padding: 2px 10px; font-size: 20pt; }
QLineEdit:focus { border-color: #0047ab; }
QLabel#screenTitleLabel { font-size: 24pt; font-weight: bold; }
QLabel#trainingBannerLabel { background: #ffd400; color: #000000; font-weight: bold; padding: 6px; }
QTableWidget { font-size: 14pt; gridline-color: #777777; }
QHeaderView::section { font-size: 14pt; font-weight: bold; background: #e6e6e6; padding: 4px; }
QStatusBar QLabel { font-size: 13pt; padding: 0 12px; }
QListWidget { font-size: 12pt; }
)");
}

QColor Theme::verdictColour(workflows::Verdict::Kind kind)
{
    switch (kind) {
    case workflows::Verdict::Kind::Ok:
        return QColor(0x0b, 0x7a, 0x2a);
    case workflows::Verdict::Kind::Warn:
        return QColor(0xb3, 0x6b, 0x00);
    case workflows::Verdict::Kind::Error:
        return QColor(0xc0, 0x10, 0x10);
    case workflows::Verdict::Kind::Prompt:
        return QColor(0x00, 0x47, 0xab);
    }
    return Qt::black;
}

void Theme::compactKeys(std::initializer_list<QPushButton*> keys)
{
    for (QPushButton* key : keys)
        key->setStyleSheet(QStringLiteral("min-height: 36px; padding: 4px 6px; font-size: 13pt;"));
}

void Theme::compactEntries(std::initializer_list<QLineEdit*> entries)
{
    for (QLineEdit* entry : entries)
        entry->setStyleSheet(QStringLiteral("min-height: 34px; font-size: 15pt;"));
}

void Theme::rowsFitText(QTableWidget* table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setStyleSheet(QStringLiteral("QHeaderView::section { font-size: 8pt; padding: 0px; }"));
    table->verticalHeader()->setMinimumSectionSize(1);
    table->verticalHeader()->hide();
}

} // namespace wf::ui
