// PlanValidation: the electricity factor, the plan's factors and its prices.
#include "PlanValidation.h"

#include "FactorJson.h"
#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "inventory/Carrier.h"
#include "inventory/Units.h"
#include "measures/MeasureCatalogue.h"

#include <algorithm>

namespace zeroplan {

void PlanValidation::checkElectricityFactor()
{
    const QString path = QStringLiteral("/community/electricity_factor");
    const EmissionFactor *factor = findFactor(m_plan.community.electricityFactor);
    if (!factor) {
        m_report.error(path, unknownFactor(m_plan.community.electricityFactor));
    } else if (factor->carrier != QLatin1String("electricity")) {
        m_report.error(path,
                       PlanJson::tr("factor \"%1\" is for %2, not for electricity")
                           .arg(factor->id, factor->carrier.isEmpty()
                                                ? PlanJson::tr("any carrier")
                                                : ProblemReport::carrierName(factor->carrier)));
    }
}

// Without an electricity factor of its own, the plan relies on the library's for its grid
// region, which measures that add electricity need.
void PlanValidation::checkElectricity()
{
    const Community &c = m_plan.community;
    if (!c.electricityFactor.isEmpty()) {
        checkElectricityFactor();
        return;
    }
    if (!c.gridRegion.isEmpty() && !m_library.gridFactor(c.gridRegion, c.baseYear)) {
        m_report.warning(QStringLiteral("/community/grid_region"),
                         PlanJson::tr("the factor library %1 has no electricity factor for grid "
                                      "region \"%2\"; known regions: %3")
                             .arg(m_library.version(), c.gridRegion,
                                  m_library.gridRegions().join(QLatin1String(", "))));
    }
    const bool addsElectricity =
        std::any_of(m_plan.measures.cbegin(), m_plan.measures.cend(), [](const Measure &m) {
            return MeasureCatalogue::spec(m.kind).traits.adds == AddedActivity::Electricity;
        });
    if (addsElectricity && !m_factors.electricity()) {
        m_report.warning(QStringLiteral("/community/electricity_factor"),
                         PlanJson::tr("heat pumps and shared transport add electricity, but the "
                                      "plan has no electricity factor; set grid_region or "
                                      "electricity_factor"));
    }
}

void PlanValidation::checkFactors()
{
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < m_plan.factors.size(); ++i) {
        const EmissionFactor &f = m_plan.factors[i];
        const QString path = jsonPointer(QStringLiteral("/factors"), i);
        FactorJson::check(f, path, m_problems);
        checkUnique(m_report, ids, f.id, at(path, "id"));
        const bool hasCO2e = std::any_of(f.gases.cbegin(), f.gases.cend(),
                                         [](const GasAmount &g) { return g.gas == Gas::CO2e; });
        if (hasCO2e && f.gwp != m_plan.gwp) {
            m_report.warning(at(path, "gwp"),
                             PlanJson::tr("the CO2e figure uses %1 GWPs but the plan uses %2; it "
                                          "is used as it is")
                                 .arg(gwpSetId(f.gwp), gwpSetId(m_plan.gwp)));
        }
    }
}

void PlanValidation::checkPrices()
{
    QHash<QString, QString> carriers;
    for (qsizetype i = 0; i < m_plan.prices.size(); ++i) {
        const Price &p = m_plan.prices[i];
        const Carrier *carrier = Carriers::find(p.carrier);
        const auto unit = Units::find(p.unit);
        if (!carrier) {
            m_report.error(at("prices", i, "carrier"),
                           PlanJson::tr("carrier \"%1\" is not known; expected one of %2")
                               .arg(p.carrier, ProblemReport::carrierIds()));
        } else {
            checkUnique(m_report, carriers, p.carrier, at("prices", i, "carrier"));
        }
        if (!unit) {
            m_report.error(at("prices", i, "unit"),
                           PlanJson::tr("unit \"%1\" is not known").arg(p.unit));
        } else if (carrier && !carrier->fits(unit->dimension)) {
            m_report.error(
                at("prices", i, "unit"),
                PlanJson::tr("unit %1 does not fit %2").arg(p.unit, carrier->displayName()));
        }
        if (!ProblemReport::isNonNegative(p.price)) {
            m_report.error(at("prices", i, "price"),
                           PlanJson::tr("price %1 must be a number of at least 0")
                               .arg(ProblemReport::number(p.price)));
        }
    }
    checkPricesCoverEnergy(carriers);
}

// Energy that a measure saves (or switches to) without a price: it counts as 0 in the costs,
// so the measure's savings, every cost per tonne and the MACC would be wrong. Lines a measure
// acts on, by default or by name, and the electricity heat pumps and shared transport add.
void PlanValidation::checkPricesCoverEnergy(const QHash<QString, QString> &priced)
{
    QSet<QString> acted; // carriers some measure acts on
    for (const Measure &m : m_plan.measures) {
        const MeasureKindSpec &spec = MeasureCatalogue::spec(m.kind);
        if (spec.traits.adds == AddedActivity::Electricity)
            acted.insert(QStringLiteral("electricity"));
        for (const ActivityLine &line : m_plan.activities) {
            const bool targeted =
                m.targets.isEmpty()
                    ? spec.targets.matchesByDefault(line.carrier, line.sector, line.subsector)
                    : m.targets.contains(line.id) && spec.targets.acceptsCarrier(line.carrier);
            if (targeted)
                acted.insert(line.carrier);
        }
    }
    QSet<QString> warned;
    for (const ActivityLine &line : m_plan.activities) {
        const Carrier *carrier = Carriers::find(line.carrier);
        if (!carrier || carrier->id == QLatin1String("other") || !acted.contains(carrier->id) ||
            carrier->kwhPerUnit(carrier->usualUnit).value_or(0) <= 0 ||
            priced.contains(line.carrier) || warned.contains(line.carrier))
            continue;
        warned.insert(line.carrier);
        m_report.warning(QStringLiteral("/prices"),
                         PlanJson::tr("no price for %1: the energy measures save on it is "
                                      "valued at 0, so their savings and costs per tonne are "
                                      "incomplete; enter the price the community pays")
                             .arg(carrier->displayName()));
    }
}

} // namespace zeroplan
