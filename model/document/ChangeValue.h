#pragma once

#include "PlanCommand.h"
#include "PlanDocument.h"
#include "PlanField.h"

#include <utility>

namespace zeroplan {

// Sets one field of the plan (Tiled's ChangeValue). Consecutive changes of the same field
// merge into one undo step, so a dragged slider or typed text is undone at once; a change
// that leaves the value as it was is no step at all.
template <typename Value> class ChangeValue : public PlanCommand
{
public:
    ChangeValue(PlanDocument *document, PlanField<Value> field, Value value,
                QUndoCommand *parent = nullptr)
        : PlanCommand(document, parent), m_field(std::move(field)),
          m_old(m_field.get(document->plan())), m_new(std::move(value))
    {
        setText(m_field.text);
        setObsolete(m_old == m_new);
    }

    void undo() override { apply(m_old); }
    void redo() override { apply(m_new); }
    int id() const override { return ChangeValueId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue<Value> *>(other);
        if (!next || next->m_field.key != m_field.key)
            return false;
        m_new = next->m_new;
        setObsolete(m_old == m_new);
        return true;
    }

private:
    void apply(const Value &value)
    {
        m_field.set(plan(), value);
        notify(m_field.event);
    }

    PlanField<Value> m_field;
    Value m_old;
    Value m_new;
};

// Pushes a change of `field` as an undo step of its own, named `text`, that never merges with
// the edit before or after it (the step is not a ChangeValue): adding or removing an item of a
// list is one step, however often it is done in a row.
template <typename Value>
void pushSeparateStep(PlanDocument *document, const QString &text, PlanField<Value> field,
                      Value value)
{
    auto *step = new QUndoCommand(text);
    new ChangeValue<Value>(document, std::move(field), std::move(value), step);
    document->undoStack()->push(step);
}

} // namespace zeroplan
