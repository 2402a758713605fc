// The assumptions, the emission factors and the note on method of the printed plan
// (ReportSections).
#include "ReportSections.h"

#include "inventory/Carrier.h"
#include "measures/MeasureCatalogue.h"
#include "plan/FactorResolver.h"
#include "plan/Plan.h"
#include "plan/PriceLibrary.h"
#include "present/NumberFormat.h"
#include "storage/FactorText.h"

#include <QSet>

namespace zeroplan {

namespace {

// A factor's CO₂e per activity unit in its own mass unit ("0.5703 kgCO₂e/kWh"), base year.
QString factorValue(const EmissionFactor &factor, const Plan &plan)
{
    const double tonnes = factor.tonnesCO2ePerUnit(plan.community.baseYear, plan.gwp);
    const double perMassUnit = factor.massUnit == QLatin1String("g")    ? 1e6
                               : factor.massUnit == QLatin1String("kg") ? 1e3
                                                                        : 1.0;
    return NumberFormat::significant(tonnes * perMassUnit);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

void ReportSections::assumptions()
{
    heading(ReportSection::Assumptions);
    const Plan &plan = m_context.plan;
    const Community &c = plan.community;
    const Drivers &d = plan.drivers;
    const auto growth = [](double rate) {
        return tr("%1 a year").arg(NumberFormat::percent(rate, 1));
    };
    QList<QStringList> rows = {
        {tr("Base year and horizon"),
         tr("%1 to %2").arg(NumberFormat::year(c.baseYear), NumberFormat::year(c.horizonEnd)),
         QString()},
        {tr("Residents"), NumberFormat::number(c.population), c.source},
        {tr("Households"), NumberFormat::number(c.households), c.source},
        {tr("Population growth"), growth(d.populationGrowth), d.source},
        {tr("Household growth"), growth(d.householdGrowth), d.source}};
    for (const SectorTrend &t : d.sectorTrends)
        rows.append({tr("Trend: %1").arg(sectorName(t.sector)), growth(t.rate), d.source});
    rows.append({tr("Discount rate"), NumberFormat::percent(c.discountRate, 1), QString()});
    rows.append({tr("Currency"), c.currency, QString()});
    rows.append({tr("Global warming potentials"), tr("IPCC %1, 100 years").arg(gwpSetId(plan.gwp)),
                 QString()});
    if (!plan.factorSet.isEmpty())
        rows.append({tr("Factor library"), plan.factorSet, QString()});
    for (QStringList &row : rows)
        row[2] = orDash(row[2]);
    table({2.2, 2, 3.8}, {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
          {tr("Assumption"), tr("Value"), tr("Source")}, rows);

    // Prices are small (0.68 CNY/kWh): significant figures, not whole units.
    const auto price = [&](double value, const QString &unit) {
        return tr("%1 %2 per %3", "price, currency, unit")
            .arg(NumberFormat::significant(value), NumberFormat::currencyUnit(c.currency),
                 NumberFormat::activityUnit(unit));
    };
    const auto carrierName = [](const QString &id) {
        const Carrier *carrier = Carriers::find(id);
        return carrier ? carrier->displayName() : id;
    };
    if (!plan.prices.isEmpty()) {
        subheading(tr("Energy prices"));
        QList<QStringList> prices;
        for (const Price &p : plan.prices) {
            prices.append({carrierName(p.carrier), price(p.price, p.unit),
                           orDash(PriceLibrary::builtIn().displaySource(p))});
        }
        table({2.2, 2, 3.8}, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft},
              {tr("Carrier"), tr("Price"), tr("Source")}, prices);
    }
    // Measures that buy or save energy at a price of their own (docs/measures.md).
    QList<QStringList> tariffs;
    for (const Measure &m : plan.measures) {
        for (const MeasureTariff &t : m.tariffs) {
            const QString value =
                t.capPerHousehold
                    ? tr("%1, up to %2 %3 per household a year", "price, cap, unit")
                          .arg(price(t.price, t.unit), NumberFormat::number(*t.capPerHousehold),
                               NumberFormat::activityUnit(t.unit))
                    : price(t.price, t.unit);
            tariffs.append({tr("%1: %2", "measure, carrier")
                                .arg(MeasureCatalogue::displayName(m), carrierName(t.carrier)),
                            value, orDash(t.source)});
        }
    }
    if (!tariffs.isEmpty()) {
        subheading(tr("Measures' own tariffs"));
        table({2.2, 2, 3.8}, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft},
              {tr("Measure and carrier"), tr("Price"), tr("Source")}, tariffs);
    }

    subheading(tr("Emission factors used"));
    const FactorResolver resolver(plan, m_context.library);
    QStringList ids;
    for (const ActivityLine &line : plan.activities) {
        if (!line.factor.isEmpty() && !ids.contains(line.factor))
            ids.append(line.factor);
    }
    if (const EmissionFactor *electricity = resolver.electricity();
        electricity && !ids.contains(electricity->id))
        ids.append(electricity->id);
    QList<QStringList> factors;
    for (const QString &id : ids) {
        const EmissionFactor *f = resolver.find(id);
        if (!f) {
            factors.append({id, tr("not found"), QString(), QString(), QStringLiteral("—")});
            continue;
        }
        const QString where = f->region.isEmpty() ? NumberFormat::year(f->year)
                                                  : tr("%1, %2", "region, year")
                                                        .arg(FactorText::regionName(f->region),
                                                             NumberFormat::year(f->year));
        factors.append({FactorText::name(*f), factorValue(*f, plan),
                        tr("%1CO₂e/%2", "mass unit, activity unit")
                            .arg(f->massUnit, NumberFormat::activityUnit(f->activityUnit)),
                        where, orDash(FactorText::source(*f))});
    }
    table({2.6, 1, 1.3, 1.3, 3.6},
          {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
          {tr("Factor"), tr("Value"), tr("Unit"), tr("Region, year"), tr("Source")}, factors);
    note(tr("Values in the base year %1 with the plan's global warming potentials; a factor "
            "that changes over the years (a grid that decarbonises) follows its trajectory.")
             .arg(NumberFormat::year(c.baseYear)));
}

void ReportSections::method()
{
    heading(ReportSection::Method);
    paragraph(tr("Business as usual (BAU) carries each baseline activity line forward from the "
                 "base year with its driver: the number of residents or households, or held "
                 "fixed, and the trend of its sector. Emission factors that change over the "
                 "years follow their trajectories."));
    paragraph(tr("Measures act on the activity lines in a fixed order of stages: first those "
                 "that reduce demand, then those that switch fuels, then clean supply. Each "
                 "measure's wedge is the cut it makes after the measures before it (sequential "
                 "attribution), so no tonne is counted twice and the wedges add up to the gap "
                 "between BAU and the scenario's gross emissions."));
    paragraph(tr("Sinks (trees planted) and carbon credits are kept on a ledger of their own, "
                 "apart from reductions: net emissions are gross emissions minus sinks and "
                 "credits, and the plan shows both so that offsets never hide a shortfall in "
                 "reductions. The community is neutral from the year its net emissions reach "
                 "zero and stay there to the end of the plan; a year below zero that does not "
                 "last is not neutrality, and a neutrality target is met only if neutrality "
                 "holds from the target year on."));
    paragraph(tr("Costs are investment (renewed at the end of a measure's lifetime), running "
                 "costs and energy savings valued at the plan's prices, discounted to the base "
                 "year. Cost per tonne is the present cost divided by the discounted tonnes "
                 "abated (levelised). Trees planted count as abatement, since they take CO₂ out "
                 "of the air; carbon credits bought do not: their cost and tonnes are shown "
                 "apart, at a price per credit, and never enter a cost per tonne abated."));
    paragraph(tr("Uncertainty is explored with a Monte Carlo simulation that draws every "
                 "uncertain value from a triangular distribution over its low, likely and high "
                 "values, with a fixed seed so the same plan always gives the same figures; "
                 "the probability is put in the IPCC's calibrated words."));
}

} // namespace zeroplan
