#pragma once

#include "optimise/OptimiseRequest.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace zeroplan {

struct Plan;

// The most each payer may invest over the plan's years (OptimiseRequest::payerBudgets): one row
// per party that the plan's payer splits make pay for some measure's investment (Residents
// page, Who pays), a check box beside its name (limited or not) and the amount. A plan whose
// investment nobody is named to pay says so instead. Choices are kept by party when the plan
// changes.
// Object names: payerLimitsTable (the party is the Qt::UserRole of column 0, as an int),
// payerLimitsHint.
class OptimisePayerLimits : public QWidget
{
    Q_OBJECT

public:
    explicit OptimisePayerLimits(QWidget *parent = nullptr);

    // Shows the parties `plan` makes pay, keeping the limits set for those still there.
    void setPlan(const Plan &plan);
    // The limits ticked, in the rows' order.
    QList<OptimisePayerBudget> budgets() const;

private:
    struct Limit
    {
        bool on = false;
        double amount = 0;
    };
    void remember();

    QTableWidget *m_table;
    QLabel *m_hint;
    QString m_currency;
    QHash<int, Limit> m_limits; // by Party, as the rows last showed them
};

} // namespace zeroplan
