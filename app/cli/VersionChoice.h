#pragma once

#include "history/PlanVersion.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

struct Plan;

// The version of a plan a command names (docs/cli.md, "diff"): "current" for the plan as the
// file holds it now, a version's number, or a version's name (exact; the newest of that name
// when several have it). The messages leave out the file's name, as ScenarioChoice's do.
class VersionChoice
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::VersionChoice)

public:
    // The plan of the version `text` names, or nothing, and then *error says why.
    static std::optional<Plan> pick(const PlanVersions &versions, const Plan &current,
                                    const QString &text, QString *error);
    // The version `text` names (not "current"), or nullptr.
    static const PlanVersion *find(const PlanVersions &versions, const QString &text);
};

} // namespace zeroplan
