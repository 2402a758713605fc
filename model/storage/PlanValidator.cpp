#include "PlanValidator.h"

#include "FactorJson.h"
#include "JsonObjectReader.h"
#include "MeasureClamping.h"
#include "MeasureValidator.h"
#include "PlanJson.h"
#include "ProblemReport.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "measures/MeasureCatalogue.h"
#include "plan/FactorResolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

constexpr int kEarliestBaseYear = 1990;
constexpr int kLatestBaseYear = 2100;
constexpr int kMaxHorizonYears = 100;
constexpr double kMaxDiscountRate = 0.3;
constexpr double kUsualGrowth = 0.1; // a yearly growth or trend beyond ±10 % gets a warning

QString at(const QString &path, const char *key)
{
    return jsonPointer(path, QString::fromLatin1(key));
}

QString at(const char *list, qsizetype index, const char *key)
{
    return at(jsonPointer(QLatin1Char('/') + QString::fromLatin1(list), index), key);
}

// Reports an id or name used before in the same list; `first` remembers where each was seen.
void checkUnique(ProblemReport &report, QHash<QString, QString> &first, const QString &id,
                 const QString &path)
{
    const auto it = first.constFind(id);
    if (it != first.cend()) {
        report.error(path, PlanJson::tr("%1 is used twice (first at %2)")
                               .arg(QLatin1Char('"') + id + QLatin1Char('"'), *it));
        return;
    }
    first.insert(id, path);
}

// Reports a name that holds a control character (C0, DEL or C1: a tab, a line break, a bell,
// an escape…): it cannot be printed or shown, and in a report or a file name it garbles the
// layout. `path` names the field (and so the row); the first such character is named.
void checkPrintable(ProblemReport &report, const QString &text, const QString &path)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].category() != QChar::Other_Control)
            continue;
        report.error(
            path,
            PlanJson::tr("the name holds the control character U+%1 (at "
                         "character %2), which cannot be shown or printed; "
                         "remove it")
                .arg(QStringLiteral("%1").arg(text[i].unicode(), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1));
        return;
    }
}

class Validation
{
public:
    Validation(const Plan &plan, const FactorLibrary &library)
        : m_plan(plan), m_library(library), m_factors(plan, library), m_measures(plan),
          m_clamping(plan, library), m_report(m_problems)
    {
        for (const EmissionFactor &f : plan.factors) {
            if (!m_planFactors.contains(f.id)) // the first of an id, as FactorResolver
                m_planFactors.insert(f.id, &f);
        }
    }

    PlanProblems run()
    {
        checkNames();
        checkFactorSet();
        checkCommunity();
        checkHorizon();
        checkTargets();
        checkElectricity();
        checkFactors();
        checkPrices();
        checkDrivers();
        checkActivities();
        checkMeasures();
        checkScenarios();
        return m_problems;
    }

private:
    void checkNames();
    void checkFactorSet();
    void checkCommunity();
    void checkPeople();
    void checkHorizon();
    void checkTargets();
    void checkInterim(qsizetype index);
    void checkInterimOrder();
    void checkElectricity();
    void checkElectricityFactor();
    void checkFactors();
    void checkPrices();
    void checkPricesCoverEnergy(const QHash<QString, QString> &priced);
    void checkGrowth(double rate, const QString &path, const QString &what);
    void checkDrivers();
    void checkActivities();
    void checkActivityQuantity(const ActivityLine &line, const QString &path);
    void checkActivityFactor(const ActivityLine &line, const QString &path);
    void checkScope(const ActivityLine &line, const QString &path);
    void checkMeasures();
    void checkScenarios();
    void checkScenarioMeasure(const ScenarioMeasure &entry, const QString &path,
                              QHash<QString, QString> &seen);
    bool inHorizon(int year) const
    {
        return year >= m_plan.community.baseYear && year <= m_plan.community.horizonEnd;
    }
    QString outsideHorizon(const QString &what, int year) const;
    QString unknownFactor(const QString &id) const;
    // The plan's factor of this id, else the library's: FactorResolver::find in constant time.
    const EmissionFactor *findFactor(const QString &id) const
    {
        const EmissionFactor *own = m_planFactors.value(id);
        return own ? own : m_library.find(id);
    }

    const Plan &m_plan;
    const FactorLibrary &m_library;
    FactorResolver m_factors; // for the electricity factor
    QHash<QString, const EmissionFactor *> m_planFactors;
    MeasureValidator m_measures;
    MeasureClamping m_clamping; // what the engine would silently cut down
    QSet<QString> m_measureIds;
    PlanProblems m_problems;
    ProblemReport m_report;
};

