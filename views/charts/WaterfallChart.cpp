#include "WaterfallChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr double kHalfBar = 0.32; // half a bar's thickness, in rows

QColor stepColour(const WaterfallStep &step)
{
    if (step.total)
        return ChartPalette::bau();
    return step.value > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

WaterfallChart::WaterfallChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Why emissions changed"));
    m_tonnes = new QValueAxis;
    m_steps = new QCategoryAxis;
    m_steps->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_steps->setGridLineVisible(false);
    c->addAxis(m_tonnes, Qt::AlignBottom);
    c->addAxis(m_steps, Qt::AlignLeft);
    legendPanel()->setPlacement(ChartLegend::Placement::Hidden); // the axis names the bars
    setEmptyMessage(tr("Add an actual year to see why emissions changed."));
}

void WaterfallChart::setSteps(const QList<WaterfallStep> &steps)
{
    if (steps.isEmpty()) {
        setEmptyMessage(tr("Add an actual year to see why emissions changed."));
        return;
    }
    while (m_bars.size() > steps.size())
        ChartSeries::remove(chart(), m_bars.takeLast());
    while (m_bars.size() < steps.size())
        m_bars.append(ChartSeries::addArea(chart(), m_tonnes, m_steps, QString(), Qt::gray));
    for (const QString &label : m_steps->categoriesLabels())
        m_steps->remove(label);

    const int n = int(steps.size());
    double running = 0;
    double low = 0;
    double high = 0;
    for (int i = 0; i < n; ++i) {
        const WaterfallStep &step = steps.at(i);
        const double from = step.total ? 0 : running;
        const double to = step.total ? step.value : running + step.value;
        running = to;
        low = std::min({low, from, to});
        high = std::max({high, from, to});
        const double row = n - 1 - i; // the first step on top
        QAreaSeries *bar = m_bars.at(i);
        ChartSeries::setRectangle(bar, std::min(from, to), std::max(from, to), row - kHalfBar,
                                  row + kHalfBar);
        bar->setName(step.label.toHtmlEscaped());
        bar->setBrush(stepColour(step));
        bar->setPen(QPen(stepColour(step).darker(120), 1));
        const QString name = step.label.toHtmlEscaped();
        const QString value = step.total ? NumberFormat::tonnes(step.value)
                                         : (step.value > 0 ? QStringLiteral("+") : QString()) +
                                               NumberFormat::tonnes(step.value);
        ChartSeries::setHoverText(
            bar, [name, value](const QPointF &) { return ChartSeries::tip(name, value); });
    }
    // Labels top to bottom; a category axis counts upwards.
    m_steps->setStartValue(-0.5);
    for (int row = 0; row < n; ++row)
        m_steps->append(steps.at(n - 1 - row).label, row + 0.5);
    m_steps->setRange(-0.5, n - 0.5);
    ChartAxes::setupValueAxis(m_tonnes, NumberFormat::tonnesUnit(), low, high);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
