#include "DistrictTable.h"

#include "ResultTable.h"
#include "TextTable.h"
#include "district/DistrictRollup.h"

namespace zeroplan {
namespace {

QString number(double value, int decimals = 1)
{
    return ResultTable::number(value, decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double> &share)
{
    return share ? number(*share * 100.0, 0) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace

QString DistrictTable::format(const District &district, const DistrictRollup &rollup,
                              const std::vector<LeagueRow> &rows,
                              const std::vector<DistrictFlag> &flags,
                              const std::optional<DistrictUncertainty> &uncertainty)
{
    QString out = tr("District %1: %n community plan(s), %2–%3", nullptr, rollup.size())
                      .arg(district.name)
                      .arg(rollup.baseYear())
                      .arg(rollup.horizonEnd()) +
                  QLatin1Char('\n');
    out += QLatin1Char('\n') + pathway(rollup, uncertainty);
    if (uncertainty) {
        const UncertaintyResult &u = uncertainty->district;
        out += tr("Probability that the district is net zero in %1: %2 (%L3 samples, shared "
                  "draws)")
                   .arg(u.targetYear)
                   .arg(percent(u.pNeutralByTarget))
                   .arg(u.samples) +
               QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + league(rows, uncertainty.has_value());
    out += QLatin1Char('\n') + flagLines(flags);
    return out;
}

QString DistrictTable::pathway(const DistrictRollup &rollup,
                               const std::optional<DistrictUncertainty> &uncertainty)
{
    TextTable table;
    table.addColumn(tr("Year"), TextTable::Align::Left);
    for (const QString &h : {tr("BAU"), tr("Gross"), tr("Sinks"), tr("Credits"), tr("Net")})
        table.addColumn(h);
    if (uncertainty) {
        table.addColumn(tr("Net P5"));
        table.addColumn(tr("Net P50"));
        table.addColumn(tr("Net P95"));
    }
    const YearSeries bau = rollup.bau(), gross = rollup.gross(), sinks = rollup.sinks(),
                     credits = rollup.credits(), net = rollup.net();
    for (int t = 0; t < rollup.yearCount(); ++t) {
        const int year = rollup.baseYear() + t;
        // The base year, every fifth year and the last year.
        if (t != 0 && year % 5 != 0 && year != rollup.horizonEnd())
            continue;
        QStringList row{QString::number(year), number(bau[t]),     number(gross[t]),
                        number(sinks[t]),      number(credits[t]), number(net[t])};
        if (uncertainty) {
            const Percentiles &p = uncertainty->district.net;
            row << number(p.p5[t]) << number(p.p50[t]) << number(p.p95[t]);
        }
        table.addRow(row);
    }
    return tr("Emissions of the district, tCO2e a year:") + QLatin1Char('\n') + table.render();
}

QString DistrictTable::league(const std::vector<LeagueRow> &rows, bool withProbability)
{
    TextTable table;
    table.addColumn(tr("Community"), TextTable::Align::Left);
    table.addColumn(tr("Type"), TextTable::Align::Left);
    table.addColumn(tr("Households"));
    table.addColumn(tr("t per resident"));
    table.addColumn(tr("Target year"));
    table.addColumn(tr("Planned cut"));
    table.addColumn(tr("Neutral from"));
    table.addColumn(tr("Cost per t"));
    if (withProbability)
        table.addColumn(tr("P(neutral)"));
    for (const LeagueRow &r : rows) {
        QStringList row{r.name,
                        communityTypeName(r.type),
                        number(r.households, 0),
                        optionalNumber(r.grossPerResident, 2),
                        QString::number(r.targetYear),
                        percent(r.plannedReduction),
                        r.neutralityYear ? QString::number(*r.neutralityYear) : tr("not reached"),
                        r.costPerTonne ? number(*r.costPerTonne, 0) + QLatin1Char(' ') + r.currency
                                       : QStringLiteral("—")};
        if (withProbability)
            row << percent(r.probabilityNeutral);
        table.addRow(row);
    }
    return tr("League table:") + QLatin1Char('\n') + table.render();
}

QString DistrictTable::flagLines(const std::vector<DistrictFlag> &flags)
{
    if (flags.empty())
        return tr("No community needs help.") + QLatin1Char('\n');
    QString out = tr("Needs help (largest tonnes at stake first):") + QLatin1Char('\n');
    for (const DistrictFlag &f : flags)
        out += QStringLiteral("  - ") + f.message + QLatin1Char('\n');
    return out;
}

} // namespace zeroplan
