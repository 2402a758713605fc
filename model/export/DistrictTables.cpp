#include "DistrictTables.h"

#include "ResultsCsv.h"
#include "district/DistrictRollup.h"

namespace zeroplan {

namespace {

ExportCell cell(const std::optional<double> &value)
{
    return value ? ExportCell::number(*value) : ExportCell();
}

ExportCell cell(const std::optional<int> &value)
{
    return value ? ExportCell::number(*value) : ExportCell();
}

} // namespace

ExportTable DistrictTables::pathway(const DistrictRollup &rollup)
{
    ExportTable table;
    table.title = QStringLiteral("pathway");
    table.header = {QStringLiteral("year"),      QStringLiteral("bau_t"),
                    QStringLiteral("gross_t"),   QStringLiteral("sinks_t"),
                    QStringLiteral("credits_t"), QStringLiteral("net_t")};
    std::vector<YearSeries> columns = {rollup.bau(), rollup.gross(), rollup.sinks(),
                                       rollup.credits(), rollup.net()};
    for (const MeasureKind kind : kAllMeasureKinds) {
        YearSeries w = rollup.wedgeOfKind(kind);
        if ((w != 0.0).any()) {
            table.header << QStringLiteral("wedge_t: ") + measureKindId(kind);
            columns.push_back(std::move(w));
        }
    }
    for (int i = 0; i < rollup.size(); ++i) {
        table.header << QStringLiteral("community_wedge_t: ") + rollup.community(i).name;
        columns.push_back(rollup.wedgeOfCommunity(i));
    }
    for (int t = 0; t < rollup.yearCount(); ++t) {
        ExportRow row{ExportCell::number(rollup.baseYear() + t)};
        for (const YearSeries &c : columns)
            row.append(ExportCell::number(c[t]));
        table.rows.append(row);
    }
    return table;
}

ExportTable DistrictTables::league(const std::vector<LeagueRow> &rows)
{
    ExportTable table;
    table.title = QStringLiteral("league_table");
    table.header = {
        QStringLiteral("community"),
        QStringLiteral("type"),
        QStringLiteral("scenario"),
        QStringLiteral("households"),
        QStringLiteral("population"),
        QStringLiteral("base_year"),
        QStringLiteral("target_year"),
        QStringLiteral("base_gross_t"),
        QStringLiteral("target_net_t"),
        QStringLiteral("gross_per_resident_t"),
        QStringLiteral("gross_per_household_t"),
        QStringLiteral("net_per_resident_t"),
        QStringLiteral("net_per_household_t"),
        QStringLiteral("change_since_base"),
        QStringLiteral("planned_reduction"),
        QStringLiteral("neutrality_year"),
        QStringLiteral("cost_per_tonne"),
        QStringLiteral("currency"),
        QStringLiteral("latest_data_year"),
        QStringLiteral("delivered_share"),
        QStringLiteral("probability_neutral"),
    };
    for (const LeagueRow &r : rows) {
        table.rows.append({
            ExportCell::text(r.name),
            ExportCell::text(communityTypeId(r.type)),
            ExportCell::text(r.scenario),
            ExportCell::number(r.households),
            ExportCell::number(r.population),
            ExportCell::number(r.baseYear),
            ExportCell::number(r.targetYear),
            ExportCell::number(r.baseGross),
            ExportCell::number(r.targetNet),
            cell(r.grossPerResident),
            cell(r.grossPerHousehold),
            cell(r.netPerResident),
            cell(r.netPerHousehold),
            cell(r.changeSinceBase),
            cell(r.plannedReduction),
            cell(r.neutralityYear),
            cell(r.costPerTonne),
            ExportCell::text(r.currency),
            ExportCell::number(r.latestDataYear),
            cell(r.deliveredShare),
            cell(r.probabilityNeutral),
        });
    }
    return table;
}

ExportTable DistrictTables::flags(const std::vector<DistrictFlag> &flags)
{
    ExportTable table;
    table.title = QStringLiteral("flags");
    table.header = {QStringLiteral("kind"), QStringLiteral("community"),
                    QStringLiteral("tonnes_at_stake"), QStringLiteral("message")};
    for (const DistrictFlag &f : flags) {
        table.rows.append({ExportCell::text(districtFlagKindId(f.kind)), ExportCell::text(f.name),
                           ExportCell::number(f.tonnesAtStake), ExportCell::text(f.message)});
    }
    return table;
}

QByteArray DistrictTables::csv(const DistrictRollup &rollup, const std::vector<LeagueRow> &rows,
                               const std::vector<DistrictFlag> &flagList)
{
    const auto full = ResultsCsv::Precision::Full;
    return ResultsCsv::write(pathway(rollup), CsvWriter::Bom::Without, full) + "\r\n" +
           ResultsCsv::write(league(rows), CsvWriter::Bom::Without, full) + "\r\n" +
           ResultsCsv::write(flags(flagList), CsvWriter::Bom::Without, full);
}

} // namespace zeroplan
