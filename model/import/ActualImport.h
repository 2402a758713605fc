#pragma once

#include "plan/Plan.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// Puts imported activity lines into the plan's actual inventory of a later year
// (docs/monitoring.md): the inventory is made if the plan has none for that year, else the
// lines are added to it. As ActivityImport::apply does for the baseline, the plan itself is
// never changed: the result is the new plan if it is still valid, else nothing with every new
// problem named by the file row it came from.
class ActualImport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ActualImport)

public:
    static std::optional<Plan> apply(const Plan &plan, int year, const QList<ActivityLine> &lines,
                                     const QStringList &places, const QString &fileName,
                                     const FactorLibrary &library, QStringList *problems);
};

} // namespace zeroplan
