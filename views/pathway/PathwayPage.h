#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace zeroplan {

class CumulativeChart;
class LiveResults;
class PathwayChart;
class PlanDocument;
struct Plan;
struct ScenarioResult;
class WedgeChart;

// Where the plan leads: the emissions pathway of every scenario against the targets, the
// wedges of the current scenario's measures, its cumulative emissions against the carbon
// budget, and one line saying whether the current scenario gets there.
class PathwayPage : public QWidget
{
    Q_OBJECT

public:
    PathwayPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    PathwayChart *pathwayChart() const { return m_pathway; }
    WedgeChart *wedgeChart() const { return m_wedges; }
    CumulativeChart *cumulativeChart() const { return m_cumulative; }
    QTabWidget *chartTabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onResultsUpdated();
    void refresh();

    PlanDocument *m_document;
    LiveResults *m_results;
    QLabel *m_verdict = nullptr;
    QTabWidget *m_tabs = nullptr;
    PathwayChart *m_pathway = nullptr;
    WedgeChart *m_wedges = nullptr;
    CumulativeChart *m_cumulative = nullptr;
    bool m_stale = true; // results changed while the page was hidden
};

} // namespace zeroplan
