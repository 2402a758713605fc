#include "AddRemoveScenario.h"

#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "plan/ScenarioValues.h"

#include <algorithm>

namespace zeroplan {

AddRemoveScenario::AddRemoveScenario(PlanDocument *document, qsizetype index, Scenario scenario,
                                     QUndoCommand *parent)
    : PlanCommand(document, parent), m_index(index), m_scenario(std::move(scenario))
{
}

void AddRemoveScenario::addScenario()
{
    plan().scenarios.insert(m_index, m_scenario);
    notify(ChangeEvent::added(ChangeEvent::Part::Scenarios, m_index));
}

void AddRemoveScenario::removeScenario()
{
    Q_ASSERT(m_index >= 0 && m_index < plan().scenarios.size());
    plan().scenarios.removeAt(m_index);
    notify(ChangeEvent::removed(ChangeEvent::Part::Scenarios, m_index));
}

AddScenario::AddScenario(PlanDocument *document, Scenario scenario, qsizetype index,
                         QUndoCommand *parent)
    : AddRemoveScenario(document, index < 0 ? document->plan().scenarios.size() : index,
                        std::move(scenario), parent)
{
    setText(tr("Add scenario “%1”").arg(this->scenario().name));
}

RemoveScenario::RemoveScenario(PlanDocument *document, qsizetype index, QUndoCommand *parent)
    : AddRemoveScenario(document, index, document->plan().scenarios.at(index), parent)
{
    setText(tr("Remove scenario “%1”").arg(scenario().name));
    // Each scenario based on this one: based on its base instead, with the values it took
    // from it, so that it runs as before.
    const Plan &plan = document->plan();
    const Scenario &removed = plan.scenarios.at(index);
    QStringList origins;
    const QList<ScenarioOverride> inherited = ScenarioValues::effective(plan, removed, &origins);
    for (qsizetype j = 0; j < plan.scenarios.size(); ++j) {
        const Scenario &dependent = plan.scenarios.at(j);
        if (j == index || dependent.basedOn != removed.name)
            continue;
        QList<ScenarioOverride> values = dependent.overrides;
        for (qsizetype k = 0; k < inherited.size(); ++k) {
            const ScenarioOverride &v = inherited[k];
            const bool own = std::any_of(values.cbegin(), values.cend(), [&](const auto &o) {
                return o.measure == v.measure && o.field == v.field;
            });
            // Kept when the removed scenario set it; its base's still come through the base.
            if (!own && origins[k] == removed.name)
                values.append(v);
        }
        new ChangeValue<QList<ScenarioOverride>>(document, PlanFields::scenarioOverrides(plan, j),
                                                 values, this);
        new ChangeValue<QString>(document, PlanFields::scenarioBase(plan, j),
                                 removed.basedOn == dependent.name ? QString() : removed.basedOn,
                                 this);
    }
}

} // namespace zeroplan
