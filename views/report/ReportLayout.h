#pragma once

#include "ReportBlock.h"

#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace zeroplan {

// The pages of a printed plan: blocks stacked down each page in order, a new page where the
// next block (with the heading kept with it) doesn't fit, a table's header row repeated on
// the page a table runs onto; then every page painted with its header (the community's
// name, the plan's title) and footer ("Page 3 of 14"). The first page, the cover, has none.
class ReportLayout
{
public:
    struct Placement
    {
        const ReportBlock *block = nullptr;
        QRectF rect;
    };
    using Page = std::vector<Placement>;

    ReportLayout();
    ~ReportLayout();

    ReportBlock *add(std::unique_ptr<ReportBlock> block);
    template <typename Block, typename... Args> Block *add(Args &&...args)
    {
        return static_cast<Block *>(add(std::make_unique<Block>(std::forward<Args>(args)...)));
    }
    void breakPage(); // the next block starts a new page

    // Assigns the blocks to pages at `style`'s geometry.
    const std::vector<Page> &paginate(const ReportStyle &style);
    const std::vector<Page> &pages() const { return m_pages; }
    // Paints every page into `device` (which must be the one `style` measures).
    // `pageText` is the footer's "Page %1 of %2".
    void paint(QPagedPaintDevice &device, const ReportStyle &style, const QString &headerLeft,
               const QString &headerRight, const QString &pageText) const;

private:
    qreal chainHeight(size_t index, const ReportStyle &style) const;
    void paintFrame(QPainter &painter, const ReportStyle &style, int page,
                    const QString &headerLeft, const QString &headerRight,
                    const QString &pageText) const;

    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    std::vector<Page> m_pages;
    bool m_breakNext = false;
};

} // namespace zeroplan
