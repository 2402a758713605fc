// ReportSections: the committee's indicators in the Monitoring chapter (docs/monitoring.md,
// "Indicators"; docs/report.md): each indicator's name and unit, then each year's plan and
// actual figure when the years fit on the page (five at most), else the latest year with an
// actual figure, its plan and how far apart they are; the sources in a note.
#include "ReportSections.h"

#include "plan/Plan.h"
#include "present/IndicatorText.h"
#include "present/NumberFormat.h"

#include <algorithm>

namespace zeroplan {
namespace {

constexpr int kMostYearColumns = 5;

// "plan / actual" of one year, "—" for a figure not entered.
QString planActual(const IndicatorValue &v)
{
    const auto figure = [](const std::optional<double> &value) {
        return value ? IndicatorText::figure(*value) : ReportSections::tr("—");
    };
    return ReportSections::tr("%1 / %2", "plan / actual").arg(figure(v.plan), figure(v.actual));
}

} // namespace

void ReportSections::indicators()
{
    const QList<Indicator> &all = m_context.plan.monitoring.indicators;
    if (all.isEmpty())
        return;
    subheading(tr("Indicators"));
    QList<int> years;
    for (const Indicator &i : all) {
        for (const IndicatorValue &v : i.values) {
            if (!years.contains(v.year))
                years.append(v.year);
        }
    }
    std::sort(years.begin(), years.end());
    QList<QStringList> rows;
    QStringList sources;
    for (const Indicator &i : all) {
        if (!i.source.isEmpty())
            sources << tr("%1: %2").arg(i.name, i.source);
    }
    if (years.size() <= kMostYearColumns) {
        // Every year: plan / actual.
        QList<qreal> weights{2.6, 1.2};
        QList<Qt::Alignment> alignments{Qt::AlignLeft, Qt::AlignLeft};
        QStringList header{tr("Indicator"), tr("Unit")};
        for (const int year : years) {
            weights << 1.2;
            alignments << Qt::AlignRight;
            header << NumberFormat::year(year);
        }
        weights << 1.8;
        alignments << Qt::AlignRight;
        header << tr("Actual vs plan");
        for (const Indicator &i : all) {
            QStringList row{i.name, i.unit};
            for (const int year : years) {
                const auto v =
                    std::find_if(i.values.begin(), i.values.end(),
                                 [year](const IndicatorValue &x) { return x.year == year; });
                row << (v == i.values.end() ? tr("—") : planActual(*v));
            }
            row << IndicatorText::versusPlan(i);
            rows.append(row);
        }
        table(weights, alignments, header, rows);
        note(tr("Each year shows the plan, then the actual figure; actual vs plan compares "
                "them in the latest year with an actual figure.") +
             (sources.isEmpty()
                  ? QString()
                  : QLatin1Char(' ') + tr("Sources: %1.").arg(sources.join(tr("; ")))));
        return;
    }
    // Too many years for the page: the latest year with an actual figure.
    for (const Indicator &i : all) {
        const IndicatorValue *latest = nullptr;
        for (const IndicatorValue &v : i.values) {
            if (v.actual && (!latest || v.year > latest->year))
                latest = &v;
        }
        rows.append({i.name, i.unit, latest ? NumberFormat::year(latest->year) : tr("—"),
                     latest && latest->plan ? IndicatorText::figure(*latest->plan) : tr("—"),
                     latest ? IndicatorText::figure(*latest->actual) : tr("—"),
                     IndicatorText::versusPlan(i)});
    }
    table({2.6, 1.2, 1, 1, 1, 1.8},
          {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
           Qt::AlignRight},
          {tr("Indicator"), tr("Unit"), tr("Latest actual"), tr("Plan"), tr("Actual"),
           tr("Actual vs plan")},
          rows);
    if (!sources.isEmpty())
        note(tr("Sources: %1.").arg(sources.join(tr("; "))));
}

} // namespace zeroplan
