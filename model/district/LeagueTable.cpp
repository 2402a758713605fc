#include "LeagueTable.h"

#include "DistrictRollup.h"

#include <algorithm>

namespace zeroplan {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
}

std::optional<double> number(const std::optional<int> &value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

} // namespace

LeagueRow LeagueTable::row(const DistrictRollup &rollup, int index)
{
    const CommunityRun &run = rollup.community(index);
    LeagueRow row;
    row.index = index;
    row.name = run.name;
    row.type = run.type;
    row.scenario = run.scenario;
    row.currency = run.currency;
    row.population = run.population;
    row.households = run.households;
    row.baseYear = run.baseYear;
    row.targetYear = run.targetYear();
    row.baseGross = run.baseGross();
    row.targetNet = run.netIn(row.targetYear);
    row.grossPerResident = ratio(row.baseGross, row.population);
    row.grossPerHousehold = ratio(row.baseGross, row.households);
    row.netPerResident = ratio(row.targetNet, row.population);
    row.netPerHousehold = ratio(row.targetNet, row.households);
    if (run.latestActualGross)
        row.changeSinceBase = ratio(*run.latestActualGross - row.baseGross, row.baseGross);
    if (row.baseGross > 0)
        row.plannedReduction = 1.0 - row.targetNet / row.baseGross;
    row.neutralityYear = run.result.neutralFrom;
    row.costPerTonne = run.result.costPerTonne;
    row.latestDataYear = run.latestDataYear;
    row.deliveredShare = run.deliveredShare;
    return row;
}

std::vector<LeagueRow> LeagueTable::rows(const DistrictRollup &rollup)
{
    std::vector<LeagueRow> out;
    out.reserve(size_t(rollup.size()));
    for (int i = 0; i < rollup.size(); ++i)
        out.push_back(row(rollup, i));
    return out;
}

std::optional<double> LeagueTable::value(const LeagueRow &row, LeagueColumn column)
{
    switch (column) {
    case LeagueColumn::Name:
        return std::nullopt; // compared as text
    case LeagueColumn::Type:
        return double(row.type);
    case LeagueColumn::Households:
        return row.households;
    case LeagueColumn::Population:
        return row.population;
    case LeagueColumn::BaseGross:
        return row.baseGross;
    case LeagueColumn::TargetNet:
        return row.targetNet;
    case LeagueColumn::GrossPerResident:
        return row.grossPerResident;
    case LeagueColumn::GrossPerHousehold:
        return row.grossPerHousehold;
    case LeagueColumn::NetPerResident:
        return row.netPerResident;
    case LeagueColumn::NetPerHousehold:
        return row.netPerHousehold;
    case LeagueColumn::ChangeSinceBase:
        return row.changeSinceBase;
    case LeagueColumn::PlannedReduction:
        return row.plannedReduction;
    case LeagueColumn::NeutralityYear:
        return number(row.neutralityYear);
    case LeagueColumn::CostPerTonne:
        return row.costPerTonne;
    case LeagueColumn::LatestDataYear:
        return double(row.latestDataYear);
    case LeagueColumn::DeliveredShare:
        return row.deliveredShare;
    case LeagueColumn::ProbabilityNeutral:
        return row.probabilityNeutral;
    }
    return std::nullopt;
}

void LeagueTable::sort(std::vector<LeagueRow> &rows, LeagueColumn column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (column == LeagueColumn::Name) {
        std::stable_sort(rows.begin(), rows.end(), [&](const LeagueRow &a, const LeagueRow &b) {
            const int c = a.name.compare(b.name);
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const LeagueRow &a, const LeagueRow &b) {
        const std::optional<double> x = value(a, column), y = value(b, column);
        if (!x || !y)
            return x.has_value() && !y.has_value(); // a value before none, in either order
        return ascending ? *x < *y : *x > *y;
    });
}

std::vector<LeagueRow> LeagueTable::filtered(const std::vector<LeagueRow> &rows,
                                             const LeagueFilter &filter)
{
    std::vector<LeagueRow> out;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(out),
                 [&](const LeagueRow &r) { return filter.accepts(r); });
    return out;
}

} // namespace zeroplan
