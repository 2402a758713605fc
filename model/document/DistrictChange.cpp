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
    m_document.setDistrict(withOwnMeasures(m_after));
}

void DistrictChange::undo()
{
    QList<std::pair<int, Plan>> plans;
    for (const MemberPlan &plan : std::as_const(m_plans))
        plans.append({plan.member, plan.before});
    m_document.setMemberPlans(plans);
    m_document.setDistrict(withOwnMeasures(m_before));
}

District DistrictChange::withOwnMeasures(District state) const
{
    // A step that did not change the district's own measures leaves them as they are now:
    // they are edited in their own plan (DistrictDocument::setOwnPlan), whose undo history is
    // that plan's, and a later edit there must survive undoing an earlier district step.
    if (m_before.ownPlan == m_after.ownPlan && m_before.ownScenario == m_after.ownScenario) {
        state.ownPlan = m_document.district().ownPlan;
        state.ownScenario = m_document.district().ownScenario;
    }
    return state;
}

bool DistrictChange::changesAnything() const
{
    if (m_before != m_after)
        return true;
    return std::any_of(m_plans.cbegin(), m_plans.cend(),
                       [](const MemberPlan &plan) { return plan.before != plan.after; });
}

} // namespace zeroplan
