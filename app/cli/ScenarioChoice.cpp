#include "ScenarioChoice.h"

#include "plan/Plan.h"

#include <QStringList>

namespace zeroplan {

QString ScenarioChoice::scenarioList(const Plan &plan)
{
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names.append(QLatin1Char('\'') + s.name + QLatin1Char('\''));
    return names.join(QStringLiteral(", "));
}

QString ScenarioChoice::unknownName(const Plan &plan, const QString &name)
{
    return plan.scenarios.isEmpty()
               ? tr("no scenario named '%1': the plan has no scenarios").arg(name)
               : tr("no scenario named '%1'; the plan's scenarios are %2")
                     .arg(name, scenarioList(plan));
}

std::optional<qsizetype> ScenarioChoice::byDefault(const Plan &plan)
{
    if (plan.scenarios.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        if (plan.scenarios[i].name == plan.currentScenario)
            return i;
    }
    return 0;
}

std::optional<qsizetype> ScenarioChoice::pick(const Plan &plan, const std::optional<QString> &name,
                                              QString *error)
{
    if (!name) {
        if (const std::optional<qsizetype> index = byDefault(plan))
            return index;
        *error = tr("the plan has no scenarios");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        if (plan.scenarios[i].name == *name)
            return i;
    }
    *error = unknownName(plan, *name);
    return std::nullopt;
}

} // namespace zeroplan
