#include "AddRemoveMeasure.h"

#include "PlanDocument.h"

namespace zeroplan {

namespace {

using Part = ChangeEvent::Part;

QString label(const Measure &measure)
{
    return measure.name.isEmpty() ? measure.id : measure.name;
}

} // namespace

AddRemoveMeasure::AddRemoveMeasure(PlanDocument *document, qsizetype index, Measure measure,
                                   QUndoCommand *parent)
    : PlanCommand(document, parent), m_index(index), m_measure(std::move(measure))
{
}

void AddRemoveMeasure::addMeasure()
{
    Plan &p = plan();
    p.measures.insert(m_index, m_measure);
    notify(ChangeEvent::added(Part::Measures, m_index));
    if (m_split) {
        p.residents.splits.insert(m_split->first, m_split->second);
        m_split.reset();
    }
    if (m_uses.isEmpty())
        return;
    for (auto use = m_uses.crbegin(); use != m_uses.crend(); ++use)
        p.scenarios[use->scenario].measures.insert(use->position, use->entry);
    m_uses.clear();
    notify(ChangeEvent::changed(Part::Scenarios));
}

void AddRemoveMeasure::removeMeasure()
{
    Plan &p = plan();
    Q_ASSERT(m_index >= 0 && m_index < p.measures.size());
    p.measures.removeAt(m_index);
    notify(ChangeEvent::removed(Part::Measures, m_index));
    for (qsizetype i = 0; i < p.residents.splits.size(); ++i) {
        if (p.residents.splits.at(i).measure == m_measure.id) {
            m_split = std::pair{i, p.residents.splits.takeAt(i)};
            break;
        }
    }
    for (qsizetype s = 0; s < p.scenarios.size(); ++s) {
        QList<ScenarioMeasure> &entries = p.scenarios[s].measures;
        for (qsizetype j = entries.size() - 1; j >= 0; --j) {
            if (entries.at(j).measure == m_measure.id)
                m_uses.append({s, j, entries.takeAt(j)});
        }
    }
    if (!m_uses.isEmpty())
        notify(ChangeEvent::changed(Part::Scenarios));
}

AddMeasure::AddMeasure(PlanDocument *document, Measure measure, qsizetype index,
                       QUndoCommand *parent)
    : AddRemoveMeasure(document, index < 0 ? document->plan().measures.size() : index,
                       std::move(measure), parent)
{
    setText(tr("Add measure “%1”").arg(label(this->measure())));
}

RemoveMeasure::RemoveMeasure(PlanDocument *document, qsizetype index, QUndoCommand *parent)
    : AddRemoveMeasure(document, index, document->plan().measures.at(index), parent)
{
    setText(tr("Remove measure “%1”").arg(label(measure())));
}

} // namespace zeroplan
