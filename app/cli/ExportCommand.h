#pragma once

#include "CliCommand.h"
#include "export/ResultTables.h"

#include <optional>

namespace zeroplan {

struct Plan;
class PlanFile;

// zeroplan-cli export PLAN --format FORMAT [--scenario NAME] [-o FILE]: the plan as JSON, or
// its activity lines as CSV in the columns import reads back (json, csv); or one scenario's
// results (the first, or the one --scenario names): a table of them as CSV (pathway-csv,
// wedges-csv, costs-csv) or all three as sheets of an Excel workbook (xlsx, which needs -o).
// To standard output or a file.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    enum class Format
    {
        PlanJson,
        ActivityCsv,
        PathwayCsv,
        WedgesCsv,
        CostsCsv,
        Workbook
    };

    static std::optional<Format> formatFromName(const QString &name);
    static std::optional<ResultTables::Kind> tableKind(Format format);
    std::optional<int> readOptions(const QCommandLineParser &parser);
    int exportPlan(const Plan &plan) const;
    int exportResults(const Plan &plan, const PlanFile &file) const;
    int writeOutput(const QByteArray &bytes) const;

    Format m_format = Format::PlanJson;
    std::optional<QString> m_scenario;
    std::optional<QString> m_output;
};

} // namespace zeroplan
