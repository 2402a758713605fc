#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// What a scenario's measures are once its own values are put in (docs/measures.md, "Values
// that differ by scenario"). A scenario may be based on another (Scenario::basedOn): it takes
// that one's values, and overrides only what differs; a value it sets itself wins. The engine
// compiles a scenario's measures through measures(), so every figure (pathway, costs, Monte
// Carlo, optimiser) follows the scenario's values.
class ScenarioValues
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ScenarioValues)

public:
    // The fields every measure has besides its kind's parameters.
    static inline const QString kStartYear = QStringLiteral("start_year");
    static inline const QString kRampYears = QStringLiteral("ramp_years");
    static inline const QString kLifetimeYears = QStringLiteral("lifetime_years");
    static inline const QString kCapex = QStringLiteral("capex");
    static inline const QString kOpexPerYear = QStringLiteral("opex_per_year");

    // The scenarios `scenario` inherits from, nearest first (its basedOn, that one's, …); stops
    // at a name that is no scenario of the plan or that comes round again (a cycle, which the
    // validator reports).
    static QList<const Scenario *> ancestors(const Plan &plan, const Scenario &scenario);
    // Every value in effect for `scenario`, one per measure and field: its own, else the
    // nearest ancestor's. `origin`, when given, gets the name of the scenario each comes from.
    static QList<ScenarioOverride> effective(const Plan &plan, const Scenario &scenario,
                                             QStringList *origin = nullptr);
    // The value of `field` of `measure` in effect for `scenario` and where it comes from (a
    // scenario's name; empty: the measure's own, every scenario's value).
    static std::optional<double> valueIn(const Plan &plan, const Scenario &scenario,
                                         const QString &measure, const QString &field,
                                         QString *origin = nullptr);
    // The plan's measures as `scenario` sees them: each effective value put in (a parameter
    // keeps its low–high range when the new value lies in it, else it becomes a point value).
    static QList<Measure> measures(const Plan &plan, const Scenario &scenario);
    // Whether any value differs for `scenario` (its own or inherited).
    static bool hasValues(const Plan &plan, const Scenario &scenario);

    // The fields `measure` has: the five above, then its kind's parameter keys.
    static QStringList fields(const Measure &measure);
    // `field`'s value in `measure` as the plan holds it (a parameter not set: the kind's
    // default); nothing for a field it does not have.
    static std::optional<double> value(const Measure &measure, const QString &field);
    // Puts `value` into `measure`'s `field` (nothing for a field it does not have).
    static void apply(Measure &measure, const QString &field, double value);
    // The field's name for a reader ("Start year", a parameter's catalogue name), translated.
    static QString fieldName(const Measure &measure, const QString &field);
    // What is wrong with `value` for `field` of `measure` in a plan spanning baseYear…horizonEnd
    // (one line naming the field); empty when it is fine.
    static QString problem(const Measure &measure, const QString &field, double value, int baseYear,
                           int horizonEnd);
};

} // namespace zeroplan
