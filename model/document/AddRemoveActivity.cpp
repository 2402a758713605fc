#include "AddRemoveActivity.h"

#include "PlanDocument.h"

namespace zeroplan {

AddRemoveActivity::AddRemoveActivity(PlanDocument *document, qsizetype index, ActivityLine line,
                                     QUndoCommand *parent)
    : PlanCommand(document, parent), m_index(index), m_line(std::move(line))
{
}

void AddRemoveActivity::addActivity()
{
    plan().activities.insert(m_index, m_line);
    notify(ChangeEvent::added(ChangeEvent::Part::Activities, m_index));
}

void AddRemoveActivity::removeActivity()
{
    Q_ASSERT(m_index >= 0 && m_index < plan().activities.size());
    plan().activities.removeAt(m_index);
    notify(ChangeEvent::removed(ChangeEvent::Part::Activities, m_index));
}

AddActivity::AddActivity(PlanDocument *document, ActivityLine line, qsizetype index,
                         QUndoCommand *parent)
    : AddRemoveActivity(document, index < 0 ? document->plan().activities.size() : index,
                        std::move(line), parent)
{
    setText(tr("Add activity line “%1”").arg(this->line().id));
}

RemoveActivity::RemoveActivity(PlanDocument *document, qsizetype index, QUndoCommand *parent)
    : AddRemoveActivity(document, index, document->plan().activities.at(index), parent)
{
    setText(tr("Remove activity line “%1”").arg(line().id));
}

} // namespace zeroplan
