#pragma once

#include "ChangeValue.h"
#include "PlanDocument.h"

#include <QUndoCommand>

namespace zeroplan {

// A click on a check box is one undo step of its own. ChangeValue merges consecutive edits
// of the same field (right for typing and dragging), so two clicks on one list of ticks would
// undo together; wrapped in a parent command, which never merges, each click stays apart.
class SeparateStep
{
public:
    // Pushes the change as its own undo step; does nothing when `value` is what the plan has.
    template <typename Value>
    static void push(PlanDocument *document, const PlanField<Value> &field, const Value &value)
    {
        if (field.get(document->plan()) == value)
            return;
        auto *step = new QUndoCommand(field.text);
        new ChangeValue<Value>(document, field, value, step);
        document->undoStack()->push(step);
    }
};

} // namespace zeroplan
