// PlanValidation: the measures and the scenarios.
#include "PlanValidation.h"

#include "CoBenefitValidation.h"
#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "TariffValidation.h"
#include "measures/MeasureCatalogue.h"
#include "plan/ScenarioValues.h"

namespace zeroplan {
namespace {

// The activity lines a measure acts on: those it names, else its kind's default lines (as
// the engine resolves them, without the activity measures add).
QStringList targetLines(const Plan &plan, const Measure &m)
{
    const TargetRule &rule = MeasureCatalogue::spec(m.kind).targets;
    QStringList out;
    for (const ActivityLine &line : plan.activities) {
        const bool wanted = m.targets.isEmpty()
                                ? rule.matchesByDefault(line.carrier, line.sector, line.subsector)
                                : m.targets.contains(line.id) && rule.acceptsCarrier(line.carrier);
        if (wanted)
            out << line.id;
    }
    return out;
}

// A measure that changes equipment or buildings, whose savings a carbon-account scheme's
// cut of home energy would count a second time.
bool isPhysical(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::RooftopSolar:
    case MeasureKind::SharedTransport:
    case MeasureKind::Composting:
    case MeasureKind::WasteSorting:
    case MeasureKind::LedLighting:
    case MeasureKind::HeatPump:
    case MeasureKind::BuildingRetrofit:
    case MeasureKind::SmartEnergy:
        return true;
    default:
        return false;
    }
}

// Warns when a carbon-accounts measure that cuts a share of home energy acts on homes (lines
// of stationary energy) that a physical measure of the same scenario also acts on: the points
// may be paid for, and the tonnes counted with, savings the equipment makes.
void checkAccountsOverlap(ProblemReport &report, const Plan &plan, const Scenario &s,
                          const QString &path)
{
    for (qsizetype i = 0; i < s.measures.size(); ++i) {
        const Measure *accounts = plan.findMeasure(s.measures[i].measure);
        if (!accounts || accounts->kind != MeasureKind::CarbonAccounts ||
            !(accounts->parameter(QStringLiteral("home_energy_cut"), 0) > 0))
            continue;
        QStringList homes;
        for (const QString &id : targetLines(plan, *accounts)) {
            for (const ActivityLine &line : plan.activities) {
                if (line.id == id && line.sector == Sector::StationaryEnergy)
                    homes << id;
            }
        }
        for (const ScenarioMeasure &other : s.measures) {
            const Measure *physical = plan.findMeasure(other.measure);
            if (!physical || !isPhysical(physical->kind))
                continue;
            QStringList shared;
            for (const QString &id : targetLines(plan, *physical)) {
                if (homes.contains(id))
                    shared << id;
            }
            if (shared.isEmpty())
                continue;
            report.warning(
                jsonPointer(jsonPointer(path, QStringLiteral("measures")), i),
                PlanJson::tr("carbon accounts \"%1\" cut home energy that \"%2\" also acts on "
                             "(%3): the points may reward, and count again, what the equipment "
                             "saves")
                    .arg(MeasureCatalogue::displayName(*accounts),
                         MeasureCatalogue::displayName(*physical),
                         shared.join(QStringLiteral(", "))));
        }
    }
}

} // namespace

void PlanValidation::checkMeasures()
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
        checkCoBenefits(m_report, m, path);
        checkTariffs(m_report, m_plan, m, path);
    }
}

void PlanValidation::checkScenarios()
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
        checkAccountsOverlap(m_report, m_plan, s, path);
        checkScenarioValues(s, path);
    }
}

void PlanValidation::checkScenarioValues(const Scenario &s, const QString &path)
{
    if (!s.basedOn.isEmpty()) {
        const QString base = at(path, "based_on");
        if (s.basedOn == s.name) {
            m_report.error(base,
                           PlanJson::tr("scenario \"%1\" cannot be based on itself").arg(s.name));
        } else if (!m_plan.findScenario(s.basedOn)) {
            m_report.error(base, PlanJson::tr("scenario \"%1\" is based on \"%2\", which is "
                                              "no scenario of the plan")
                                     .arg(s.name, s.basedOn));
        } else {
            const QList<const Scenario *> chain = ScenarioValues::ancestors(m_plan, s);
            const Scenario *last = chain.isEmpty() ? nullptr : chain.last();
            if (last && !last->basedOn.isEmpty() && m_plan.findScenario(last->basedOn))
                m_report.error(base, PlanJson::tr("scenario \"%1\" is based on \"%2\", and "
                                                  "its chain of bases goes round in a circle")
                                         .arg(s.name, s.basedOn));
        }
    }
    const Community &c = m_plan.community;
    QSet<std::pair<QString, QString>> seen;
    for (qsizetype j = 0; j < s.overrides.size(); ++j) {
        const ScenarioOverride &o = s.overrides[j];
        const QString here = jsonPointer(at(path, "overrides"), j);
        const Measure *m = m_plan.findMeasure(o.measure);
        if (!m) {
            m_report.error(at(here, "measure"),
                           PlanJson::tr("measure \"%1\" is not in the plan").arg(o.measure));
            continue;
        }
        if (seen.contains({o.measure, o.field})) {
            m_report.error(at(here, "field"), PlanJson::tr("%1 of \"%2\" is set twice in "
                                                           "scenario \"%3\"")
                                                  .arg(o.field, o.measure, s.name));
            continue;
        }
        seen.insert({o.measure, o.field});
        const QString problem =
            ScenarioValues::problem(*m, o.field, o.value, c.baseYear, c.horizonEnd);
        if (!problem.isEmpty())
            m_report.error(
                at(here, "value"),
                PlanJson::tr("in scenario \"%1\", \"%2\": %3").arg(s.name, o.measure, problem));
    }
}

void PlanValidation::checkScenarioMeasure(const ScenarioMeasure &entry, const QString &path,
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

} // namespace zeroplan
