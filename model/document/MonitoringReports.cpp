#include "MonitoringReports.h"

#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <algorithm>

namespace zeroplan {

namespace {

bool hasTotalFor(const QList<SectorTotal> &totals, Sector sector)
{
    return std::any_of(totals.begin(), totals.end(),
                       [&](const SectorTotal &t) { return t.sector == sector; });
}

} // namespace

EditMonitoring *MonitoringReports::reportProgress(PlanDocument *document,
                                                  const ProgressReport &report)
{
    Monitoring after = document->plan().monitoring;
    MeasureProgress *entry = nullptr;
    for (MeasureProgress &p : after.progress) {
        if (p.measure == report.measure && p.year == report.year)
            entry = &p;
    }
    if (!entry) {
        MeasureProgress p;
        p.measure = report.measure;
        p.year = report.year;
        after.progress.append(p);
        entry = &after.progress.back();
    }
    entry->adoption = report.adoption;
    entry->status = report.status;
    entry->capexToDate = report.capexToDate;
    entry->opexToDate = report.opexToDate;
    const ProgressUpdate &u = report.update;
    const bool says = !u.note.trimmed().isEmpty() || !u.evidence.trimmed().isEmpty();
    if (u.date.isValid()) {
        const bool dated = std::any_of(entry->updates.begin(), entry->updates.end(),
                                       [&](const ProgressUpdate &e) { return e.date == u.date; });
        if (says)
            entry->updates.append(
                {u.date, u.author.trimmed(), u.note.trimmed(), u.evidence.trimmed()});
        else if (!dated)
            entry->updates.append({u.date, u.author.trimmed(), QString(), QString()});
    }
    if (after == document->plan().monitoring)
        return nullptr;
    const Plan &plan = document->plan();
    const Measure *m = plan.findMeasure(report.measure);
    if (!m && plan.monitoring.adopted())
        m = plan.monitoring.adopted()->plan->findMeasure(report.measure);
    return new EditMonitoring(document, std::move(after),
                              tr("Report progress of %1 in %2")
                                  .arg(m ? MeasureCatalogue::displayName(*m) : report.measure)
                                  .arg(report.year));
}

qsizetype MonitoringReports::linesReplacedBy(const Monitoring &monitoring, int year,
                                             const QList<SectorTotal> &totals)
{
    const ActualInventory *actual = monitoring.actual(year);
    if (!actual)
        return 0;
    return std::count_if(actual->activities.begin(), actual->activities.end(),
                         [&](const ActivityLine &l) { return hasTotalFor(totals, l.sector); });
}

EditMonitoring *MonitoringReports::setSectorTotals(PlanDocument *document, int year,
                                                   const QList<SectorTotal> &totals,
                                                   const QString &source, ActualQuality quality)
{
    const Plan &plan = document->plan();
    if (year <= plan.community.baseYear || year > plan.community.horizonEnd)
        return nullptr;
    for (const SectorTotal &t : totals) {
        if (!(t.tonnes >= 0))
            return nullptr;
    }
    Monitoring after = plan.monitoring;
    qsizetype at = 0;
    while (at < after.actuals.size() && after.actuals.at(at).year < year)
        ++at;
    if (at == after.actuals.size() || after.actuals.at(at).year != year) {
        ActualInventory actual;
        actual.year = year;
        after.actuals.insert(at, actual); // in year order, as addActualYear keeps them
    }
    ActualInventory &actual = after.actuals[at];
    actual.activities.removeIf(
        [&](const ActivityLine &l) { return hasTotalFor(totals, l.sector); });
    QList<SectorTotal> kept;
    for (const SectorTotal &t : actual.sectorTotals) {
        if (!hasTotalFor(totals, t.sector))
            kept.append(t);
    }
    for (Sector s : kAllSectors) { // in the sectors' order
        for (const SectorTotal &t : totals) {
            if (t.sector == s && !hasTotalFor(kept, s))
                kept.append(t);
        }
    }
    actual.sectorTotals = kept;
    actual.source = source.trimmed();
    actual.quality = quality;
    if (after == plan.monitoring)
        return nullptr;
    return new EditMonitoring(document, std::move(after),
                              tr("Enter sector totals of %1").arg(year));
}

EditMonitoring *MonitoringReports::importProgress(PlanDocument *document, const Monitoring &next,
                                                  const QString &fileName, int entries)
{
    if (next == document->plan().monitoring)
        return nullptr;
    return new EditMonitoring(
        document, next,
        tr("Import progress of %n measure-year(s) from %1", nullptr, entries).arg(fileName));
}

} // namespace zeroplan
