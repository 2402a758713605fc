#pragma once

#include "optimise/RobustOptimiser.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace zeroplan {

struct Plan;

// How robust the least-cost choice is (RobustResult, docs/optimiser.md, "Robustness"): in how
// many of the Monte Carlo draws the target can be met at all, and for every candidate how often
// the least-cost choice of a draw uses it and at what mean level. Hidden until a result with
// draws is shown.
// Object names: optimiseRobustLabel, optimiseRobustTable (rows in the plan's order).
class OptimiseRobustTable : public QWidget
{
    Q_OBJECT

public:
    explicit OptimiseRobustTable(QWidget *parent = nullptr);

    // Shows `robust` for the measures of `plan`; hides itself when it has no draws.
    void setResult(const Plan &plan, const RobustResult &robust);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace zeroplan
