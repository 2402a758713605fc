#include "ScenarioValueEdit.h"

#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "plan/ScenarioValues.h"

#include <algorithm>

namespace zeroplan {

namespace {

// The scenario's own values without the one of `measure`'s `field`.
QList<ScenarioOverride> without(const Scenario &scenario, const QString &measure,
                                const QString &field)
{
    QList<ScenarioOverride> out = scenario.overrides;
    out.removeIf(
        [&](const ScenarioOverride &o) { return o.measure == measure && o.field == field; });
    return out;
}

void push(PlanDocument *document, qsizetype scenario, const QString &measure, const QString &field,
          QList<ScenarioOverride> overrides)
{
    const Plan &plan = document->plan();
    PlanField<QList<ScenarioOverride>> values = PlanFields::scenarioOverrides(plan, scenario);
    // One field's edits merge with each other, not with another field's.
    values.key += QLatin1Char('/') + measure + QLatin1Char('/') + field;
    const Measure *m = plan.findMeasure(measure);
    values.text = ScenarioValueEdit::tr("Change %1 of “%2” in scenario “%3”")
                      .arg(m ? ScenarioValues::fieldName(*m, field) : field, m ? m->name : measure,
                           plan.scenarios.at(scenario).name);
    document->undoStack()->push(
        new ChangeValue<QList<ScenarioOverride>>(document, values, std::move(overrides)));
}

} // namespace

double ScenarioValueEdit::inherited(const Plan &plan, qsizetype scenario, const QString &measure,
                                    const QString &field)
{
    Scenario bare = plan.scenarios.at(scenario);
    bare.overrides = without(bare, measure, field);
    return ScenarioValues::valueIn(plan, bare, measure, field).value_or(0);
}

bool ScenarioValueEdit::isOwn(const Plan &plan, qsizetype scenario, const QString &measure,
                              const QString &field)
{
    const Scenario &s = plan.scenarios.at(scenario);
    return std::any_of(s.overrides.cbegin(), s.overrides.cend(), [&](const ScenarioOverride &o) {
        return o.measure == measure && o.field == field;
    });
}

void ScenarioValueEdit::set(PlanDocument *document, qsizetype scenario, const QString &measure,
                            const QString &field, double value)
{
    const Plan &plan = document->plan();
    if (scenario < 0 || scenario >= plan.scenarios.size())
        return;
    const Scenario &s = plan.scenarios.at(scenario);
    QList<ScenarioOverride> overrides = without(s, measure, field);
    if (inherited(plan, scenario, measure, field) != value) {
        // In place when it had one, so that the list keeps its order.
        const auto at =
            std::find_if(s.overrides.cbegin(), s.overrides.cend(), [&](const ScenarioOverride &o) {
                return o.measure == measure && o.field == field;
            });
        const qsizetype position =
            at == s.overrides.cend() ? overrides.size() : at - s.overrides.cbegin();
        overrides.insert(position, {measure, field, value});
    }
    push(document, scenario, measure, field, std::move(overrides));
}

void ScenarioValueEdit::clear(PlanDocument *document, qsizetype scenario, const QString &measure,
                              const QString &field)
{
    const Plan &plan = document->plan();
    if (scenario < 0 || scenario >= plan.scenarios.size())
        return;
    push(document, scenario, measure, field, without(plan.scenarios.at(scenario), measure, field));
}

} // namespace zeroplan
