#pragma once

#include "ExportTable.h"
#include "district/DistrictFlag.h"
#include "district/LeagueRow.h"

#include <QByteArray>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// A district's roll-up as three plain tables (docs/district.md, "The roll-up"), for
// `zeroplan-cli district --format table|csv`: the pathway (one row per year: bau, gross,
// sinks, credits, net, then one column per measure kind that abates anything and one per
// community), the league table (one row per community) and the flags. Column names are
// stable ids (as `simulate --format csv`'s), not translated; blank cells are missing values.
class DistrictTables
{
public:
    static ExportTable pathway(const DistrictRollup &rollup);
    static ExportTable league(const std::vector<LeagueRow> &rows);
    static ExportTable flags(const std::vector<DistrictFlag> &flags);
    // The three tables as CSV (ResultsCsv, full precision), one after the other, each with
    // its header, separated by an empty record.
    static QByteArray csv(const DistrictRollup &rollup, const std::vector<LeagueRow> &rows,
                          const std::vector<DistrictFlag> &flags);
};

} // namespace zeroplan
