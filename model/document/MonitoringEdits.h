#pragma once

#include "PlanCommand.h"
#include "plan/MeasureProgress.h"
#include "plan/Monitoring.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

// One undoable change of the plan's monitoring (docs/monitoring.md): it keeps the monitoring
// as it was and as it is after the change, and puts one or the other back. Monitoring is small
// (the adopted plans are shared, not copied), so a copy per step costs little.
class EditMonitoring : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::EditMonitoring)

public:
    EditMonitoring(PlanDocument *document, Monitoring after, const QString &text,
                   QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

    // An actual inventory for `year`, its lines copies of the baseline's (the amounts as in the
    // baseline, to be corrected); nothing when the year is not after the base year, past the
    // horizon, or already has one.
    static EditMonitoring *addActualYear(PlanDocument *document, int year);
    // The amount of line `line` of the actual inventory of `year`; nothing when there is no
    // such line, or the amount is negative or unchanged.
    static EditMonitoring *setActualAmount(PlanDocument *document, int year, qsizetype line,
                                           double amount);
    // The progress of measure `measure` in `year`: its adoption (none: not reported) and
    // status, reported on `reportedOn` (a dated update of the entry, unless it has one of that
    // day; none: no update). Adds the year's entry or updates it (its costs and notes kept);
    // nothing when unchanged.
    static EditMonitoring *setProgress(PlanDocument *document, const QString &measure, int year,
                                       std::optional<double> adoption, ProgressStatus status,
                                       const QDate &reportedOn = QDate());

private:
    void apply(const Monitoring &monitoring);

    Monitoring m_before;
    Monitoring m_after;
};

} // namespace zeroplan
