#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;
struct MonitoringRun;

// track --format table: monitoring for a terminal — the headline (reduced since the base year,
// still to reduce by the target year), the years with actuals, the measures with their lights,
// the decomposition of the change, the re-forecast and the committee's indicators. Numbers follow
// the locale.
class TrackTable
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::TrackTable)

public:
    static QString format(const Plan &plan, const MonitoringRun &run);

private:
    static QString headline(const Plan &plan, const MonitoringRun &run);
    static QString years(const MonitoringRun &run);
    static QString measures(const Plan &plan, const MonitoringRun &run);
    static QString decomposition(const MonitoringRun &run);
    static QString reforecast(const Plan &plan, const MonitoringRun &run);
    static QString indicators(const Plan &plan);
    static QString number(double value, int decimals = 1);
};

} // namespace zeroplan
