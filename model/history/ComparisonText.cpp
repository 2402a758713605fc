#include "ComparisonText.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

namespace {

const QString kNone = QStringLiteral("—");

QString number(double value)
{
    if (!std::isfinite(value))
        return kNone;
    if (value == 0) // never "-0.0"
        value = 0;
    return QLocale().toString(value, 'f', 1);
}

QString yearText(const std::optional<int> &year)
{
    return year ? QString::number(*year) : ComparisonText::tr("never");
}

} // namespace

QString ComparisonText::inputsHeading(const VersionComparison &comparison)
{
    if (comparison.inputs.isEmpty())
        return tr("The inputs are the same.");
    return tr("%n input(s) changed:", nullptr, int(comparison.inputs.size()));
}

QList<ComparisonRow> ComparisonText::rows(const VersionComparison &comparison)
{
    QList<ComparisonRow> rows;
    rows.append({tr("Business as usual"), tr("Gross emissions in the base year (tCO2e)"),
                 number(comparison.baselineFrom), number(comparison.baselineTo),
                 number(comparison.baselineTo - comparison.baselineFrom)});
    for (const OutcomePair &p : comparison.outcomes) {
        const ScenarioOutcome &any = p.to ? *p.to : *p.from;
        const auto figure = [&p](double ScenarioOutcome::*f) {
            return std::tuple{p.from ? number((*p.from).*f) : kNone,
                              p.to ? number((*p.to).*f) : kNone,
                              p.from && p.to ? number((*p.to).*f - (*p.from).*f) : kNone};
        };
        rows.append({p.scenario, tr("Neutral from"), p.from ? yearText(p.from->neutralFrom) : kNone,
                     p.to ? yearText(p.to->neutralFrom) : kNone, kNone});
        const std::pair<QString, double ScenarioOutcome::*> figures[] = {
            {tr("Net emissions in %1 (tCO2e)").arg(any.lastYear), &ScenarioOutcome::netInLastYear},
            {tr("Cumulative net emissions (tCO2e)"), &ScenarioOutcome::cumulativeNet},
            {tr("Present cost (%1)").arg(any.currency), &ScenarioOutcome::presentCost},
        };
        for (const auto &[name, field] : figures) {
            const auto [from, to, change] = figure(field);
            rows.append({QString(), name, from, to, change});
        }
    }
    return rows;
}

} // namespace zeroplan
