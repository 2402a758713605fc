#pragma once

#include "ReportStyle.h"

class QPainter;

namespace zeroplan {

// One piece of a printed plan that is never split across pages: a heading, a paragraph, a
// table row, a chart, a row of the action timeline. ReportLayout stacks blocks down the
// page and starts a new page where the next one doesn't fit.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    // Height at `width` (device units).
    virtual qreal height(const ReportStyle &style, qreal width) const = 0;
    virtual void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const = 0;

    qreal spaceBeforeMm = 0;   // dropped at the top of a page
    bool keepWithNext = false; // a heading stays on the page of what follows it
    bool pageBreakBefore = false;
    // A table's header row, drawn again above this block when it starts a new page.
    const ReportBlock *repeatedHeader = nullptr;
    // A block that paints to whatever rect it is given (a chart) may be set shorter, down to
    // this share of its height, to stay on a page it would otherwise leave half empty...
    qreal shrinkTo = 1;
    // ...or, the last block on its page, taller, up to this share, into the space below it.
    qreal growTo = 1;
};

} // namespace zeroplan
