#pragma once

#include "PlanCommand.h"
#include "plan/Plan.h"

#include <QCoreApplication>

namespace zeroplan {

// Adds or removes one scenario. Other scenarios may be based on it (Scenario::basedOn):
// removing it rebases them on its own base, with its values, so that what they run is
// unchanged (RemoveScenario).
class AddRemoveScenario : public PlanCommand
{
protected:
    AddRemoveScenario(PlanDocument *document, qsizetype index, Scenario scenario,
                      QUndoCommand *parent);

    void addScenario();
    void removeScenario();
    const Scenario &scenario() const { return m_scenario; }

private:
    qsizetype m_index;
    Scenario m_scenario;
};

// Adds `scenario` at `index` (-1: at the end).
class AddScenario : public AddRemoveScenario
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::AddScenario)

public:
    AddScenario(PlanDocument *document, Scenario scenario, qsizetype index = -1,
                QUndoCommand *parent = nullptr);
    void undo() override { removeScenario(); }
    void redo() override { addScenario(); }
};

class RemoveScenario : public AddRemoveScenario
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::RemoveScenario)

public:
    RemoveScenario(PlanDocument *document, qsizetype index, QUndoCommand *parent = nullptr);
    // The scenarios based on it are rebased (child steps) while the indices still hold.
    void undo() override
    {
        addScenario();
        QUndoCommand::undo();
    }
    void redo() override
    {
        QUndoCommand::redo();
        removeScenario();
    }
};

} // namespace zeroplan
