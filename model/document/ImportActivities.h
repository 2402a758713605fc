#pragma once

#include "PlanCommand.h"
#include "inventory/ActivityLine.h"

#include <QCoreApplication>
#include <QList>

namespace zeroplan {

// Appends every activity line an import produced (ActivityImport::apply accepted them) as one
// undo step: "Import 12 activity lines".
class ImportActivities : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ImportActivities)

public:
    ImportActivities(PlanDocument *document, QList<ActivityLine> lines,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    qsizetype m_index; // where the first line goes: the end of the baseline
    QList<ActivityLine> m_lines;
};

} // namespace zeroplan
