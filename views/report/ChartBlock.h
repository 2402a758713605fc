#pragma once

#include "ReportBlock.h"
#include "charts/PlanChartView.h"

#include <memory>

namespace zeroplan {

// One of the app's charts (views/charts), drawn into the page as vectors: the chart's scene
// is laid out at a screen size of the same shape and rendered through the page's painter,
// so lines, areas and text stay sharp at any zoom. A chart with nothing to show prints the
// sentence that says why, as it does on screen.
class ChartBlock : public ReportBlock
{
public:
    ChartBlock(std::unique_ptr<PlanChartView> chart, qreal heightMm);
    ~ChartBlock() override;

    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;

    // The fonts of every part of `view`'s chart (title, legend, axes, labels) set to the
    // report's fonts, so that the PDF embeds the same two throughout.
    static void useReportFonts(PlanChartView *view);

private:
    std::unique_ptr<PlanChartView> m_chart;
    qreal m_heightMm;
};

} // namespace zeroplan
