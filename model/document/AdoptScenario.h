#pragma once

#include "MonitoringEdits.h"

#include <QDate>

namespace zeroplan {

class FactorLibrary;

// "Adopt this scenario…": freezes scenario `scenario` of the plan as it stands, with its
// pathway and wedges (adoptScenario), as a new adopted version labelled `label` on `date`.
// Adopting again adds a version; undo takes it away.
class AdoptScenario : public EditMonitoring
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::AdoptScenario)

public:
    AdoptScenario(PlanDocument *document, int scenario, const FactorLibrary &library,
                  const QDate &date, const QString &label, QUndoCommand *parent = nullptr);

    // The label of the next version: "v1", "v2", … (one more than the adoptions so far, and
    // not a label already used).
    static QString nextLabel(const Monitoring &monitoring);
};

} // namespace zeroplan
