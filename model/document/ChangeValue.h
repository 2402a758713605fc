#pragma once

#include "PlanCommand.h"
#include "PlanDocument.h"
#include "PlanField.h"

#include <utility>

namespace zeroplan {

// Whether a ChangeValue merges with the change of the same field pushed just before it.
enum class UndoMerge
{
    Consecutive, // typing, dragging: one undo step however many changes in a row
    Never,       // a click, adding or removing an item of a list: each is a step of its own
};

// Sets one field of the plan (Tiled's ChangeValue). Consecutive changes of the same field
// merge into one undo step, so a dragged slider or typed text is undone at once, unless made
// with UndoMerge::Never; a change that leaves the value as it was is no step at all.
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
    ChangeValue(PlanDocument *document, PlanField<Value> field, Value value, UndoMerge merge,
                QUndoCommand *parent = nullptr)
        : ChangeValue(document, std::move(field), std::move(value), parent)
    {
        m_merge = merge;
    }

    void undo() override { apply(m_old); }
    void redo() override { apply(m_new); }
    int id() const override { return m_merge == UndoMerge::Never ? -1 : ChangeValueId; }

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
    UndoMerge m_merge = UndoMerge::Consecutive;
};

// Pushes a change of `field` as an undo step of its own, named `text`, that never merges with
// the edit before or after it: adding or removing an item of a list, or a click on a check
// box, is one step, however often it is done in a row. A change to the value the plan has
// already is no step.
template <typename Value>
void pushSeparateStep(PlanDocument *document, const QString &text, PlanField<Value> field,
                      Value value)
{
    auto *change =
        new ChangeValue<Value>(document, std::move(field), std::move(value), UndoMerge::Never);
    change->setText(text);
    document->undoStack()->push(change);
}

// The same, named as the field's own edit ("Change targets of …").
template <typename Value>
void pushSeparateStep(PlanDocument *document, PlanField<Value> field, Value value)
{
    const QString text = field.text;
    pushSeparateStep(document, text, std::move(field), std::move(value));
}

} // namespace zeroplan
