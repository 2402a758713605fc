#pragma once

#include "PlanCommand.h"
#include "plan/Plan.h"

#include <QCoreApplication>

namespace zeroplan {

// Adds or removes one activity line of the baseline. Measures that target a removed line by
// id keep the id: PlanValidator reports it, and the user decides what the measure acts on
// (emptying a measure's targets would silently widen it to its kind's default lines).
class AddRemoveActivity : public PlanCommand
{
protected:
    AddRemoveActivity(PlanDocument *document, qsizetype index, ActivityLine line,
                      QUndoCommand *parent);

    void addActivity();
    void removeActivity();
    const ActivityLine &line() const { return m_line; }

private:
    qsizetype m_index;
    ActivityLine m_line;
};

// Adds `line` at `index` (-1: at the end).
class AddActivity : public AddRemoveActivity
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::AddActivity)

public:
    AddActivity(PlanDocument *document, ActivityLine line, qsizetype index = -1,
                QUndoCommand *parent = nullptr);
    void undo() override { removeActivity(); }
    void redo() override { addActivity(); }
};

class RemoveActivity : public AddRemoveActivity
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::RemoveActivity)

public:
    RemoveActivity(PlanDocument *document, qsizetype index, QUndoCommand *parent = nullptr);
    void undo() override { addActivity(); }
    void redo() override { removeActivity(); }
};

} // namespace zeroplan
