#pragma once

#include "optimise/OptimiseRequest.h"
#include "optimise/OptimiseResult.h"
#include "optimise/RobustOptimiser.h"
#include "plan/Plan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace zeroplan {

class FactorLibrary;
class MaccChart;
class OptimiseRobustTable;

// What the optimiser found, for the Optimise page: the outcome in words (optimal, or infeasible
// with the smallest budget or earliest year that would do, or the request's error), the method
// (exact, or greedy in N groups) and the marginal cost of the target; the least-cost choice and
// the alternatives in a list; for the one selected, its measures and levels with their cost,
// its figures (present cost, investment, cost per tonne, net in the target year, neutrality
// year) and a MACC of its measures, each run by the engine as a scenario of its own; with
// robustness, how often each candidate is chosen over the draws (OptimiseRobustTable).
// Object names: optimiseOutcomeLabel, optimiseChoiceList, optimiseChosenTable,
// optimiseFiguresLabel, optimiseMaccChart, createOptimisedScenarioButton and those of
// OptimiseRobustTable.
class OptimiseResultView : public QWidget
{
    Q_OBJECT

public:
    explicit OptimiseResultView(const FactorLibrary &library, QWidget *parent = nullptr);

    // Shows `result` of `request` on `plan` (the plan as the run saw it), and `robust` when it
    // has draws.
    void setResult(const Plan &plan, const OptimiseRequest &request, const OptimiseResult &result,
                   const RobustResult &robust = {});
    // Nothing to show: `text` says why.
    void clear(const QString &text);
    // The portfolio selected in the list (the least-cost one first), or none.
    const Portfolio *selectedPortfolio() const;
    // 0 for the least-cost choice, k for alternative k; -1 for none.
    int selectedChoice() const;
    // Whether Create Scenario may be used (a choice is shown and the plan still fits it).
    void setCreateEnabled(bool enabled);

signals:
    void createScenarioRequested();

private:
    QString outcomeText() const;
    QString methodText() const;
    void showChoice(int choice);

    const FactorLibrary &m_library;
    QLabel *m_outcome;
    QListWidget *m_choices;
    QTableWidget *m_table;
    QLabel *m_figures;
    MaccChart *m_macc;
    OptimiseRobustTable *m_robust;
    QPushButton *m_create;
    bool m_createAllowed = true;

    Plan m_plan;
    OptimiseRequest m_request;
    OptimiseResult m_result;
    bool m_hasResult = false;
};

} // namespace zeroplan
