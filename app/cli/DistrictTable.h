#pragma once

#include "district/DistrictFlag.h"
#include "district/DistrictMonteCarlo.h"
#include "district/LeagueRow.h"
#include "plan/District.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// district --format table: the roll-up for a terminal (docs/cli.md, "district"): the
// district's pathway every five years (BAU, gross, sinks, credits, net; with --samples the
// P5/P50/P95 band of net), the league table and the "needs help" flags, largest tonnes at
// stake first. Numbers follow the locale.
class DistrictTable
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictTable)

public:
    static QString format(const District &district, const DistrictRollup &rollup,
                          const std::vector<LeagueRow> &rows,
                          const std::vector<DistrictFlag> &flags,
                          const std::optional<DistrictUncertainty> &uncertainty);

private:
    static QString pathway(const DistrictRollup &rollup,
                           const std::optional<DistrictUncertainty> &uncertainty);
    static QString league(const std::vector<LeagueRow> &rows, bool withProbability);
    static QString flagLines(const std::vector<DistrictFlag> &flags);
};

} // namespace zeroplan
