#include "PlanCommand.h"

#include "PlanDocument.h"

namespace zeroplan {

PlanCommand::PlanCommand(PlanDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
}

Plan &PlanCommand::plan() const
{
    return m_document->m_plan;
}

void PlanCommand::notify(const ChangeEvent &event) const
{
    emit m_document->changed(event);
}

} // namespace zeroplan
