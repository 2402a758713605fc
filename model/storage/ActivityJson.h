#pragma once

#include "PlanProblem.h"
#include "inventory/ActivityLine.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace zeroplan {

// The JSON shape of one activity line of a plan's baseline.
class ActivityJson
{
public:
    // Reads the line found at `path`; appends every problem to `problems`. Returns nothing
    // if `value` is not an object.
    static std::optional<ActivityLine> read(const QJsonValue &value, const QString &path,
                                            PlanProblems &problems);
    static QJsonObject write(const ActivityLine &line);
};

} // namespace zeroplan
