#pragma once

#include "ImportMapping.h"
#include "ImportReport.h"
#include "TableReader.h"
#include "plan/DefaultFactor.h"
#include "plan/Plan.h"
#include "storage/PlanProblem.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

class FactorLibrary;

struct ActivityImportResult
{
    ImportReport report;
    QList<ActivityLine> lines; // the rows that were taken, in file order
    QStringList places;        // the file row each line came from: "line 12"
};

// Activity lines from a table (docs/import.md): each data row becomes one line of the
// baseline. A row that can't be taken as it is is rejected with its place and reason;
// nothing is guessed. Defaults that the plan's conventions fix (scope from the carrier,
// the plan's factor for the carrier, data quality "medium") are said in the report's notes.
class ActivityImport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ActivityImport)

public:
    // `fileName` is how the report and the lines' sources name the file. `year` is the year the
    // rows are for: the plan's base year (the baseline) unless given (an actual inventory of a
    // later year, docs/monitoring.md); a row whose year column says another is rejected.
    static ActivityImportResult read(TableReader &reader, const QString &fileName, const Plan &plan,
                                     const ImportMapping &mapping, DecimalSeparator decimal,
                                     const FactorLibrary &library,
                                     std::optional<int> year = std::nullopt);
    // "19 factors fit Grid electricity per kWh; chose grid-cn-east-2023, of East China grid,
    // the plan's region": what the notes say of a factor taken for being of the plan's region.
    static QString regionalChoiceNote(const DefaultFactor::Choice &choice, const QString &carrier,
                                      const QString &unit, const FactorLibrary &library);
    // The plan with the lines added, if it is still valid; else nothing, with the problems
    // (located by the file rows the lines came from) in *problems. The plan itself is never
    // changed: an import applies entirely or not at all.
    // `places` says where each line came from ("line 12"), `fileName` from which file.
    static std::optional<Plan> apply(const Plan &plan, const QList<ActivityLine> &lines,
                                     const QStringList &places, const QString &fileName,
                                     const FactorLibrary &library, QStringList *problems);
};

} // namespace zeroplan
