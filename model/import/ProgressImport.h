#pragma once

#include "ImportNumber.h"
#include "ImportReport.h"
#include "TableReader.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

class FactorLibrary;

struct ProgressImportResult
{
    ImportReport report;
    QList<MeasureProgress> entries; // one per measure and year, in the order first seen
    QStringList places;             // the file row each entry was first seen on: "line 12"
    QList<bool> statusGiven;        // per entry: a row gave its status (else it is kept)
};

// Measure progress rows from a table (docs/monitoring.md, docs/import.md): one row per measure
// and year, with the adoption reached in the measure's own unit, its status, spending to date
// and one dated note. Headers in English or Chinese (measure/措施, year/年份,
// adoption/完成量, status/状态, capex_to_date/累计投资, opex_to_date/累计运行费用,
// date/日期, author/填报人, note/说明, evidence/佐证); the measure by its id or its name;
// the status by its id or its name in either language. Rows of the same measure and year add
// their notes to one entry. A row that can't be taken is rejected with its place and reason.
class ProgressImport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ProgressImport)

public:
    static ProgressImportResult read(TableReader &reader, const QString &fileName, const Plan &plan,
                                     DecimalSeparator decimal);
    // The plan with the entries merged into its progress (figures and a status given replace
    // the plan's for that measure and year; notes are added), if it is still valid; else nothing,
    // with every new problem named by its file row. The plan itself is never changed.
    static std::optional<Plan> apply(const Plan &plan, const ProgressImportResult &read,
                                     const FactorLibrary &library, QStringList *problems);
};

} // namespace zeroplan
