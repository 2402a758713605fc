#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Plan;
struct PlanResult;
struct ScenarioResult;

// The figures a committee always wants in view, as text in the current language: baseline
// tCO₂e/yr, per resident and per household, the cut reached in the first interim-target
// year against the target, the year from which neutrality holds (and, when net dipped to
// zero earlier, the year it was first reached) against the neutrality target, total cost and
// cost per tonne abated (credits bought are never abatement). A plan without a baseline
// shows "—" and "Add a baseline first", never a neutrality it has not earned. The window's
// key-figure strip and the printed plan's summary show the same.
struct KeyFigures
{
    // The strip's translation context: these are its figures.
    Q_DECLARE_TR_FUNCTIONS(zeroplan::KeyFigureStrip)

public:
    QString baseline;
    QString perResident;
    QString perHousehold;
    QString interimCaption;    // "Cut by 2030 (target 40 %)"
    QString interim;           // "42 % — met"
    QString neutralityCaption; // "Neutrality (target 2040)", "Neutrality (no target set)"
    QString neutrality; // "from 2038 — met", "not reached by 2060 — missed", "no scenario"
    QString cost;
    QString costPerTonne; // per tonne abated: credits bought are left out

    static KeyFigures of(const Plan &plan, const PlanResult &result,
                         const ScenarioResult *scenario);

    // "from 2038", "from 2038 (first reached 2031)", "not reached by 2060",
    // "reached in 2031, not held to 2060": the scenario's neutrality without the target.
    static QString neutralityYears(const Plan &plan, const ScenarioResult &scenario);

private:
    static QString neutralityFigure(const Plan &plan, const ScenarioResult &scenario);
    static QString interimFigure(const Plan &plan, const PlanResult &result,
                                 const ScenarioResult *scenario, QString *caption);
};

} // namespace zeroplan
