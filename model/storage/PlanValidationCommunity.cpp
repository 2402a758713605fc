// PlanValidation: the community, its horizon, targets and drivers.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

constexpr int kEarliestBaseYear = 1990;
constexpr int kLatestBaseYear = 2100;
constexpr int kMaxHorizonYears = 100;
constexpr double kMaxDiscountRate = 0.3;
constexpr double kUsualGrowth = 0.1; // a yearly growth or trend beyond ±10 % gets a warning

} // namespace

void PlanValidation::checkCommunity()
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

void PlanValidation::checkPeople()
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

void PlanValidation::checkHorizon()
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

void PlanValidation::checkTargets()
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

void PlanValidation::checkInterim(qsizetype index)
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
void PlanValidation::checkInterimOrder()
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

void PlanValidation::checkGrowth(double rate, const QString &path, const QString &what)
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

void PlanValidation::checkDrivers()
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

} // namespace zeroplan
