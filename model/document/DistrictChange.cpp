#include "DistrictChange.h"

#include "DistrictDocument.h"

#include <algorithm>

namespace zeroplan {

DistrictChange::DistrictChange(DistrictDocument &document, const QString &text, District after,
                               QList<MemberPlan> plans)
    : QUndoCommand(text), m_document(document), m_before(document.district()),
      m_after(std::move(after)), m_plans(std::move(plans))
{
}

void DistrictChange::redo()
{
    QList<std::pair<int, Plan>> plans;
    for (const MemberPlan &plan : std::as_const(m_plans))
        plans.append({plan.member, plan.after});
    m_document.setMemberPlans(plans);
    m_document.setDistrict(m_after);
}

void DistrictChange::undo()
{
    QList<std::pair<int, Plan>> plans;
    for (const MemberPlan &plan : std::as_const(m_plans))
        plans.append({plan.member, plan.before});
    m_document.setMemberPlans(plans);
    m_document.setDistrict(m_before);
}

bool DistrictChange::changesAnything() const
{
    if (m_before != m_after)
        return true;
    return std::any_of(m_plans.cbegin(), m_plans.cend(),
                       [](const MemberPlan &plan) { return plan.before != plan.after; });
}

} // namespace zeroplan
