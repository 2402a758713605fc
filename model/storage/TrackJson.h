#pragma once

#include "monitoring/MonitoringRun.h"

#include <QJsonObject>

namespace zeroplan {

struct Plan;

// What monitoring says about a plan, as JSON in the stable shape documented in docs/cli.md
// ("track"): tCO2e, the plan's currency, ids for statuses, lights and variants.
class TrackJson
{
public:
    static constexpr int kFormatVersion = 1;

    static QJsonObject toJson(const Plan &plan, const MonitoringRun &run);

    static QString lightId(TrackLight light);            // "on_track", "late", …
    static QString variantId(ReforecastVariant variant); // "catch_up", "slip", "scale"
};

} // namespace zeroplan