QString Validation::outsideHorizon(const QString &what, int year) const
{
    return PlanJson::tr("%1 %2 is outside the plan's horizon %3–%4")
        .arg(what)
        .arg(year)
        .arg(m_plan.community.baseYear)
        .arg(m_plan.community.horizonEnd);
}

QString Validation::unknownFactor(const QString &id) const
{
    if (m_library.version().isEmpty()) {
        return PlanJson::tr("factor \"%1\" is in neither the plan's factors nor the factor "
                            "library")
            .arg(id);
    }
    return PlanJson::tr("factor \"%1\" is in neither the plan's factors nor the factor library "
                        "%2")
        .arg(id, m_library.version());
}

// Names that are shown and printed: the plan's title, the community's name, the names and ids
// of factors, activity lines (id and subsector), measures and scenarios.
void Validation::checkNames()
{
    checkPrintable(m_report, m_plan.title, QStringLiteral("/title"));
    checkPrintable(m_report, m_plan.community.name, QStringLiteral("/community/name"));
    for (qsizetype i = 0; i < m_plan.factors.size(); ++i) {
        checkPrintable(m_report, m_plan.factors[i].id, at("factors", i, "id"));
        checkPrintable(m_report, m_plan.factors[i].name, at("factors", i, "name"));
    }
    for (qsizetype i = 0; i < m_plan.activities.size(); ++i) {
        checkPrintable(m_report, m_plan.activities[i].id, at("activities", i, "id"));
        checkPrintable(m_report, m_plan.activities[i].subsector, at("activities", i, "subsector"));
    }
    for (qsizetype i = 0; i < m_plan.measures.size(); ++i) {
        checkPrintable(m_report, m_plan.measures[i].id, at("measures", i, "id"));
        checkPrintable(m_report, m_plan.measures[i].name, at("measures", i, "name"));
    }
    for (qsizetype i = 0; i < m_plan.scenarios.size(); ++i)
        checkPrintable(m_report, m_plan.scenarios[i].name, at("scenarios", i, "name"));
}

void Validation::checkFactorSet()
{
    if (!m_plan.factorSet.isEmpty() && !m_library.version().isEmpty() &&
        m_plan.factorSet != m_library.version()) {
        m_report.warning(QStringLiteral("/factor_set"),
                         PlanJson::tr("the plan was made with factor set %1, this ZeroPlan has "
                                      "%2; library factors may have changed")
                             .arg(m_plan.factorSet, m_library.version()));
    }
}

void Validation::checkCommunity()
{
    const Community &c = m_plan.community;
    const QString path = QStringLiteral("/community");
    if (c.name.trimmed().isEmpty())
        m_report.error(at(path, "name"), PlanJson::tr("the community has no name"));
    checkPeople();
    if (c.areaHa && !(ProblemReport::isNonNegative(*c.areaHa) && *c.areaHa > 0)) {
        m_report.error(
            at(path, "area_ha"),
            PlanJson::tr("area_ha %1 must be more than 0").arg(ProblemReport::number(*c.areaHa)));
    }
    if (!ProblemReport::inRange(c.discountRate, 0, kMaxDiscountRate)) {
        m_report.error(at(path, "discount_rate"),
                       PlanJson::tr("discount rate %1 is outside 0–%2 (0.05 means 5 % a year)")
                           .arg(ProblemReport::number(c.discountRate),
                                ProblemReport::number(kMaxDiscountRate)));
    }
    static const QRegularExpression isoCurrency(QStringLiteral("^[A-Z]{3}$"));
    if (!isoCurrency.match(c.currency).hasMatch()) {
        m_report.warning(at(path, "currency"),
                         PlanJson::tr("currency \"%1\" is not a three-letter ISO 4217 code such "
                                      "as CNY")
                             .arg(c.currency));
    }
}

