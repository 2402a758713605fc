#pragma once

#include "district/DistrictFlag.h"
#include "district/LeagueRow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// A district's roll-up as JSON (docs/district.md, "The roll-up"), for `zeroplan-cli district
// --format json`: the district's years and series (bau, gross, sinks, credits, net, tCO2e),
// the wedges by measure kind and by community, the league table and the flags. Numbers keep
// full precision; a missing or non-finite number is null. Ids are stable, messages translated.
// With the district's own measures, "district_measures" holds their series apart (they are
// in the pathway's totals and wedges by kind, never in the wedges by community).
class DistrictResultJson
{
public:
    static constexpr int kFormatVersion = 1;

    static QJsonObject toJson(const DistrictRollup &rollup, const std::vector<LeagueRow> &rows,
                              const std::vector<DistrictFlag> &flags);
    static QJsonObject pathway(const DistrictRollup &rollup);
    // The own plan's scenario and series (bau, gross, sinks, credits, net, wedge, wedges_by_kind).
    static QJsonObject districtMeasures(const DistrictRollup &rollup);
    static QJsonObject row(const LeagueRow &row);
    static QJsonObject flag(const DistrictFlag &flag);
};

} // namespace zeroplan
