#include "MonitoringEdits.h"

#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <algorithm>

namespace zeroplan {

EditMonitoring::EditMonitoring(PlanDocument *document, Monitoring after, const QString &text,
                               QUndoCommand *parent)
    : PlanCommand(document, parent), m_before(document->plan().monitoring),
      m_after(std::move(after))
{
    setText(text);
}

void EditMonitoring::undo()
{
    apply(m_before);
}

void EditMonitoring::redo()
{
    apply(m_after);
}

void EditMonitoring::apply(const Monitoring &monitoring)
{
    plan().monitoring = monitoring;
    notify(ChangeEvent::changed(ChangeEvent::Part::Monitoring));
}

EditMonitoring *EditMonitoring::addActualYear(PlanDocument *document, int year)
{
    const Plan &plan = document->plan();
    if (year <= plan.community.baseYear || year > plan.community.horizonEnd ||
        plan.monitoring.actual(year))
        return nullptr;
    Monitoring after = plan.monitoring;
    ActualInventory actual;
    actual.year = year;
    actual.activities = plan.activities; // the baseline's lines, their amounts to be corrected
    actual.quality = ActualQuality::Estimated;
    // In year order, as a file lists them.
    qsizetype at = 0;
    while (at < after.actuals.size() && after.actuals.at(at).year < year)
        ++at;
    after.actuals.insert(at, actual);
    return new EditMonitoring(document, std::move(after), tr("Add actual year %1").arg(year));
}

EditMonitoring *EditMonitoring::setActualAmount(PlanDocument *document, int year, qsizetype line,
                                                double amount)
{
    Monitoring after = document->plan().monitoring;
    for (ActualInventory &actual : after.actuals) {
        if (actual.year != year)
            continue;
        if (line < 0 || line >= actual.activities.size() || amount < 0 ||
            actual.activities.at(line).amount == amount)
            return nullptr;
        actual.activities[line].amount = amount;
        const QString id = actual.activities.at(line).id;
        return new EditMonitoring(document, std::move(after),
                                  tr("Change amount of line “%1” in %2").arg(id).arg(year));
    }
    return nullptr;
}

EditMonitoring *EditMonitoring::setProgress(PlanDocument *document, const QString &measure,
                                            int year, std::optional<double> adoption,
                                            ProgressStatus status, const QDate &reportedOn)
{
    Monitoring after = document->plan().monitoring;
    MeasureProgress *entry = nullptr;
    for (MeasureProgress &p : after.progress) {
        if (p.measure == measure && p.year == year)
            entry = &p;
    }
    if (!entry) {
        MeasureProgress p;
        p.measure = measure;
        p.year = year;
        after.progress.append(p);
        entry = &after.progress.back();
    } else if (entry->adoption == adoption && entry->status == status) {
        return nullptr;
    }
    entry->adoption = adoption;
    entry->status = status;
    const bool dated = std::any_of(entry->updates.begin(), entry->updates.end(),
                                   [&](const ProgressUpdate &u) { return u.date == reportedOn; });
    if (reportedOn.isValid() && !dated)
        entry->updates.append({reportedOn, QString(), QString(), QString()});
    // Named as the Measures page names it (the current plan's, else the adopted one's).
    const Plan &plan = document->plan();
    const Measure *m = plan.findMeasure(measure);
    if (!m && plan.monitoring.adopted())
        m = plan.monitoring.adopted()->plan->findMeasure(measure);
    return new EditMonitoring(document, std::move(after),
                              tr("Report progress of %1 in %2")
                                  .arg(m ? MeasureCatalogue::displayName(*m) : measure)
                                  .arg(year));
}

} // namespace zeroplan
