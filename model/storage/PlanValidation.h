#pragma once

#include "MeasureClamping.h"
#include "MeasureValidator.h"
#include "PlanProblem.h"
#include "ProblemReport.h"
#include "inventory/FactorLibrary.h"
#include "plan/FactorResolver.h"
#include "plan/Plan.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace zeroplan {

// One run of PlanValidator over a plan: the checks by group, each group in a file of its own
// (PlanValidator.cpp has the names and the factor set, PlanValidationCommunity.cpp the
// community, horizon, targets and drivers, PlanValidationEnergy.cpp electricity, factors and
// prices, PlanValidationActivities.cpp the activity lines, PlanValidationMeasures.cpp the
// measures and scenarios, PlanValidationMonitoring.cpp monitoring, PlanValidationResidents.cpp
// who pays, PlanValidationPeople.cpp working groups and the activity calendar). Problems go to one
// list, in the order run() calls the checks.
class PlanValidation
{
public:
    PlanValidation(const Plan &plan, const FactorLibrary &library)
        : m_plan(plan), m_library(library), m_factors(plan, library), m_measures(plan),
          m_clamping(plan, library), m_report(m_problems)
    {
        for (const EmissionFactor &f : plan.factors) {
            if (!m_planFactors.contains(f.id)) // the first of an id, as FactorResolver
                m_planFactors.insert(f.id, &f);
        }
    }

    PlanProblems run()
    {
        checkNames();
        checkFactorSet();
        checkCommunity();
        checkHorizon();
        checkTargets();
        checkElectricity();
        checkFactors();
        checkPrices();
        checkDrivers();
        checkActivities();
        checkMeasures();
        checkScenarios();
        checkMonitoring();
        checkResidents();
        checkPeopleSection();
        return m_problems;
    }

private:
    // The JSON path of `key` under `path`, and of `key` of item `index` of the top-level list.
    static QString at(const QString &path, const char *key);
    static QString at(const char *list, qsizetype index, const char *key);
    // Reports an id or name used before in the same list; `first` remembers where each was
    // seen.
    static void checkUnique(ProblemReport &report, QHash<QString, QString> &first,
                            const QString &id, const QString &path);
    // Reports a name that holds a control character (C0, DEL or C1: a tab, a line break, a
    // bell, an escape…): it cannot be printed or shown, and in a report or a file name it
    // garbles the layout. `path` names the field (and so the row); the first such character
    // is named.
    static void checkPrintable(ProblemReport &report, const QString &text, const QString &path);

    // Names and the factor set (PlanValidator.cpp).
    void checkNames();
    void checkFactorSet();
    // The community, its horizon, targets and drivers (PlanValidationCommunity.cpp).
    void checkCommunity();
    void checkPeople();
    void checkHorizon();
    void checkTargets();
    void checkInterim(qsizetype index);
    void checkInterimOrder();
    void checkGrowth(double rate, const QString &path, const QString &what);
    void checkDrivers();
    // Electricity, factors and prices (PlanValidationEnergy.cpp).
    void checkElectricity();
    void checkElectricityFactor();
    void checkFactors();
    void checkPrices();
    void checkPricesCoverEnergy(const QHash<QString, QString> &priced);
    // Activity lines (PlanValidationActivities.cpp).
    void checkActivities();
    void checkActivityQuantity(const ActivityLine &line, const QString &path);
    void checkActivityFactor(const ActivityLine &line, const QString &path);
    void checkScope(const ActivityLine &line, const QString &path);
    // Measures and scenarios (PlanValidationMeasures.cpp).
    void checkMeasures();
    void checkScenarios();
    // A scenario's base (a scenario of the plan, not itself, no cycle) and its own values of
    // measures (a measure of the plan, a field it has, a value in range, each once).
    void checkScenarioValues(const Scenario &scenario, const QString &path);
    void checkScenarioMeasure(const ScenarioMeasure &entry, const QString &path,
                              QHash<QString, QString> &seen);
    // Monitoring after adoption (PlanValidationMonitoring.cpp); after checkScenarios, which
    // collects the measure ids.
    void checkMonitoring();
    void checkActuals();
    void checkProgress();
    // Who pays and what households see (PlanValidationResidents.cpp).
    void checkResidents();
    void checkPayerSplit(const PayerSplit &split, const QString &path,
                         QHash<QString, QString> &seen);
    void checkFundingSource(const FundingSource &source, const QString &path);
    void checkYearAmounts(const QList<YearAmount> &amounts, const QString &path,
                          const QString &owner);
    // Working groups, volunteers, the activity calendar and each measure's owner group
    // (PlanValidationPeople.cpp).
    void checkPeopleSection();
    void checkCommunityActivity(const CommunityActivity &activity, const QString &path,
                                qsizetype index);
    bool inHorizon(int year) const
    {
        return year >= m_plan.community.baseYear && year <= m_plan.community.horizonEnd;
    }
    QString outsideHorizon(const QString &what, int year) const;
    QString unknownFactor(const QString &id) const;
    // The plan's factor of this id, else the library's: FactorResolver::find in constant time.
    const EmissionFactor *findFactor(const QString &id) const
    {
        const EmissionFactor *own = m_planFactors.value(id);
        return own ? own : m_library.find(id);
    }

    const Plan &m_plan;
    const FactorLibrary &m_library;
    FactorResolver m_factors; // for the electricity factor
    QHash<QString, const EmissionFactor *> m_planFactors;
    MeasureValidator m_measures;
    MeasureClamping m_clamping; // what the engine would silently cut down
    QSet<QString> m_measureIds;
    PlanProblems m_problems;
    ProblemReport m_report;
};

} // namespace zeroplan
