#pragma once

#include "ImportMapping.h"
#include "ImportNumber.h"
#include "ImportReport.h"
#include "TableReader.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QStringList>

namespace zeroplan {

class FactorLibrary;

// How completely the meter readings cover the base year, for one activity line they make.
struct MeterCoverage
{
    struct Outlier
    {
        QString meter;
        YearMonth month;
        double amount = 0;
        double medianMonth = 0; // the meter's median month
        QString place;          // "line 1234"
    };
    static constexpr qsizetype kMaxListed = 20;

    QString line; // id of the activity line
    Sector sector = Sector::StationaryEnergy;
    QString subsector;
    QString carrier;
    QString unit;
    double total = 0; // sum of the readings, not extrapolated
    qint64 meters = 0;
    qint64 readings = 0;
    qint64 missingMonths = 0; // meter-months of the base year without a reading
    qint64 metersWithGaps = 0;
    QStringList gapExamples; // "H000123: 3, 4, 11" (up to kMaxListed)
    qint64 outlierCount = 0;
    QList<Outlier> outliers; // up to kMaxListed
    double share() const { return meters ? double(readings) / double(meters * 12) : 0; }
};

struct MeterImportResult
{
    ImportReport report;
    int year = 0;                             // the base year the readings were summed for
    QList<ActivityLine> lines;                // one per sector, subsector and carrier
    QList<MeterCoverage> coverage;            // one per line, in the same order
    QList<std::pair<int, qint64>> otherYears; // readings of other years, not summed
};

// Monthly meter readings in long format (meter or household, month, carrier, amount, unit;
// optionally sector and subsector) summed to annual activity lines of the plan's base year
// (docs/import.md). Streams: memory grows with the number of meters, not of rows.
class MeterReadings
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::MeterReadings)

public:
    static constexpr double kOutlierRatio = 5; // a month over 5× the meter's median month

    // `year`: the year whose readings are summed; the plan's base year unless given (an
    // actual inventory of a later year, docs/monitoring.md).
    static MeterImportResult read(TableReader &reader, const QString &fileName, const Plan &plan,
                                  const ImportMapping &mapping, DecimalSeparator decimal,
                                  const FactorLibrary &library,
                                  std::optional<int> year = std::nullopt);
};

} // namespace zeroplan
