#include "ChartBlock.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QXYSeries>

namespace zeroplan {

namespace {

// The on-screen width the chart is laid out at: its fonts keep their point sizes in print
// when the chart is scaled from this width (at 96 dpi) to the page's 170 mm.
constexpr qreal kLayoutWidthPx = 643;

} // namespace

ChartBlock::ChartBlock(std::unique_ptr<PlanChartView> chart, qreal heightMm)
    : m_chart(std::move(chart)), m_heightMm(heightMm)
{
}

ChartBlock::~ChartBlock() = default;

qreal ChartBlock::height(const ReportStyle &style, qreal width) const
{
    if (m_chart->isShowingEmptyMessage())
        return style.textHeight(ReportStyle::Role::Body, m_chart->emptyMessage(),
                                width - style.mm(8)) +
               style.mm(8);
    return style.mm(m_heightMm);
}

void ChartBlock::useReportFonts(PlanChartView *view)
{
    QChart *chart = view->chart();
    QFont font;
    font.setFamilies(ReportStyle::families());
    font.setPointSizeF(8);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        QFont title = font;
        title.setPointSizeF(8);
        axis->setTitleFont(title);
    }
    QFont title = font;
    title.setPointSizeF(9);
    title.setBold(true);
    chart->setTitleFont(title);
    const auto withFamily = [](QFont f) {
        f.setFamilies(ReportStyle::families());
        return f;
    };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            xy->setPointLabelsFont(withFamily(xy->pointLabelsFont()));
        else if (auto *area = qobject_cast<QAreaSeries *>(series))
            area->setPointLabelsFont(withFamily(area->pointLabelsFont()));
        else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(withFamily(slice->labelFont()));
        }
    }
    // Labels the charts place themselves (the total in the donut's hole).
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
            QFont f = text->font();
            f.setFamilies(ReportStyle::families());
            text->setFont(f);
        } else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            QFont f = simple->font();
            f.setFamilies(ReportStyle::families());
            simple->setFont(f);
        }
    }
}

void ChartBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    if (m_chart->isShowingEmptyMessage()) {
        painter.fillRect(rect, ReportStyle::shade());
        style.drawText(painter, rect.adjusted(style.mm(4), style.mm(4), -style.mm(4), 0),
                       ReportStyle::Role::Body, m_chart->emptyMessage(), Qt::AlignHCenter,
                       ReportStyle::muted());
        return;
    }
    QChart *chart = m_chart->chart();
    const QSizeF layoutSize(kLayoutWidthPx, kLayoutWidthPx * rect.height() / rect.width());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    m_chart->scene()->setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    // The chart lays its plot area, axes and legend out on posted events; the legend and the
    // tornado's row labels then set margins that lay it out once more.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(&painter, rect, QRectF(QPointF(0, 0), layoutSize),
                             Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace zeroplan
