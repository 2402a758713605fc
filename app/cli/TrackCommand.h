#pragma once

#include "CliCommand.h"
#include "OutputFormat.h"

#include <QDate>

namespace zeroplan {

struct Plan;
struct MonitoringRun;

// zeroplan-cli track PLAN [--format json|table|csv] [--as-of DATE] [--samples N]: the adopted plan
// against what happened (docs/monitoring.md): per year planned, actual and the gap; per measure
// planned against realised, status, traffic light, late and stale flags; why emissions changed
// since the base year; the re-forecast variants with their neutrality years (and, with --samples,
// their Monte Carlo bands).
class TrackCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::TrackCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    QByteArray render(const Plan &plan, const MonitoringRun &run) const;
    static QByteArray csv(const Plan &plan, const MonitoringRun &run);

    OutputFormat m_format = OutputFormat::Table;
};

} // namespace zeroplan
