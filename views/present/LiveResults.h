#pragma once

#include "engine/PlanRun.h"
#include "engine/Results.h"
#include "engine/ScenarioEngine.h"
#include "storage/PlanProblem.h"

#include <QObject>

namespace zeroplan {

class PlanDocument;
class FactorLibrary;

// The engine's results for the open plan, kept up to date: every change of the document
// recomputes them at once (a 50-measure plan takes well under a millisecond per scenario)
// and says so with updated(). Also gives the scenario the Pathway, Costs, Uncertainty and
// Report pages and the key figures show: the document's current scenario, which is saved with
// the plan but is no edit of it (PlanDocument::setCurrentScenario).
class LiveResults : public QObject
{
    Q_OBJECT

public:
    LiveResults(PlanDocument *document, const FactorLibrary &library, QObject *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    const FactorLibrary &library() const { return m_library; }
    const PlanResult &result() const { return m_result; }
    // Business as usual as a scenario with no measure, its targets assessed (PlanRun::bau).
    const ScenarioResult &bau() const { return m_bau; }
    // What the validator finds in the plan as it is now (checked on every change).
    const PlanProblems &problems() const { return m_problems; }

    // Index into plan().scenarios and result().scenarios; -1 when the plan has none.
    int currentScenario() const;
    void setCurrentScenario(int index);
    const ScenarioResult *currentResult() const;
    // The current scenario compiled for Monte Carlo and sensitivity (BAU if there is none).
    EngineInput compileCurrent() const;

    // Recomputes now (the document's changes do this by themselves).
    void recompute();

signals:
    void updated();
    void currentScenarioChanged(int index);

private:
    PlanDocument *m_document;
    const FactorLibrary &m_library;
    ScenarioEngine m_engine;
    PlanResult m_result;
    ScenarioResult m_bau;
    PlanProblems m_problems;
};

} // namespace zeroplan
