#pragma once

#include "ChangeEvent.h"

#include <QUndoCommand>

namespace zeroplan {

class PlanDocument;
struct Plan;

// The base of every undo command on a PlanDocument: the one way to change the open plan.
// A command changes the plan in redo() and undo() and says what it changed with notify().
class PlanCommand : public QUndoCommand
{
public:
    // Commands that merge consecutive edits (QUndoCommand::id()).
    enum Id
    {
        ChangeValueId = 1
    };

protected:
    explicit PlanCommand(PlanDocument *document, QUndoCommand *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    Plan &plan() const;
    void notify(const ChangeEvent &event) const;

private:
    PlanDocument *m_document;
};

} // namespace zeroplan
