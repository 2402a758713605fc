#pragma once

#include "PlanCommand.h"
#include "plan/Plan.h"

namespace zeroplan {

// Puts `plan` in place of the whole open plan as one undo step (the plan checked in to the
// shared store, with a colleague's changes merged in): every view refreshes.
class ReplaceWholePlan : public PlanCommand
{
public:
    ReplaceWholePlan(PlanDocument *document, Plan plan, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();

    Plan m_other; // the plan not open now: the new one before redo(), the old one after
};

} // namespace zeroplan
