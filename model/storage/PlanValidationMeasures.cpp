// PlanValidation: the measures and the scenarios.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"

namespace zeroplan {

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
