// PlanDocument: the shared store (docs/server.md, "Check-out and check-in").
#include "PlanDocument.h"

#include "ReplaceWholePlan.h"

namespace zeroplan {

bool PlanDocument::canCheckIn(QString *why) const
{
    if (!m_versionShown.isEmpty()) {
        if (why)
            *why = tr("%1 is a version shown read-only: check in the plan itself.")
                       .arg(m_versionShown);
        return false;
    }
    if (m_format != FileFormat::Project) {
        if (why)
            *why = tr("Only a ZeroPlan project (.zeroplan) keeps where it was checked out from: "
                      "save the plan as one with Save As first.");
        return false;
    }
    return true;
}

bool PlanDocument::takeCheckIn(const Plan &plan, const PlanHistory &checkedIn,
                               const QString &mergedWith, QString *error)
{
    if (!canCheckIn(error))
        return false;
    if (plan != m_plan)
        m_undoStack.push(new ReplaceWholePlan(
            this, plan, tr("Merge the plan %1 checked in", "undo step").arg(mergedWith)));
    m_history.checkout = checkedIn.checkout;
    setReview(checkedIn.review);
    return true;
}

} // namespace zeroplan
