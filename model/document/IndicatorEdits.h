#pragma once

#include "MonitoringEdits.h"
#include "plan/Indicator.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

struct Plan;

// The edits of the committee's indicators (docs/monitoring.md, "Indicators"), each one undo
// step: an EditMonitoring holding the monitoring before and after. Every factory returns
// nullptr when nothing would change; when the input is invalid it also sets `error` (if
// given) to a message naming the field, and the plan stays as it was.
class IndicatorEdits
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::IndicatorEdits)

public:
    // A new indicator with no years yet; its id is made from the name's Latin letters and
    // digits ("indicator" when it has none), made unique with "-2", "-3", … Refused: an empty
    // name. `id`, if given, receives the new indicator's id.
    static EditMonitoring *add(PlanDocument *document, const QString &name, const QString &unit,
                               const QString &source, QString *error = nullptr,
                               QString *id = nullptr);
    static EditMonitoring *remove(PlanDocument *document, const QString &id);
    // Refused: an empty name.
    static EditMonitoring *setName(PlanDocument *document, const QString &id, const QString &name,
                                   QString *error = nullptr);
    static EditMonitoring *setUnit(PlanDocument *document, const QString &id, const QString &unit);
    static EditMonitoring *setSource(PlanDocument *document, const QString &id,
                                     const QString &source);

    // A year row with no figures, in year order. Refused: a year outside firstYear … lastYear,
    // or one the indicator already has.
    static EditMonitoring *addYear(PlanDocument *document, const QString &id, int year,
                                   QString *error = nullptr);
    static EditMonitoring *removeYear(PlanDocument *document, const QString &id, int year);
    // The plan or actual figure of a year (none: cleared). Refused: a number that is not
    // finite.
    static EditMonitoring *setPlanValue(PlanDocument *document, const QString &id, int year,
                                        std::optional<double> value, QString *error = nullptr);
    static EditMonitoring *setActualValue(PlanDocument *document, const QString &id, int year,
                                          std::optional<double> value, QString *error = nullptr);
    static EditMonitoring *setYearSource(PlanDocument *document, const QString &id, int year,
                                         const QString &source);

    // The years an indicator may have: the base year (where a series starts) to the horizon's
    // end.
    static int firstYear(const Plan &plan);
    static int lastYear(const Plan &plan);
    // The year an added row suggests: the one after the indicator's last year (the base year
    // when it has none), or the first free year before it when that is past the horizon; 0 when
    // every year is taken.
    static int nextYear(const Plan &plan, const Indicator &indicator);
    // An id made from `name`, unique among `monitoring`'s indicators.
    static QString uniqueId(const Monitoring &monitoring, const QString &name);
    static const Indicator *find(const Monitoring &monitoring, const QString &id);
    // The latest year with an actual figure (none: no actual yet).
    static const IndicatorValue *latestActual(const Indicator &indicator);
};

} // namespace zeroplan
