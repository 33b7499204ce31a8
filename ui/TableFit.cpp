#include "ui/TableFit.h"

#include <algorithm>
#include <numeric>

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>

namespace wf::ui {

void TableFit::apply(QTableWidget* table, QList<int> wrapping, int minWrap)
{
    new TableFit(table, std::move(wrapping), minWrap); // owned by the table
}

TableFit::TableFit(QTableWidget* table, QList<int> wrapping, int minWrap)
    : QObject(table)
    , m_table(table)
    , m_wrapping(std::move(wrapping))
    , m_minWrap(minWrap)
{
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setMinimumSectionSize(24);
    // A header over a narrowed column wraps its words rather than losing them.
    table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    table->setWordWrap(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows fit their wrapped text while the table is on screen; hidden, the header would still
    // measure every row after each insert (QTableView's delayed layout), so it waits (see
    // eventFilter).
    table->verticalHeader()->setSectionResizeMode(table->isVisible() ? QHeaderView::ResizeToContents
                                                                     : QHeaderView::Interactive);
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this); // shown again: fit what changed while it was hidden
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TableFit::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableFit::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &TableFit::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableFit::schedule);
    connect(model, &QAbstractItemModel::columnsInserted, this, &TableFit::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TableFit::schedule);
    schedule();
}

bool TableFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_table->verticalHeader()->setSectionResizeMode(event->type() == QEvent::Show ? QHeaderView::ResizeToContents
                                                                                      : QHeaderView::Interactive);
    if (event->type() == QEvent::Resize || (watched == m_table && event->type() == QEvent::Show))
        schedule();
    return QObject::eventFilter(watched, event);
}

void TableFit::schedule()
{
    // Once per turn of the event loop, however many cells changed; and not at all while the table
    // is not on screen (the Scanners screen logs every scan of a shift while the packer works on
    // another screen: measuring 200 wrapped rows per scan slowed every verdict), until it shows.
    if (m_scheduled || !m_table->isVisible())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_table->isVisible()) // hidden meanwhile: fitted when it shows
            fit();
    });
}

void TableFit::fit()
{
    const int columns = m_table->columnCount();
    const int available = m_table->viewport()->width();
    if (columns == 0 || available <= 0)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    // QTableView hides its override of this public virtual; the view's own measure of the content.
    const QAbstractItemView* view = m_table;
    QList<int> width(columns);
    for (int c = 0; c < columns; ++c)
        width[c] =
            m_table->isColumnHidden(c) ? 0 : std::max(header->sectionSizeHint(c), view->sizeHintForColumn(c)) + 2;
    const auto wraps = [&](int c) {
        return m_wrapping.contains(c) && !m_table->isColumnHidden(c);
    };
    const int natural = std::accumulate(width.cbegin(), width.cend(), 0);
    int fixed = 0, wrapMin = 0, wrapSpare = 0;
    for (int c = 0; c < columns; ++c) {
        if (!wraps(c)) {
            fixed += width[c];
            continue;
        }
        wrapMin += std::min(m_minWrap, width[c]);
        wrapSpare += width[c] - std::min(m_minWrap, width[c]);
    }
    if (natural <= available) {
        // Everything fits: the spare width goes to the wrapping columns (or the last one).
        QList<int> takers;
        for (int c = 0; c < columns; ++c)
            if (wraps(c))
                takers << c;
        if (takers.isEmpty())
            takers << columns - 1;
        const int extra = (available - natural) / int(takers.size());
        for (int c : takers)
            width[c] += extra;
    } else if (fixed + wrapMin <= available) {
        // The wrapping columns give way, in proportion to what their text would take beyond the minimum.
        const int share = available - fixed - wrapMin;
        for (int c = 0; c < columns; ++c)
            if (wraps(c)) {
                const int least = std::min(m_minWrap, width[c]);
                width[c] = least + (wrapSpare > 0 ? (width[c] - least) * share / wrapSpare : 0);
            }
    } else {
        // Not even that: the others shrink too (their text ends in "…"), the wrapping ones at their minimum.
        const int rest = std::max(available - wrapMin, 0);
        for (int c = 0; c < columns; ++c)
            width[c] = wraps(c) ? std::min(m_minWrap, width[c]) : width[c] * rest / std::max(fixed, 1);
    }
    for (int c = 0; c < columns; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        if (!m_table->isColumnHidden(c) && header->sectionSize(c) != width[c])
            header->resizeSection(c, width[c]);
    }
    m_table->horizontalScrollBar()->setValue(0); // nothing to the side: a scroll left from before would hide column 0
    // Two lines of header where a header's words had to wrap, one otherwise.
    bool wrapped = false;
    for (int c = 0; c < columns && !wrapped; ++c)
        wrapped = !m_table->isColumnHidden(c) && header->sectionSizeHint(c) > width[c];
    const int lineHeight = header->fontMetrics().height();
    header->setFixedHeight((wrapped ? 2 : 1) * lineHeight + 14);
}

} // namespace wf::ui
