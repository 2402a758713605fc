#include "PathwayPage.h"

#include "PlanDocument.h"
#include "charts/CumulativeChart.h"
#include "charts/MeasureColours.h"
#include "charts/PathwayChart.h"
#include "charts/WedgeChart.h"
#include "present/LiveResults.h"
#include "present/PathwayVerdict.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace zeroplan {

PathwayPage::PathwayPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results)
{
    setObjectName(QStringLiteral("pathwayPage"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("pathwayVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true); // the page's answer: read first
    m_verdict->setFont(verdictFont);
    m_pathway = new PathwayChart;
    m_pathway->setObjectName(QStringLiteral("pathwayChart"));
    m_wedges = new WedgeChart;
    m_wedges->setObjectName(QStringLiteral("wedgeChart"));
    m_cumulative = new CumulativeChart;
    m_cumulative->setObjectName(QStringLiteral("cumulativeChart"));

    // One chart per tab, each at the page's full size: at 1366×768 three charts side by side
    // leave the wedge legend no room for a dozen measure names.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pathwayChartsTabWidget"));
    m_tabs->addTab(m_pathway, tr("Pathway"));
    m_tabs->addTab(m_wedges, tr("Wedges by measure"));
    m_tabs->addTab(m_cumulative, tr("Cumulative and budget"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tabs, 1);

    connect(results, &LiveResults::updated, this, &PathwayPage::onResultsUpdated);
}

void PathwayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PathwayPage::onResultsUpdated()
{
    // Hidden pages only take note; showEvent draws them when they are next looked at.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void PathwayPage::refresh()
{
    m_stale = false;
    const Plan &plan = m_document->plan();
    const PlanResult &result = m_results->result();
    const ScenarioResult *current = m_results->currentResult();
    m_pathway->setResults(plan, result, m_results->currentScenario());
    m_wedges->setResults(result, current, MeasureColours(plan));
    m_cumulative->setResults(result, current, plan.community.targets.carbonBudget);
    m_verdict->setText(PathwayVerdict::text(plan, current));
}

} // namespace zeroplan
