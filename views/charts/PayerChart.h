#pragma once

#include "PlanChartView.h"

#include <QList>
#include <QString>
#include <QStringList>

class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

namespace zeroplan {

struct PayerTable;

// Who pays and who saves over the plan's horizon (docs/residents.md, "the payers"): a row per
// party, top to bottom in the order of the payer table, with three bars laid on their side —
// what it pays (investment + running cost), the bill savings it receives, and its net present
// value at the plan's discount rate. Money in the plan currency (万元 in Chinese for CNY);
// hovering a bar names the party and the amount.
class PayerChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit PayerChart(QWidget *parent = nullptr);
    // `total`: a scenario's payer table; `firstYear`..`lastYear` the horizon it covers.
    void setTable(const PayerTable &total, int firstYear, int lastYear, const QString &currency);

    QStringList partyLabels() const { return m_labels; } // top first
    // One bar per party, top first: paid, savings received, NPV.
    QList<QAreaSeries *> paidBars() const { return m_paid; }
    QList<QAreaSeries *> savingsBars() const { return m_savings; }
    QList<QAreaSeries *> npvBars() const { return m_npv; }
    QValueAxis *moneyAxis() const { return m_money; }

private:
    void resizeBars(int count);

    QCategoryAxis *m_parties = nullptr;
    QValueAxis *m_money = nullptr;
    QList<QAreaSeries *> m_paid;
    QList<QAreaSeries *> m_savings;
    QList<QAreaSeries *> m_npv;
    QStringList m_labels;
};

} // namespace zeroplan
