#pragma once

#include "CliCommand.h"
#include "PlanRewrite.h"
#include "import/ImportMapping.h"
#include "import/TableFile.h"
#include "inventory/ActivityLine.h"

#include <memory>

namespace zeroplan {

struct ActivityImportResult;
struct ImportReport;
struct MeterImportResult;
struct Plan;
class PlanFile;

// zeroplan-cli import PLAN --activities FILE | --meter-readings FILE [--year Y] | --actuals FILE
// --year Y | --progress FILE [--sheet S] [--encoding E] [--delimiter D] [--decimal point|comma]
// [--mapping M] [--skip-rejected] [--dry-run]: adds activity lines from a CSV or XLSX file to
// the plan's baseline, or to the actual inventory of a later year, or records measure progress
// (docs/monitoring.md); all or nothing.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static void addOptions(QCommandLineParser &parser);
    std::optional<int> readOptions(const QCommandLineParser &parser);
    std::optional<int> readMapping(const QString &path);
    int importInto(PlanFile &planFile, const Plan &plan);
    int importActivities(PlanFile &planFile, const Plan &plan, TableFile &table);
    int importMeters(PlanFile &planFile, const Plan &plan, TableFile &table);
    int importProgress(PlanFile &planFile, const Plan &plan, TableFile &table);
    // Prints how the file was read and its rejected rows; returns the exit status if the
    // import stops here.
    std::optional<int> reportRows(const ImportReport &report, const TableFile &table,
                                  bool nothingToAdd) const;
    int save(PlanFile &planFile, const Plan &plan, const QList<ActivityLine> &added,
             const QStringList &places) const;
    // Ends an import: on a dry run says `dryRun` and changes nothing; else, if the plan file is
    // still the one read, replaces it with `next` and says `done`.
    int writePlan(PlanFile &planFile, const Plan &next, const QString &dryRun,
                  const QString &done) const;
    static QString coverageText(const MeterImportResult &result);
    DecimalSeparator decimal(const TableFile &table) const;

    enum class Source
    {
        Activities,
        Meters,
        Actuals,
        Progress
    };

    QString m_source;
    Source m_kind = Source::Activities;
    std::optional<int> m_year; // the year of actual figures; none: the baseline
    TableFileOptions m_tableOptions;
    ImportMapping m_mapping;
    bool m_skipRejected = false;
    bool m_dryRun = false;
    // The plan's lock from before it is read until it is replaced; none for a dry run.
    std::unique_ptr<PlanRewrite> m_rewrite;
};

} // namespace zeroplan
