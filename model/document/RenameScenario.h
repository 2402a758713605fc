#pragma once

#include "ChangeValue.h"
#include "PlanFields.h"

namespace zeroplan {

// Renames a scenario, and the base of every scenario based on it (Scenario::basedOn) with it;
// renames typed in a row are one undo step while no scenario is based on it.
class RenameScenario : public ChangeValue<QString>
{
public:
    RenameScenario(PlanDocument *document, qsizetype index, const QString &name,
                   QUndoCommand *parent = nullptr)
        : ChangeValue<QString>(document, PlanFields::scenarioName(document->plan(), index), name,
                               parent)
    {
        const Plan &plan = document->plan();
        const QString old = plan.scenarios.at(index).name;
        for (qsizetype j = 0; j < plan.scenarios.size(); ++j)
            if (j != index && plan.scenarios.at(j).basedOn == old)
                new ChangeValue<QString>(document, PlanFields::scenarioBase(plan, j), name, this);
    }
    void redo() override
    {
        ChangeValue<QString>::redo();
        QUndoCommand::redo(); // the scenarios based on it
    }
    void undo() override
    {
        QUndoCommand::undo();
        ChangeValue<QString>::undo();
    }
    int id() const override { return childCount() > 0 ? -1 : ChangeValue<QString>::id(); }
};

} // namespace zeroplan
