#include "TrackTable.h"

#include "TextTable.h"
#include "measures/MeasureCatalogue.h"
#include "monitoring/MonitoringNames.h"
#include "monitoring/MonitoringRun.h"
#include "plan/Plan.h"

#include <QLocale>
#include <algorithm>

namespace zeroplan {
QString TrackTable::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString TrackTable::format(const Plan &plan, const MonitoringRun &run)
{
    QString out = headline(plan, run);
    if (!run.years.empty())
        out += QLatin1Char('\n') + years(run);
    if (run.tracking)
        out += QLatin1Char('\n') + measures(plan, run);
    if (run.decomposition)
        out += QLatin1Char('\n') + decomposition(run);
    if (run.reforecast)
        out += QLatin1Char('\n') + reforecast(plan, run);
    if (!plan.monitoring.indicators.isEmpty())
        out += QLatin1Char('\n') + indicators(plan);
    return out;
}

QString TrackTable::headline(const Plan &plan, const MonitoringRun &run)
{
    QString out =
        tr("%1: adopted %2 on %3; base year %4: %5 tCO2e")
            .arg(plan.community.name, run.adoptedLabel, run.adoptedOn.toString(Qt::ISODate),
                 QString::number(run.baseYear), number(run.baseYearGross)) +
        QLatin1Char('\n');
    if (const std::optional<double> reduced = run.reducedSinceBase()) {
        out += tr("%1 tCO2e reduced since %2; %3 tCO2e still to reduce by %4")
                   .arg(number(*reduced), QString::number(run.baseYear),
                        number(run.stillToReduce().value_or(0)), QString::number(run.targetYear)) +
               QLatin1Char('\n');
    } else {
        out += tr("No actual inventory after the base year yet.") + QLatin1Char('\n');
    }
    return out;
}

QString TrackTable::years(const MonitoringRun &run)
{
    TextTable table;
    table.addColumn(tr("Year"));
    table.addColumn(tr("Planned tCO2e"));
    table.addColumn(tr("Actual tCO2e"));
    table.addColumn(tr("Gap tCO2e"));
    table.addColumn(tr("Gap"));
    for (const MonitoredYear &y : run.years) {
        const std::optional<double> share = y.gapShare();
        table.addRow(
            {QString::number(y.year), number(y.planned), number(y.actual), number(y.gap()),
             share ? QLocale().toString(*share * 100, 'f', 1) + QLatin1Char('%') : tr("—")});
    }
    return table.render();
}

QString TrackTable::measures(const Plan &plan, const MonitoringRun &run)
{
    TextTable table;
    table.addColumn(tr("Measure in %1").arg(run.tracking->year), TextTable::Align::Left);
    table.addColumn(tr("Status"), TextTable::Align::Left);
    table.addColumn(tr("Light"), TextTable::Align::Left);
    table.addColumn(tr("Planned"));
    table.addColumn(tr("Actual"));
    table.addColumn(tr("Completion"));
    table.addColumn(tr("Planned tCO2e"));
    table.addColumn(tr("Realised tCO2e"));
    for (const MeasureTrack &t : run.tracking->measures) {
        const Measure *m = plan.findMeasure(t.measure);
        table.addRow({m ? MeasureCatalogue::displayName(*m) : t.measure,
                      t.light != TrackLight::NoData ? progressStatusName(t.status) : tr("—"),
                      trackLightName(t.light), number(t.planned, 2),
                      t.actual ? number(*t.actual, 2) : tr("—"),
                      t.completion
                          ? QLocale().toString(*t.completion * 100, 'f', 0) + QLatin1Char('%')
                          : tr("—"),
                      number(t.plannedAbatement),
                      t.realisedAbatement ? number(*t.realisedAbatement) : tr("—")});
    }
    return table.render();
}

QString TrackTable::decomposition(const MonitoringRun &run)
{
    const ChangeDecomposition &d = *run.decomposition;
    TextTable table;
    table.addColumn(tr("Why emissions changed, %1 to %2").arg(d.firstYear).arg(d.lastYear),
                    TextTable::Align::Left);
    table.addColumn(tr("tCO2e"));
    table.addRow({tr("Population and households"), number(d.drivers)});
    table.addRow({tr("Weather (heating degree days)"), number(d.weather)});
    table.addRow({tr("Emission factors (grid, fuels)"), number(d.emissionFactor)});
    table.addRow({tr("Measures"), number(d.measures)});
    table.addRow({tr("Other (behaviour, economy, data)"), number(d.residual)});
    table.addRow({tr("Change"), number(d.change())});
    return table.render();
}

QString TrackTable::reforecast(const Plan &plan, const MonitoringRun &run)
{
    const Reforecast &r = *run.reforecast;
    TextTable table;
    table.addColumn(tr("Re-forecast from %1").arg(r.fromYear), TextTable::Align::Left);
    table.addColumn(tr("Neutral from"));
    table.addColumn(tr("Net tCO2e in %1").arg(run.targetYear));
    const bool bands = !r.paths.empty() && r.paths.front().uncertainty;
    if (bands)
        table.addColumn(tr("90% range in %1").arg(run.targetYear));
    table.addColumn(tr("Out of reach"), TextTable::Align::Left);
    for (const ReforecastPath &p : r.paths) {
        QStringList names;
        for (const QString &id : p.unreachable) {
            const Measure *m = plan.findMeasure(id);
            names << (m ? MeasureCatalogue::displayName(*m) : id);
        }
        QStringList row{reforecastVariantName(p.variant),
                        p.neutralFrom ? QString::number(*p.neutralFrom) : tr("not reached"),
                        number(p.remainingGap)};
        if (bands && p.uncertainty) {
            const Percentiles &net = p.uncertainty->net;
            const int t = std::clamp(run.targetYear - run.baseYear, 0, int(net.p5.size()) - 1);
            row << tr("%1 to %2", "low to high").arg(number(net.p5[t]), number(net.p95[t]));
        }
        row << names.join(QStringLiteral(", "));
        table.addRow(row);
    }
    return table.render();
}

QString TrackTable::indicators(const Plan &plan)
{
    // One row per indicator and year: the plan, the actual, actual − plan where both are known.
    TextTable table;
    table.addColumn(tr("Indicator"), TextTable::Align::Left);
    table.addColumn(tr("Unit"), TextTable::Align::Left);
    table.addColumn(tr("Year"));
    table.addColumn(tr("Plan"));
    table.addColumn(tr("Actual"));
    table.addColumn(tr("Actual - plan"));
    const auto figure = [](const std::optional<double> &v) {
        return v ? QLocale().toString(*v, 'f', QLocale::FloatingPointShortest) : tr("—");
    };
    for (const Indicator &i : plan.monitoring.indicators) {
        if (i.values.isEmpty())
            table.addRow({i.name, i.unit, tr("—"), tr("—"), tr("—"), tr("—")});
        for (const IndicatorValue &v : i.values) {
            const std::optional<double> difference =
                v.plan && v.actual ? std::optional<double>(*v.actual - *v.plan) : std::nullopt;
            table.addRow({i.name, i.unit, QString::number(v.year), figure(v.plan), figure(v.actual),
                          figure(difference)});
        }
    }
    return table.render();
}

} // namespace zeroplan
