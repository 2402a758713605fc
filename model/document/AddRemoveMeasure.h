#pragma once

#include "PlanCommand.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <utility>

namespace zeroplan {

// Adds or removes one measure (Tiled's AddRemoveLayer). Removing a measure also takes it out
// of every scenario that uses it, and takes its payer split (docs/residents.md) with it; undo
// puts it back in each, at its place and level, and the split at its place.
class AddRemoveMeasure : public PlanCommand
{
protected:
    AddRemoveMeasure(PlanDocument *document, qsizetype index, Measure measure,
                     QUndoCommand *parent);

    void addMeasure();
    void removeMeasure();
    const Measure &measure() const { return m_measure; }

private:
    struct ScenarioUse
    {
        qsizetype scenario;
        qsizetype position;
        ScenarioMeasure entry;
    };

    qsizetype m_index;
    Measure m_measure;
    QList<ScenarioUse> m_uses;                               // in the order they were taken out
    std::optional<std::pair<qsizetype, PayerSplit>> m_split; // taken out with the measure
};

// Adds `measure` at `index` (-1: at the end).
class AddMeasure : public AddRemoveMeasure
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::AddMeasure)

public:
    AddMeasure(PlanDocument *document, Measure measure, qsizetype index = -1,
               QUndoCommand *parent = nullptr);
    void undo() override { removeMeasure(); }
    void redo() override { addMeasure(); }
};

class RemoveMeasure : public AddRemoveMeasure
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::RemoveMeasure)

public:
    RemoveMeasure(PlanDocument *document, qsizetype index, QUndoCommand *parent = nullptr);
    void undo() override { addMeasure(); }
    void redo() override { removeMeasure(); }
};

} // namespace zeroplan
