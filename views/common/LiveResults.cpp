#include "LiveResults.h"

#include "PlanDocument.h"
#include "storage/PlanJson.h"

namespace zeroplan {

LiveResults::LiveResults(PlanDocument *document, const FactorLibrary &library, QObject *parent)
    : QObject(parent), m_document(document), m_library(library), m_engine(library)
{
    connect(document, &PlanDocument::changed, this, &LiveResults::onChanged);
    m_currentScenario = document->plan().scenarios.isEmpty() ? -1 : 0;
    recompute();
}

void LiveResults::setCurrentScenario(int index)
{
    const int count = int(m_document->plan().scenarios.size());
    const int clamped = count == 0 ? -1 : std::clamp(index, 0, count - 1);
    if (clamped == m_currentScenario)
        return;
    m_currentScenario = clamped;
    emit currentScenarioChanged(clamped);
    emit updated();
}

const ScenarioResult *LiveResults::currentResult() const
{
    if (m_currentScenario < 0 || size_t(m_currentScenario) >= m_result.scenarios.size())
        return nullptr;
    return &m_result.scenarios[size_t(m_currentScenario)];
}

EngineInput LiveResults::compileCurrent() const
{
    const Plan &plan = m_document->plan();
    const Scenario *scenario =
        m_currentScenario >= 0 ? &plan.scenarios.at(m_currentScenario) : nullptr;
    return m_engine.compile(plan, scenario);
}

void LiveResults::recompute()
{
    const Plan &plan = m_document->plan();
    m_result = m_engine.run(plan);
    m_problems = PlanValidator::validate(plan, m_library);
    emit updated();
}

void LiveResults::onChanged(const ChangeEvent &event)
{
    // Keep the chosen scenario where it is when scenarios are added or removed before it.
    if (event.part == ChangeEvent::Part::Scenarios || event.part == ChangeEvent::Part::Plan) {
        const int count = int(m_document->plan().scenarios.size());
        int current = m_currentScenario;
        if (event.part == ChangeEvent::Part::Scenarios && event.index >= 0 &&
            event.index <= current) {
            if (event.kind == ChangeEvent::Kind::Added)
                current += int(event.count);
            else if (event.kind == ChangeEvent::Kind::Removed)
                current = std::max(int(event.index) - 1, current - int(event.count));
        }
        current = count == 0 ? -1 : std::clamp(current, 0, count - 1);
        if (current != m_currentScenario) {
            m_currentScenario = current;
            emit currentScenarioChanged(current);
        }
    }
    recompute();
}

} // namespace zeroplan
