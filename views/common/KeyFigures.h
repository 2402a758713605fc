#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;
struct PlanResult;
struct ScenarioResult;

// The figures a committee always wants in view, as text in the current language: baseline
// tCO₂e/yr, per resident and per household, the cut reached in the first interim-target
// year against the target, the neutrality year (or "not reached by …"), total cost and cost
// per tonne. The window's key-figure strip and the printed plan's summary show the same.
struct KeyFigures
{
    // The strip's translation context: these are its figures.
    Q_DECLARE_TR_FUNCTIONS(zeroplan::KeyFigureStrip)

public:
    QString baseline;
    QString perResident;
    QString perHousehold;
    QString interimCaption; // "Cut by 2030 (target 40 %)"
    QString interim;        // "42 % — met"
    QString neutrality;     // "reached in 2048", "not reached by 2060", "no scenario"
    QString cost;
    QString costPerTonne;

    static KeyFigures of(const Plan &plan, const PlanResult &result,
                         const ScenarioResult *scenario);

private:
    static QString interimFigure(const Plan &plan, const PlanResult &result,
                                 const ScenarioResult *scenario, QString *caption);
};

} // namespace zeroplan
