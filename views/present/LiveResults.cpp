#include "LiveResults.h"

#include "PlanDocument.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"

namespace zeroplan {

LiveResults::LiveResults(PlanDocument *document, const FactorLibrary &library, QObject *parent)
    : QObject(parent), m_document(document), m_library(library), m_engine(library)
{
    // The document moves its current scenario before it tells anyone else of a change (it
    // connected first), so currentScenarioChanged comes before the results are recomputed.
    connect(document, &PlanDocument::currentScenarioChanged, this,
            &LiveResults::currentScenarioChanged);
    connect(document, &PlanDocument::changed, this, &LiveResults::recompute);
    recompute();
}

int LiveResults::currentScenario() const
{
    return m_document->currentScenario();
}

void LiveResults::setCurrentScenario(int index)
{
    const int before = m_document->currentScenario();
    m_document->setCurrentScenario(index); // says currentScenarioChanged
    if (m_document->currentScenario() != before)
        emit updated();
}

const ScenarioResult *LiveResults::currentResult() const
{
    const int current = currentScenario();
    if (current < 0 || size_t(current) >= m_result.scenarios.size())
        return nullptr;
    return &m_result.scenarios[size_t(current)];
}

EngineInput LiveResults::compileCurrent() const
{
    const Plan &plan = m_document->plan();
    const int current = currentScenario();
    const Scenario *scenario = current >= 0 ? &plan.scenarios.at(current) : nullptr;
    return m_engine.compile(plan, scenario);
}

void LiveResults::recompute()
{
    const Plan &plan = m_document->plan();
    PlanRun run = PlanRun::run(plan, m_library);
    m_result = std::move(run.result);
    m_bau = std::move(run.bau);
    m_problems = PlanValidator::validate(plan, m_library);
    emit updated();
}

} // namespace zeroplan
