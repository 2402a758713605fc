#pragma once

#include "ChangeValue.h"
#include "PlanFields.h"

namespace zeroplan {

// Renames a scenario. Nothing refers to a scenario by name, so only the name changes;
// renames typed in a row are one undo step.
class RenameScenario : public ChangeValue<QString>
{
public:
    RenameScenario(PlanDocument *document, qsizetype index, const QString &name,
                   QUndoCommand *parent = nullptr)
        : ChangeValue<QString>(document, PlanFields::scenarioName(document->plan(), index), name,
                               parent)
    {
    }
};

} // namespace zeroplan
