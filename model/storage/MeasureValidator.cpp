#include "MeasureValidator.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "ProblemReport.h"
#include "inventory/Carrier.h"
#include "measures/MeasureCatalogue.h"

#include <QSet>
#include <cmath>

namespace zeroplan {
namespace {

constexpr int kMaxYears = 100; // longest ramp or lifetime

QString at(const QString &path, const char *key)
{
    return jsonPointer(path, QString::fromLatin1(key));
}

class MeasureCheck
{
public:
    MeasureCheck(const Plan &plan, qsizetype index,
                 const QHash<QString, const ActivityLine *> &activities, bool hasDefaultTargets,
                 PlanProblems &problems)
        : m_plan(plan), m_measure(plan.measures[index]),
          m_spec(MeasureCatalogue::spec(m_measure.kind)),
          m_path(jsonPointer(QStringLiteral("/measures"), index)), m_activities(activities),
          m_hasDefaultTargets(hasDefaultTargets), m_report(problems)
    {
    }

    void run()
    {
        checkSchedule();
        checkCosts();
        checkParameters();
        checkKindRules();
        checkTargets();
    }

private:
    void checkSchedule();
    void checkCosts();
    void checkParameters();
    void checkParameter(const ParameterSpec &spec, const UncertainValue &value,
                        const QString &path);
    void checkBound(const ParameterSpec &spec, double value, const QString &path,
                    const QString &what);
    void checkKindRules();
    void checkTargets();
    void checkTarget(const QString &id, const QString &path);
    QString parameterPath(const char *key) const { return at(at(m_path, "parameters"), key); }
    QString acceptedCarriers() const;

