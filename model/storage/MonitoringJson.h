#pragma once

#include "JsonObjectReader.h"
#include "plan/Monitoring.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace zeroplan {

// The JSON shape of a plan's monitoring (docs/plan-format.md, "monitoring", format version 2):
// adopted plans (each with its frozen plan as a plan object of its own), actual inventories,
// measure progress and indicators. Dates are ISO 8601 ("2026-03-01").
class MonitoringJson
{
public:
    // Reads a frozen plan nested in an adoption, reporting problems below `path`.
    using ReadPlan =
        std::function<std::optional<Plan>(const QJsonObject &plan, const QString &path)>;

    static QJsonObject write(const Monitoring &monitoring);
    // Reads the monitoring object `r`, reporting each problem at its JSON pointer.
    static Monitoring read(JsonObjectReader &r, const ReadPlan &readPlan);
};

} // namespace zeroplan
