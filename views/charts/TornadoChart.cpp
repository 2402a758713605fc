#include "TornadoChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr double kBarHalfHeight = 0.32; // rows are 1 apart: bars fill about two thirds

} // namespace

TornadoChart::TornadoChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("What moves the result most"));
    m_tonnes = new QValueAxis;
    m_rows = new QCategoryAxis;
    m_rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_rows->setGridLineVisible(false);
    c->addAxis(m_tonnes, Qt::AlignBottom);
    c->addAxis(m_rows, Qt::AlignLeft);
    m_base = ChartSeries::addLine(c, m_tonnes, m_rows, QString(),
                                  ChartSeries::linePen(ChartPalette::net(), 1.5));
    clear(tr("Run the analysis to see which figures matter most."));
}

void TornadoChart::setMeasureKinds(const QHash<QString, MeasureKind> &kindsById)
{
    m_kinds = kindsById;
}

QString TornadoChart::parameterName(const SensitivityBar &bar) const
{
    const auto kind = m_kinds.constFind(bar.measureId);
    if (kind != m_kinds.constEnd()) {
        if (const ParameterSpec *spec = MeasureCatalogue::spec(*kind).parameter(bar.parameter))
            return spec->displayName();
    }
    // Kind unknown: the catalogue's name if every kind with this key names it alike.
    QString name;
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        if (const ParameterSpec *p = spec.parameter(bar.parameter)) {
            if (!name.isEmpty() && name != p->displayName())
                return bar.parameter;
            name = p->displayName();
        }
    }
    return name.isEmpty() ? bar.parameter : name;
}

void TornadoChart::setSensitivity(const SensitivityResult &result, int maxBars)
{
    std::vector<SensitivityBar> bars = result.bars;
    std::stable_sort(
        bars.begin(), bars.end(),
        [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    if (bars.size() > size_t(std::max(0, maxBars)))
        bars.resize(size_t(std::max(0, maxBars)));
    if (bars.empty()) {
        clear(tr("No uncertain figure changes the result: give measures a low and high value."));
        return;
    }
    const int n = int(bars.size());
    resizeBars(n);
    QStringList labels;
    double low = result.baseNet;
    double high = result.baseNet;
    for (int k = 0; k < n; ++k) {
        const SensitivityBar &bar = bars[size_t(k)];
        const double y = n - k; // the largest swing on the top row
        ChartSeries::setRectangle(m_lowBars.at(k), std::min(result.baseNet, bar.netAtLow),
                                  std::max(result.baseNet, bar.netAtLow), y - kBarHalfHeight,
                                  y + kBarHalfHeight);
        ChartSeries::setRectangle(m_highBars.at(k), std::min(result.baseNet, bar.netAtHigh),
                                  std::max(result.baseNet, bar.netAtHigh), y - kBarHalfHeight,
                                  y + kBarHalfHeight);
        labels.append(tr("%1 — %2", "measure, parameter").arg(bar.measureName, parameterName(bar)));
        low = std::min({low, bar.netAtLow, bar.netAtHigh});
        high = std::max({high, bar.netAtLow, bar.netAtHigh});
    }
    setRowLabels(labels);
    ChartAxes::setupValueAxis(
        m_tonnes,
        tr("Net emissions in %1 (%2)")
            .arg(NumberFormat::year(result.targetYear), NumberFormat::tonnesPerYearUnit()),
        std::min(0.0, low), high);
    m_base->setName(tr("All figures likely: %1").arg(NumberFormat::tonnesPerYear(result.baseNet)));
    m_base->replace(QList<QPointF>{QPointF(result.baseNet, 0.5), QPointF(result.baseNet, n + 0.5)});
    ChartSeries::setInLegend(chart(), m_base, true);
    setEmptyMessage(QString());
    noteDataChanged();
}

void TornadoChart::clear(const QString &emptyMessage)
{
    resizeBars(0);
    setRowLabels({});
    m_base->clear();
    setEmptyMessage(emptyMessage.isEmpty()
                        ? tr("Run the analysis to see which figures matter most.")
                        : emptyMessage);
}

QStringList TornadoChart::rowLabels() const
{
    return m_labels;
}

void TornadoChart::resizeBars(int count)
{
    while (m_lowBars.size() > count) {
        ChartSeries::remove(chart(), m_lowBars.takeLast());
        ChartSeries::remove(chart(), m_highBars.takeLast());
    }
    while (m_lowBars.size() < count) {
        m_lowBars.append(ChartSeries::addArea(
            chart(), m_tonnes, m_rows, tr("Figure at its low value"), ChartPalette::series(4)));
        m_highBars.append(ChartSeries::addArea(
            chart(), m_tonnes, m_rows, tr("Figure at its high value"), ChartPalette::series(0)));
    }
    // One legend entry per colour, not per bar.
    for (qsizetype i = 0; i < m_lowBars.size(); ++i) {
        ChartSeries::setInLegend(chart(), m_lowBars.at(i), i == 0);
        ChartSeries::setInLegend(chart(), m_highBars.at(i), i == 0);
    }
}

void TornadoChart::setRowLabels(const QStringList &topToBottom)
{
    if (topToBottom == m_labels)
        return;
    m_labels = topToBottom;
    for (const QString &label : m_rows->categoriesLabels())
        m_rows->remove(label);
    // Rows run bottom to top on the axis; a category axis needs distinct labels.
    QStringList used;
    const int n = int(topToBottom.size());
    for (int row = 1; row <= n; ++row) {
        QString label = topToBottom.at(n - row);
        for (int copy = 2; used.contains(label); ++copy)
            label =
                tr("%1 (%2)", "duplicate row label, number").arg(topToBottom.at(n - row)).arg(copy);
        used.append(label);
        m_rows->append(label.toHtmlEscaped(), row + 0.5); // axis labels are rich text
    }
    m_rows->setStartValue(0.5);
    m_rows->setRange(0.5, std::max(1, n) + 0.5);
}

} // namespace zeroplan