void Validation::checkPeople()
{
    const Community &c = m_plan.community;
    const QString path = QStringLiteral("/community");
    if (!ProblemReport::isNonNegative(c.population)) {
        m_report.error(at(path, "population"),
                       PlanJson::tr("population %1 must be a number of at least 0")
                           .arg(ProblemReport::number(c.population)));
    } else if (c.population == 0) {
        m_report.warning(at(path, "population"),
                         PlanJson::tr("population is 0, so per-person figures cannot be shown"));
    }
    if (!ProblemReport::isNonNegative(c.households)) {
        m_report.error(at(path, "households"),
                       PlanJson::tr("households %1 must be a number of at least 0")
                           .arg(ProblemReport::number(c.households)));
    } else if (c.population > 0 && c.households > c.population) {
        m_report.warning(
            at(path, "households"),
            PlanJson::tr("there are more households (%1) than residents (%2)")
                .arg(ProblemReport::number(c.households), ProblemReport::number(c.population)));
    }
}

void Validation::checkHorizon()
{
    const Community &c = m_plan.community;
    if (c.baseYear < kEarliestBaseYear || c.baseYear > kLatestBaseYear) {
        m_report.error(QStringLiteral("/community/base_year"),
                       PlanJson::tr("base year %1 is not plausible; expected %2–%3")
                           .arg(c.baseYear)
                           .arg(kEarliestBaseYear)
                           .arg(kLatestBaseYear));
    }
    const QString path = QStringLiteral("/community/horizon_end");
    if (c.horizonEnd <= c.baseYear) {
        m_report.error(path, PlanJson::tr("horizon end %1 must come after the base year %2")
                                 .arg(c.horizonEnd)
                                 .arg(c.baseYear));
    } else if (c.horizonEnd - c.baseYear > kMaxHorizonYears) {
        m_report.error(path, PlanJson::tr("the horizon %1–%2 is %3 years long; at most %4 are "
                                          "allowed")
                                 .arg(c.baseYear)
                                 .arg(c.horizonEnd)
                                 .arg(c.horizonEnd - c.baseYear)
                                 .arg(kMaxHorizonYears));
    }
}

void Validation::checkTargets()
{
    const Targets &t = m_plan.community.targets;
    const QString path = QStringLiteral("/community/targets");
    if (t.neutralityYear && !inHorizon(*t.neutralityYear)) {
        m_report.error(at(path, "neutrality_year"),
                       outsideHorizon(PlanJson::tr("neutrality year"), *t.neutralityYear));
    }
    for (qsizetype i = 0; i < t.interim.size(); ++i)
        checkInterim(i);
    checkInterimOrder();
    if (t.carbonBudget && !ProblemReport::isNonNegative(*t.carbonBudget)) {
        m_report.error(at(path, "carbon_budget_t"),
                       PlanJson::tr("carbon budget %1 t must be a number of at least 0")
                           .arg(ProblemReport::number(*t.carbonBudget)));
    }
}

void Validation::checkInterim(qsizetype index)
{
    const QList<InterimTarget> &interim = m_plan.community.targets.interim;
    const InterimTarget &target = interim[index];
    const QString path = jsonPointer(QStringLiteral("/community/targets/interim"), index);
    if (!inHorizon(target.year))
        m_report.error(at(path, "year"), outsideHorizon(PlanJson::tr("interim year"), target.year));
    if (!ProblemReport::inRange(target.cut, 0, 1)) {
        m_report.error(at(path, "cut"), PlanJson::tr("cut %1 is outside 0–1 (0.4 means −40 %)")
                                            .arg(ProblemReport::number(target.cut)));
    }
}

// One target per year, and a later target does not ask for less than the one before it.
void Validation::checkInterimOrder()
{
    const QList<InterimTarget> &interim = m_plan.community.targets.interim;
    const QString path = QStringLiteral("/community/targets/interim");
    QHash<int, qsizetype> firstOfYear;
    for (qsizetype i = 0; i < interim.size(); ++i) {
        if (firstOfYear.contains(interim[i].year)) {
            m_report.error(at(jsonPointer(path, i), "year"),
                           PlanJson::tr("a second interim target for %1").arg(interim[i].year));
        } else {
            firstOfYear.insert(interim[i].year, i);
        }
    }
    QList<qsizetype> byYear = firstOfYear.values();
    std::sort(byYear.begin(), byYear.end(),
              [&](qsizetype a, qsizetype b) { return interim[a].year < interim[b].year; });
    for (qsizetype k = 1; k < byYear.size(); ++k) {
        const InterimTarget &earlier = interim[byYear[k - 1]];
        const InterimTarget &later = interim[byYear[k]];
        if (later.cut < earlier.cut) {
            m_report.warning(at(jsonPointer(path, byYear[k]), "cut"),
                             PlanJson::tr("the cut by %1 (%2) is smaller than the cut by %3 (%4)")
                                 .arg(QString::number(later.year), ProblemReport::number(later.cut),
                                      QString::number(earlier.year),
                                      ProblemReport::number(earlier.cut)));
        }
    }
}