    const Plan &m_plan;
    const Measure &m_measure;
    const MeasureKindSpec &m_spec;
    QString m_path;
    const QHash<QString, const ActivityLine *> &m_activities;
    bool m_hasDefaultTargets;
    ProblemReport m_report;
};

void MeasureCheck::checkSchedule()
{
    const Community &c = m_plan.community;
    const int start = m_measure.startYear;
    if (start < c.baseYear || start > c.horizonEnd) {
        m_report.error(at(m_path, "start_year"),
                       PlanJson::tr("start year %1 is outside the plan's horizon %2–%3")
                           .arg(start)
                           .arg(c.baseYear)
                           .arg(c.horizonEnd));
    }
    if (m_measure.rampYears < 0 || m_measure.rampYears > kMaxYears) {
        m_report.error(
            at(m_path, "ramp_years"),
            PlanJson::tr("ramp_years %1 is outside 0–%2").arg(m_measure.rampYears).arg(kMaxYears));
    } else if (start >= c.baseYear && start <= c.horizonEnd &&
               start + m_measure.rampYears > c.horizonEnd) {
        m_report.warning(at(m_path, "ramp_years"),
                         PlanJson::tr("full adoption comes in %1, after the horizon end %2")
                             .arg(start + m_measure.rampYears)
                             .arg(c.horizonEnd));
    }
    if (m_measure.lifetimeYears < 1 || m_measure.lifetimeYears > kMaxYears) {
        m_report.error(at(m_path, "lifetime_years"),
                       PlanJson::tr("lifetime_years %1 is outside 1–%2")
                           .arg(m_measure.lifetimeYears)
                           .arg(kMaxYears));
    }
}

void MeasureCheck::checkCosts()
{
    const QString path = at(m_path, "costs");
    const MeasureCosts &costs = m_measure.costs;
    if (!ProblemReport::isNonNegative(costs.capex)) {
        m_report.error(at(path, "capex"), PlanJson::tr("capex %1 must be a number of at least 0")
                                              .arg(ProblemReport::number(costs.capex)));
    }
    if (!ProblemReport::isNonNegative(costs.opexPerYear)) {
        m_report.error(at(path, "opex_per_year"),
                       PlanJson::tr("opex_per_year %1 must be a number of at least 0")
                           .arg(ProblemReport::number(costs.opexPerYear)));
    }
}

void MeasureCheck::checkParameters()
{
    const QString parameters = at(m_path, "parameters");
    for (auto it = m_measure.parameters.cbegin(); it != m_measure.parameters.cend(); ++it) {
        const QString path = jsonPointer(parameters, it.key());
        if (const ParameterSpec *spec = m_spec.parameter(it.key())) {
            checkParameter(*spec, it.value(), path);
        } else {
            m_report.warning(path, PlanJson::tr("%1 is not a parameter of %2; it is ignored")
                                       .arg(it.key(), m_spec.displayName()));
        }
    }
}

void MeasureCheck::checkParameter(const ParameterSpec &spec, const UncertainValue &value,
                                  const QString &path)
{
    checkBound(spec, value.value, path, QString::fromLatin1(spec.key));
    if (value.low.has_value() != value.high.has_value()) {
        m_report.error(
            jsonPointer(path, value.low ? QStringLiteral("low") : QStringLiteral("high")),
            PlanJson::tr("give both low and high, or neither"));
        return;
    }
    if (!value.low)
        return;
    checkBound(spec, *value.low, at(path, "low"), PlanJson::tr("low"));
    checkBound(spec, *value.high, at(path, "high"), PlanJson::tr("high"));
    if (*value.low > value.value) {
        m_report.error(at(path, "low"), PlanJson::tr("low %1 is above the likely value %2")
                                            .arg(ProblemReport::number(*value.low),
                                                 ProblemReport::number(value.value)));
    }
    if (*value.high < value.value) {
        m_report.error(at(path, "high"), PlanJson::tr("high %1 is below the likely value %2")
                                             .arg(ProblemReport::number(*value.high),
                                                  ProblemReport::number(value.value)));
    }
}

void MeasureCheck::checkBound(const ParameterSpec &spec, double value, const QString &path,
                              const QString &what)
{
    if (!ProblemReport::inRange(value, spec.minimum, spec.maximum)) {
        m_report.error(path, PlanJson::tr("%1 %2 is outside the allowed range %3–%4 %5")
                                 .arg(what, ProblemReport::number(value),
                                      ProblemReport::number(spec.minimum),
                                      ProblemReport::number(spec.maximum), spec.displayUnit()));
    }
}

// Rules between the parameters of one kind that their ranges alone cannot express.
void MeasureCheck::checkKindRules()
{
    const auto value = [this](const char *key) {
        return m_measure.parameter(QString::fromLatin1(key), 0);
    };
    const auto shown = [&](const char *key) { return ProblemReport::number(value(key)); };
    if (m_measure.kind == MeasureKind::WasteSorting &&
        value("recycling_after") < value("recycling_before")) {
        m_report.error(parameterPath("recycling_after"),
                       PlanJson::tr("the recycling rate reached (%1) is below today's (%2)")
                           .arg(shown("recycling_after"), shown("recycling_before")));
    }
    if (m_measure.kind == MeasureKind::BuildingRetrofit &&
        value("demand_after") > value("demand_before")) {
        m_report.error(parameterPath("demand_after"),
                       PlanJson::tr("the heat demand after the retrofit (%1) is above the demand "
                                    "before (%2)")
                           .arg(shown("demand_after"), shown("demand_before")));
    }
    const double credit = value("export_credit");
    if (m_measure.kind == MeasureKind::RooftopSolar && credit > 0 && credit < 1) {
        m_report.error(
            parameterPath("export_credit"),
            PlanJson::tr("export_credit is a switch: 0 or 1, not %1").arg(shown("export_credit")));
    }
}

QString MeasureCheck::acceptedCarriers() const
{
    QStringList names;
    for (const QString &id : m_spec.targets.carriers)
        names << ProblemReport::carrierName(id);
    return names.join(QLatin1String(", "));
}

void MeasureCheck::checkTargets()
{
    const TargetRule &rule = m_spec.targets;
    const QString path = at(m_path, "targets");
    if (rule.none) {
        if (!m_measure.targets.isEmpty()) {
            m_report.warning(path, PlanJson::tr("%1 acts on no activity line; its targets are "
                                                "ignored")
                                       .arg(m_spec.displayName()));
        }
        return;
    }
    if (m_measure.targets.isEmpty()) {
        if (rule.explicitOnly) {
            m_report.error(path, PlanJson::tr("a custom measure must name the activity lines it "
                                              "acts on in targets"));
        } else if (!m_hasDefaultTargets) {
            m_report.warning(path, PlanJson::tr("no activity line is one that %1 acts on, so it "
                                                "has no effect; name its targets or add such a "
                                                "line")
                                       .arg(m_spec.displayName()));
        }
        return;
    }
    QSet<QString> seen;
    for (qsizetype j = 0; j < m_measure.targets.size(); ++j) {
        const QString &id = m_measure.targets[j];
        if (seen.contains(id)) {
            m_report.error(jsonPointer(path, j),
                           PlanJson::tr("target \"%1\" is listed twice").arg(id));
            continue;
        }
        seen.insert(id);
        checkTarget(id, jsonPointer(path, j));
    }
}

void MeasureCheck::checkTarget(const QString &id, const QString &path)
{
    const ActivityLine *line = m_activities.value(id);
    if (!line) {
        m_report.error(path,
                       PlanJson::tr("target \"%1\" is not an activity line of the plan").arg(id));
    } else if (!m_spec.targets.acceptsCarrier(line->carrier)) {
        m_report.error(path, PlanJson::tr("target \"%1\" is %2, but %3 acts on %4")
                                 .arg(id, ProblemReport::carrierName(line->carrier),
                                      m_spec.displayName(), acceptedCarriers()));
    }
}

} // namespace

MeasureValidator::MeasureValidator(const Plan &plan) : m_plan(plan)
{
    for (const ActivityLine &line : plan.activities) {
        if (!m_activities.contains(line.id)) // the first of an id, as Plan::findActivity
            m_activities.insert(line.id, &line);
    }
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        const bool any = std::any_of(
            plan.activities.cbegin(), plan.activities.cend(), [&](const ActivityLine &line) {
                return spec.targets.matchesByDefault(line.carrier, line.sector, line.subsector);
            });
        if (any)
            m_kindsWithDefaultTargets << spec.kind;
    }
}

void MeasureValidator::validate(qsizetype index, PlanProblems &problems) const
{
    const bool hasDefaultTargets = m_kindsWithDefaultTargets.contains(m_plan.measures[index].kind);
    MeasureCheck(m_plan, index, m_activities, hasDefaultTargets, problems).run();
}

} // namespace zeroplan
