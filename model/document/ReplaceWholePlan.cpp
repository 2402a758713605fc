#include "ReplaceWholePlan.h"

namespace zeroplan {

ReplaceWholePlan::ReplaceWholePlan(PlanDocument *document, Plan plan, const QString &text,
                                   QUndoCommand *parent)
    : PlanCommand(document, parent), m_other(std::move(plan))
{
    setText(text);
}

void ReplaceWholePlan::swap()
{
    std::swap(plan(), m_other);
    notify(ChangeEvent::changed(ChangeEvent::Part::Plan));
}

} // namespace zeroplan
