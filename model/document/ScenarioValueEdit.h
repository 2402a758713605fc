#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

class PlanDocument;
struct Plan;

// "This scenario's value" of a measure (docs/measures.md, "Values that differ by scenario"),
// edited as one undoable step of the scenario's own values (PlanFields::scenarioOverrides).
// Consecutive edits of the same field merge into one step, as typing in any box does.
class ScenarioValueEdit
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ScenarioValueEdit)

public:
    // Sets `field` of `measure` to `value` in scenario `scenario` only. A value equal to what
    // the scenario has without a value of its own (its base's, else every scenario's) takes
    // its own away instead, so the scenario holds only what differs.
    static void set(PlanDocument *document, qsizetype scenario, const QString &measure,
                    const QString &field, double value);
    // The scenario takes its base's (or every scenario's) value again.
    static void clear(PlanDocument *document, qsizetype scenario, const QString &measure,
                      const QString &field);
    // Whether the scenario sets the value itself (not through its base).
    static bool isOwn(const Plan &plan, qsizetype scenario, const QString &measure,
                      const QString &field);
    // What the scenario has without its own value of the field.
    static double inherited(const Plan &plan, qsizetype scenario, const QString &measure,
                            const QString &field);
};

} // namespace zeroplan