void Validation::checkElectricityFactor()
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
void Validation::checkElectricity()
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

void Validation::checkFactors()
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

void Validation::checkPrices()
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
void Validation::checkPricesCoverEnergy(const QHash<QString, QString> &priced)
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

void Validation::checkGrowth(double rate, const QString &path, const QString &what)
{
    if (!std::isfinite(rate) || !(rate > -1)) {
        m_report.error(path, PlanJson::tr("%1 %2 must be more than −1 (−100 % a year)")
                                 .arg(what, ProblemReport::number(rate)));
    } else if (std::abs(rate) > kUsualGrowth) {
        m_report.warning(path, PlanJson::tr("%1 %2 a year is unusually large (0.01 means +1 % a "
                                            "year)")
                                   .arg(what, ProblemReport::number(rate)));
    }
}

void Validation::checkDrivers()
{
    const Drivers &d = m_plan.drivers;
    checkGrowth(d.populationGrowth, QStringLiteral("/drivers/population_growth"),
                PlanJson::tr("population growth"));
    checkGrowth(d.householdGrowth, QStringLiteral("/drivers/household_growth"),
                PlanJson::tr("household growth"));
    QList<Sector> seen;
    for (qsizetype i = 0; i < d.sectorTrends.size(); ++i) {
        const SectorTrend &t = d.sectorTrends[i];
        const QString path = jsonPointer(QStringLiteral("/drivers/sector_trends"), i);
        if (seen.contains(t.sector)) {
            m_report.error(at(path, "sector"),
                           PlanJson::tr("a second trend for sector %1").arg(sectorId(t.sector)));
        }
        seen << t.sector;
        checkGrowth(t.rate, at(path, "rate"), PlanJson::tr("sector trend"));
    }
}

void Validation::checkActivities()
{
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < m_plan.activities.size(); ++i) {
        const ActivityLine &line = m_plan.activities[i];
        const QString path = jsonPointer(QStringLiteral("/activities"), i);
        if (line.id.trimmed().isEmpty())
            m_report.error(at(path, "id"), PlanJson::tr("the activity line has no id"));
        else
            checkUnique(m_report, ids, line.id, at(path, "id"));
        if (line.scope < 1 || line.scope > 3) {
            m_report.error(at(path, "scope"),
                           PlanJson::tr("scope %1 is not 1, 2 or 3").arg(line.scope));
        }
        checkActivityQuantity(line, path);
        checkActivityFactor(line, path);
        checkScope(line, path);
    }
}

void Validation::checkActivityQuantity(const ActivityLine &line, const QString &path)
{
    const Carrier *carrier = Carriers::find(line.carrier);
    if (!carrier) {
        m_report.error(at(path, "carrier"),
                       PlanJson::tr("carrier \"%1\" is not known; expected one of %2")
                           .arg(line.carrier, ProblemReport::carrierIds()));
    }
    const bool hasKey = line.notationKey != NotationKey::None;
    const auto unit = Units::find(line.unit);
    if (!unit && !(hasKey && line.unit.isEmpty())) {
        m_report.error(at(path, "unit"), PlanJson::tr("unit \"%1\" is not known").arg(line.unit));
    } else if (unit && carrier && !carrier->fits(unit->dimension)) {
        m_report.error(at(path, "unit"), PlanJson::tr("unit %1 (%2) does not fit %3")
                                             .arg(line.unit, Units::dimensionName(unit->dimension),
                                                  carrier->displayName()));
    }
    if (!ProblemReport::isNonNegative(line.amount)) {
        m_report.error(at(path, "amount"), PlanJson::tr("amount %1 must be a number of at least 0")
                                               .arg(ProblemReport::number(line.amount)));
    } else if (hasKey && line.amount != 0) {
        m_report.error(
            at(path, "amount"),
            PlanJson::tr("a line with notation key %1 has no number; amount must be 0, "
                         "not %2")
                .arg(notationKeyId(line.notationKey), ProblemReport::number(line.amount)));
    } else if (!hasKey && line.amount == 0) {
        m_report.warning(at(path, "amount"),
                         PlanJson::tr("amount is 0; give a notation key (NO, IE, NE or C) to say "
                                      "why there is no number"));
    }
}

