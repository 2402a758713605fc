#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;
struct ScenarioResult;

// The Pathway verdict: one sentence saying where a scenario leads, shown on the Pathway page
// and printed in the report's summary and pathway sections. Its strings keep the Pathway
// page's translation context, where they were written first.
class PathwayVerdict
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PathwayPage)

public:
    // The verdict line for a scenario of `plan` (nullptr: the plan has no scenario): the
    // neutrality target met or missed, naming its year (or that there is none), the interim
    // cuts and the budget; "Add a baseline first" for a plan that emits nothing yet.
    static QString text(const Plan &plan, const ScenarioResult *scenario);
};

} // namespace zeroplan
