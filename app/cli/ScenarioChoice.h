#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

struct Plan;

// The scenario a command works on, as --scenario NAME names it: exact and case-sensitive;
// without a name, the plan's current scenario (the one the app showed when it was saved,
// Plan::currentScenario) if it names one of its scenarios, else the first. The messages say what
// went wrong without the file name; commands put it in front with PlanFile::message().
class ScenarioChoice
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ScenarioChoice)

public:
    // The index into plan.scenarios, or nothing, and then *error says why.
    static std::optional<qsizetype> pick(const Plan &plan, const std::optional<QString> &name,
                                         QString *error);
    // The scenario a command works on without --scenario: the index of the plan's current
    // scenario if it names one, else 0; nothing when the plan has no scenarios.
    static std::optional<qsizetype> byDefault(const Plan &plan);
    // "no scenario named 'Bold'; the plan's scenarios are 'Cautious', 'Ambitious'" (or "…: the
    // plan has no scenarios").
    static QString unknownName(const Plan &plan, const QString &name);
    // "'Cautious', 'Ambitious'"
    static QString scenarioList(const Plan &plan);
};

} // namespace zeroplan
