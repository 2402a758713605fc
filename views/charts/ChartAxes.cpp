#include "ChartAxes.h"

#include <QChart>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

int decimalsFor(double step)
{
    for (int d = 0; d < 8; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 8;
}

} // namespace

ChartAxes::NiceRange ChartAxes::niceRange(double min, double max, int targetTicks)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return {};
    if (min > max)
        std::swap(min, max);
    if (max - min < 1e-9 * std::max(1.0, std::abs(max))) {
        // A flat series: give it some room above and below so the line is not on the frame.
        const double pad = std::max(1.0, std::abs(max) * 0.1);
        max += pad;
        min = min >= 0 && min - pad < 0 ? 0 : min - pad;
    }
    NiceRange r;
    r.step = niceStep((max - min) / std::max(1, targetTicks));
    r.min = std::floor(min / r.step + 1e-9) * r.step;
    r.max = std::ceil(max / r.step - 1e-9) * r.step;
    r.ticks = int(std::lround((r.max - r.min) / r.step)) + 1;
    r.decimals = decimalsFor(r.step);
    return r;
}

int ChartAxes::yearTickInterval(int span)
{
    if (span <= 12)
        return 1;
    if (span <= 24)
        return 2;
    if (span <= 60)
        return 5;
    if (span <= 120)
        return 10;
    return 20;
}

void ChartAxes::setupYearAxis(QValueAxis *axis, int first, int last, int maxLabels, bool labelLast)
{
    if (last <= first)
        last = first + 1;
    // A small chart takes fewer labels: widen the interval until they fit.
    int interval = yearTickInterval(last - first);
    for (const int wider : {2, 5, 10, 20, 50, 100}) {
        if ((last - first) / interval + 1 <= std::max(2, maxLabels))
            break;
        interval = std::max(interval, wider);
    }
    // Ticks on multiples of the interval (2025, 2030, …), so every label is a whole year.
    const int anchor = labelLast ? last : int(std::ceil(double(first) / interval)) * interval;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(anchor);
    axis->setTickInterval(interval);
    axis->setMinorTickCount(0);
    axis->setRange(first, last);
    if (axis->titleText().isEmpty())
        axis->setTitleText(tr("Year"));
}

void ChartAxes::setupValueAxis(QValueAxis *axis, const QString &title, double min, double max)
{
    const NiceRange r = niceRange(min, max);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(r.ticks);
    axis->setMinorTickCount(0);
    // Grouped thousands ("12,000"): the charts draw numbers unlocalised (PlanChartView).
    axis->setLabelFormat(QStringLiteral("%'.") + QString::number(r.decimals) + QLatin1Char('f'));
    axis->setRange(r.min, r.max);
    axis->setTitleText(title);
}

QList<QPointF> ChartAxes::yearPoints(int firstYear, const YearSeries &values, double scale)
{
    QList<QPointF> points;
    points.reserve(values.size());
    for (Eigen::Index i = 0; i < values.size(); ++i)
        points.append(QPointF(firstYear + double(i), values[i] * scale));
    return points;
}

} // namespace zeroplan