void Validation::checkActivityFactor(const ActivityLine &line, const QString &path)
{
    if (line.factor.isEmpty()) {
        if (line.notationKey == NotationKey::None) {
            m_report.error(at(path, "factor"),
                           PlanJson::tr("the line has no emission factor; give a factor id"));
        }
        return;
    }
    const EmissionFactor *factor = findFactor(line.factor);
    if (!factor) {
        m_report.error(at(path, "factor"), unknownFactor(line.factor));
        return;
    }
    if (!factor->carrier.isEmpty() && factor->carrier != line.carrier) {
        m_report.error(at(path, "factor"),
                       PlanJson::tr("factor \"%1\" is for %2, but the line is %3")
                           .arg(factor->id, ProblemReport::carrierName(factor->carrier),
                                ProblemReport::carrierName(line.carrier)));
    }
    const auto unit = Units::find(line.unit);
    const auto factorUnit = Units::find(factor->activityUnit);
    if (unit && factorUnit && unit->dimension != factorUnit->dimension) {
        m_report.error(
            at(path, "unit"),
            PlanJson::tr("unit %1 (%2) does not match factor \"%3\", which is per %4 (%5)")
                .arg(line.unit, Units::dimensionName(unit->dimension), factor->id,
                     factor->activityUnit, Units::dimensionName(factorUnit->dimension)));
    }
}

// GPC: grid electricity and district heat are scope 2; fuels burnt in the community scope 1.
void Validation::checkScope(const ActivityLine &line, const QString &path)
{
    static const QStringList bought{QStringLiteral("electricity"), QStringLiteral("district_heat")};
    static const QStringList fuels{QStringLiteral("natural_gas"), QStringLiteral("lpg"),
                                   QStringLiteral("petrol"), QStringLiteral("diesel"),
                                   QStringLiteral("coal")};
    if (line.scope == 1 && bought.contains(line.carrier)) {
        m_report.warning(at(path, "scope"),
                         PlanJson::tr("%1 bought from outside is usually scope 2")
                             .arg(ProblemReport::carrierName(line.carrier)));
    } else if (line.scope == 2 && fuels.contains(line.carrier)) {
        m_report.warning(at(path, "scope"), PlanJson::tr("%1 burnt in the community is scope 1")
                                                .arg(ProblemReport::carrierName(line.carrier)));
    }
}

void Validation::checkMeasures()
{
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < m_plan.measures.size(); ++i) {
        const QString path = jsonPointer(QStringLiteral("/measures"), i);
        const Measure &m = m_plan.measures[i];
        if (m.id.trimmed().isEmpty())
            m_report.error(at(path, "id"), PlanJson::tr("the measure has no id"));
        else
            checkUnique(m_report, ids, m.id, at(path, "id"));
        m_measures.validate(i, m_problems);
        m_clamping.check(i, m_problems);
    }
}

void Validation::checkScenarios()
{
    for (const Measure &m : m_plan.measures)
        m_measureIds.insert(m.id);
    QHash<QString, QString> names;
    for (qsizetype i = 0; i < m_plan.scenarios.size(); ++i) {
        const Scenario &s = m_plan.scenarios[i];
        const QString path = jsonPointer(QStringLiteral("/scenarios"), i);
        if (s.name.trimmed().isEmpty())
            m_report.error(at(path, "name"), PlanJson::tr("the scenario has no name"));
        else
            checkUnique(m_report, names, s.name, at(path, "name"));
        QHash<QString, QString> seen;
        for (qsizetype j = 0; j < s.measures.size(); ++j)
            checkScenarioMeasure(s.measures[j], jsonPointer(at(path, "measures"), j), seen);
    }
}

void Validation::checkScenarioMeasure(const ScenarioMeasure &entry, const QString &path,
                                      QHash<QString, QString> &seen)
{
    if (!m_measureIds.contains(entry.measure)) {
        m_report.error(at(path, "measure"),
                       PlanJson::tr("measure \"%1\" is not in the plan").arg(entry.measure));
    } else {
        checkUnique(m_report, seen, entry.measure, at(path, "measure"));
    }
    if (!ProblemReport::inRange(entry.level, 0, 1)) {
        m_report.error(at(path, "level"), PlanJson::tr("level %1 is outside 0–1 (1 is the measure "
                                                       "as specified)")
                                              .arg(ProblemReport::number(entry.level)));
    }
}

} // namespace

PlanProblems PlanValidator::validate(const Plan &plan, const FactorLibrary &library)
{
    return Validation(plan, library).run();
}

} // namespace zeroplan
