#include "AddRemoveScenario.h"

#include "PlanDocument.h"

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
}

} // namespace zeroplan
