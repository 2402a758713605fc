#include "ImportActivities.h"

#include "PlanDocument.h"

namespace zeroplan {

ImportActivities::ImportActivities(PlanDocument *document, QList<ActivityLine> lines,
                                   QUndoCommand *parent)
    : PlanCommand(document, parent), m_index(document->plan().activities.size()),
      m_lines(std::move(lines))
{
    const int count = int(m_lines.size());
    setText(tr("Import %n activity line(s)", nullptr, count));
    setObsolete(m_lines.isEmpty());
}

void ImportActivities::redo()
{
    Q_ASSERT(plan().activities.size() == m_index);
    plan().activities.append(m_lines);
    notify(ChangeEvent::added(ChangeEvent::Part::Activities, m_index, m_lines.size()));
}

void ImportActivities::undo()
{
    Q_ASSERT(plan().activities.size() == m_index + m_lines.size());
    plan().activities.remove(m_index, m_lines.size());
    notify(ChangeEvent::removed(ChangeEvent::Part::Activities, m_index, m_lines.size()));
}

} // namespace zeroplan
