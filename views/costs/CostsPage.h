#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace zeroplan {

class PlanDocument;
class LiveResults;
class MaccChart;
class MeasureCostModel;
class MeasureCostSortModel;

// What the current scenario's measures cost: the marginal abatement cost curve on top and a
// sortable table of each measure's capex, opex, savings, NPV, tCO₂e abated and cost per
// tonne, with totals. Follows LiveResults; redraws only while visible.
// Object names: costsPage, maccChart, measureCostView, costsSummaryLabel, costsEmptyLabel.
class CostsPage : public QWidget
{
    Q_OBJECT

public:
    CostsPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    MeasureCostModel *costModel() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onUpdated();
    void refresh();
    QString summary() const;

    PlanDocument *m_document;
    LiveResults *m_results;
    MeasureCostModel *m_model;
    MeasureCostSortModel *m_sortModel;
    MaccChart *m_chart;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    bool m_stale = false; // results changed while the page was hidden
};

} // namespace zeroplan
