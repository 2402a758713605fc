#include "AdoptScenario.h"

#include "PlanDocument.h"
#include "monitoring/Adoption.h"
#include "plan/Plan.h"

#include <algorithm>

namespace zeroplan {

namespace {

// The monitoring with the scenario adopted as a new version.
Monitoring adopted(const Plan &plan, int scenario, const FactorLibrary &library, const QDate &date,
                   const QString &label)
{
    Monitoring after = plan.monitoring;
    after.adoptions.append(adoptScenario(plan, scenario, library, date, label));
    return after;
}

} // namespace

AdoptScenario::AdoptScenario(PlanDocument *document, int scenario, const FactorLibrary &library,
                             const QDate &date, const QString &label, QUndoCommand *parent)
    : EditMonitoring(document, adopted(document->plan(), scenario, library, date, label),
                     tr("Adopt scenario as %1").arg(label), parent)
{
}

QString AdoptScenario::nextLabel(const Monitoring &monitoring)
{
    for (qsizetype n = monitoring.adoptions.size() + 1;; ++n) {
        const QString label = QStringLiteral("v%1").arg(n);
        const bool used = std::any_of(monitoring.adoptions.begin(), monitoring.adoptions.end(),
                                      [&](const AdoptedPlan &a) { return a.label == label; });
        if (!used)
            return label;
    }
}

} // namespace zeroplan
