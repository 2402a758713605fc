#include "ReportLayout.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace zeroplan {

ReportLayout::ReportLayout() = default;
ReportLayout::~ReportLayout() = default;

ReportBlock *ReportLayout::add(std::unique_ptr<ReportBlock> block)
{
    if (m_breakNext) {
        block->pageBreakBefore = true;
        m_breakNext = false;
    }
    m_blocks.push_back(std::move(block));
    return m_blocks.back().get();
}

void ReportLayout::breakPage()
{
    m_breakNext = true;
}

// The height a block needs on its page: itself and, for a heading, what it is kept with, each
// at the least it may be set at (ReportBlock::shrinkTo).
qreal ReportLayout::chainHeight(size_t index, const ReportStyle &style) const
{
    const qreal width = style.content().width();
    const auto least = [&](const ReportBlock &block) {
        return block.height(style, width) * std::min<qreal>(block.shrinkTo, 1);
    };
    qreal height = least(*m_blocks[index]);
    for (size_t i = index; i + 1 < m_blocks.size() && m_blocks[i]->keepWithNext; ++i) {
        const ReportBlock &next = *m_blocks[i + 1];
        if (next.pageBreakBefore)
            break;
        height += style.mm(next.spaceBeforeMm) + least(next);
    }
    return height;
}

const std::vector<ReportLayout::Page> &ReportLayout::paginate(const ReportStyle &style)
{
    m_pages.clear();
    m_pages.emplace_back();
    const QRectF area = style.content();
    qreal y = area.top();
    const auto place = [&](const ReportBlock *block, qreal height) {
        m_pages.back().push_back({block, QRectF(area.left(), y, area.width(), height)});
        y += height;
    };
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock &block = *m_blocks[i];
        const bool pageEmpty = m_pages.back().empty();
        const qreal space = pageEmpty ? 0 : style.mm(block.spaceBeforeMm);
        const bool fits = y + space + chainHeight(i, style) <= area.bottom();
        if (!pageEmpty && (block.pageBreakBefore || !fits)) {
            m_pages.emplace_back();
            y = area.top();
            if (block.repeatedHeader)
                place(block.repeatedHeader, block.repeatedHeader->height(style, area.width()));
        } else {
            y += space;
        }
        // A block taller than a page (a very long note) is placed alone and runs over. One
        // that may be set shorter takes the room left when that is less than its height.
        const qreal height = block.height(style, area.width());
        place(&block, std::max(std::min(height, area.bottom() - y), height * block.shrinkTo));
    }
    // The last block of a page that may grow takes the space below it, up to growTo.
    for (Page &page : m_pages) {
        if (page.empty())
            continue;
        Placement &last = page.back();
        if (last.block->growTo > 1)
            last.rect.setHeight(std::clamp(area.bottom() - last.rect.top(), last.rect.height(),
                                           last.rect.height() * last.block->growTo));
    }
    return m_pages;
}

void ReportLayout::paint(QPagedPaintDevice &device, const ReportStyle &style,
                         const QString &headerLeft, const QString &headerRight,
                         const QString &pageText) const
{
    QPainter painter(&device);
    for (size_t p = 0; p < m_pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        if (p > 0)
            paintFrame(painter, style, int(p), headerLeft, headerRight, pageText);
        for (const Placement &placement : m_pages[p]) {
            painter.save();
            placement.block->paint(painter, placement.rect, style);
            painter.restore();
        }
    }
}

void ReportLayout::paintFrame(QPainter &painter, const ReportStyle &style, int page,
                              const QString &headerLeft, const QString &headerRight,
                              const QString &pageText) const
{
    const QRectF header = style.header();
    const qreal half = header.width() / 2 - style.mm(2);
    // One line each, cut with "…": a long title must not run down into the page.
    style.drawText(painter, QRectF(header.left(), header.top(), half, header.height()),
                   ReportStyle::Role::Small, headerLeft, Qt::AlignLeft, ReportStyle::accent(), 1);
    style.drawText(painter, QRectF(header.right() - half, header.top(), half, header.height()),
                   ReportStyle::Role::Small, headerRight, Qt::AlignRight, ReportStyle::muted(), 1);
    painter.save();
    painter.setPen(QPen(ReportStyle::rule(), style.pt(0.5)));
    painter.drawLine(QPointF(header.left(), header.bottom()),
                     QPointF(header.right(), header.bottom()));
    const QRectF footer = style.footer();
    painter.drawLine(footer.topLeft(), footer.topRight());
    painter.restore();
    const QString number = pageText.arg(page + 1).arg(m_pages.size());
    style.drawText(painter, footer.adjusted(0, style.mm(2), 0, 0), ReportStyle::Role::Small, number,
                   Qt::AlignRight, ReportStyle::muted());
}

} // namespace zeroplan
