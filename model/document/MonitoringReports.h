#pragma once

#include "MonitoringEdits.h"
#include "plan/ActualInventory.h"
#include "plan/MeasureProgress.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

// A measure's progress as the Monitoring page's form reports it: adoption and status, spending
// to date, and a dated note (author, note, evidence: a link, or a file's name and SHA-256).
struct ProgressReport
{
    QString measure; // measure id
    int year = 0;
    std::optional<double> adoption;
    ProgressStatus status = ProgressStatus::NotStarted;
    std::optional<double> capexToDate; // plan currency; none: not reported
    std::optional<double> opexToDate;
    ProgressUpdate update; // its date is the day of the report; author, note, evidence may be empty
};

// The Monitoring page's entries beyond EditMonitoring's own (docs/monitoring.md): each returns
// one undoable EditMonitoring, or nothing when it would change nothing.
class MonitoringReports
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::MonitoringReports)

public:
    // Adds the year's progress entry or updates it: adoption, status and spending as given;
    // the update is added when it says something (a note or evidence), else a dated update of
    // the day (with its author) is added unless the entry has one (as
    // EditMonitoring::setProgress).
    static EditMonitoring *reportProgress(PlanDocument *document, const ProgressReport &report);
    // The totals of `year` where only totals are known: each sector given a total has it (and
    // loses its activity lines, which would count twice); sectors not given keep their lines
    // and totals. The inventory is made if the year has none. Nothing when the year is not
    // after the base year or past the horizon, a total is negative, or nothing changes.
    static EditMonitoring *setSectorTotals(PlanDocument *document, int year,
                                           const QList<SectorTotal> &totals, const QString &source,
                                           ActualQuality quality);
    // How many activity lines of `year` setSectorTotals would drop for these totals.
    static qsizetype linesReplacedBy(const Monitoring &monitoring, int year,
                                     const QList<SectorTotal> &totals);
    // The monitoring of `next` (a plan a progress file was merged into by ProgressImport::apply)
    // as one step named after the file.
    static EditMonitoring *importProgress(PlanDocument *document, const Monitoring &next,
                                          const QString &fileName, int entries);
};

} // namespace zeroplan
