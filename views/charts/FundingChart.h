#pragma once

#include "PlanChartView.h"

#include <QList>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

struct FundingPlan;

// The funding plan of a scenario year by year (docs/residents.md, "Funding plan"): what the
// parties that need a funding source spend (solid line) against what the plan's funding
// sources give (dashed), and the shortfall of each year that has one as a red bar. Whole-year
// axis; money in the plan currency (万元 in Chinese for CNY).
class FundingChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit FundingChart(QWidget *parent = nullptr);
    void setPlan(const FundingPlan &plan, int firstYear, const QString &currency);

    QLineSeries *spendingSeries() const { return m_spending; }
    QLineSeries *sourcesSeries() const { return m_sources; }
    QAreaSeries *shortfallSeries() const { return m_shortfall; }
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *moneyAxis() const { return m_money; }

private:
    QValueAxis *m_years = nullptr;
    QValueAxis *m_money = nullptr;
    QLineSeries *m_spending = nullptr;
    QLineSeries *m_sources = nullptr;
    QAreaSeries *m_shortfall = nullptr;
};

} // namespace zeroplan
