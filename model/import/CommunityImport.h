#pragma once

#include "ImportNumber.h"
#include "TableReader.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace zeroplan {

class FactorLibrary;
class PriceLibrary;

struct CommunityImportResult
{
    QList<Plan> plans; // one per data row, in file order; empty when `error` is set
    QString error;     // one line naming the file, the row and the column; empty when all is well
    QStringList notes; // how the file was read
    QString fileName;  // the table's file name as messages give it (readFile)
    bool ok() const { return error.isEmpty(); }
};

// Community plans from a spreadsheet of basics, one per row (docs/district.md "Creating
// communities from a spreadsheet"): columns name, population, households, area (ha, or m²
// when the header says so), grid region and optional annual totals of electricity (kWh), gas
// (m³) and petrol (L). Each plan is made as File → New makes one (StartingPlan: the grid
// region's factor, currency and prices) and its totals become baseline lines through
// ActivityImport, with the ids, carriers, units and factors an import gives them. All or
// nothing: the first bad row (no name, a negative or unreadable number, an unknown grid
// region, a name given twice) gives the error and no plans.
class CommunityImport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CommunityImport)

public:
    static CommunityImportResult read(TableReader &reader, const QString &fileName,
                                      DecimalSeparator decimal, int baseYear,
                                      const FactorLibrary &factors, const PriceLibrary &prices);
    // The table in the CSV or XLSX file at `path` (its sheet `sheet`, empty for the first),
    // read as read() does; a file that can't be opened as a table gives its message.
    static CommunityImportResult readFile(const QString &path, const QString &sheet, int baseYear,
                                          const FactorLibrary &factors, const PriceLibrary &prices);
};

} // namespace zeroplan
