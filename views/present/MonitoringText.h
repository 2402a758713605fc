#pragma once

#include "monitoring/MeasureTracking.h"
#include "monitoring/MonitoringNames.h"
#include "monitoring/Reforecast.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;
struct MonitoringRun;

// The words and colours monitoring is shown with on the Monitoring page (docs/monitoring.md):
// the traffic lights' colours (their words: MonitoringNames), the adoption unit of a measure,
// and the headline ("X t reduced since 2023; Y t still to reduce by 2060").
class MonitoringText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::MonitoringText)

public:
    static QColor lightColour(TrackLight light); // green, amber, red, blue, grey
    // What a measure's adoption is counted in: its parameter's display name and unit
    // ("Capacity (kWp)"), or "share carried out (0–1)".
    static QString adoptionUnit(const Plan &plan, const QString &measure);
    // "Adopted v2, 2026-03-01"
    static QString adoptedText(const QString &label, const QDate &date);
    // The headline: reduced since the base year (or how much more is emitted) and still to
    // reduce by the target year (or that the plan's aim is already met), or that there is no
    // actual year yet.
    static QString headline(const MonitoringRun &run);
};

} // namespace zeroplan
