#include "PathwayPage.h"

#include "PlanDocument.h"
#include "charts/CumulativeChart.h"
#include "charts/PathwayChart.h"
#include "charts/WedgeChart.h"
#include "common/LiveResults.h"
#include "common/NumberFormat.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

QString neutralityText(const Plan &plan, const ScenarioResult &s)
{
    const std::optional<int> target = plan.community.targets.neutralityYear;
    if (!s.neutralityYear) {
        const double remaining = s.net.size() > 0 ? s.net[s.net.size() - 1] : 0.0;
        return PathwayPage::tr("Not neutral by %1 — %2 remain")
            .arg(NumberFormat::year(plan.community.horizonEnd),
                 NumberFormat::tonnesPerYear(remaining));
    }
    const int year = *s.neutralityYear;
    if (!target)
        return PathwayPage::tr("Neutral in %1").arg(NumberFormat::year(year));
    if (year <= *target) {
        return PathwayPage::tr("Neutral in %1, meeting the %2 target")
            .arg(NumberFormat::year(year), NumberFormat::year(*target));
    }
    const int late = year - *target;
    return PathwayPage::tr("Neutral in %1, %n year(s) after the %2 target", nullptr, late)
        .arg(NumberFormat::year(year), NumberFormat::year(*target));
}

QString interimText(const ScenarioResult &s)
{
    QStringList outcomes;
    for (const TargetOutcome &t : s.targets) {
        if (t.kind != TargetOutcome::Kind::Interim)
            continue;
        outcomes.append(
            t.met ? PathwayPage::tr("%1 met").arg(NumberFormat::year(t.year))
                  : PathwayPage::tr("%1 missed by %2")
                        .arg(NumberFormat::year(t.year), NumberFormat::tonnesPerYear(t.gap())));
    }
    if (outcomes.isEmpty())
        return {};
    const int count = int(outcomes.size());
    return PathwayPage::tr("interim target(s): %1", nullptr, count)
        .arg(outcomes.join(PathwayPage::tr(", ", "list separator")));
}

QString budgetText(const ScenarioResult &s)
{
    for (const TargetOutcome &t : s.targets) {
        if (t.kind != TargetOutcome::Kind::CarbonBudget)
            continue;
        return t.met ? PathwayPage::tr("carbon budget kept")
                     : PathwayPage::tr("carbon budget overshot by %1")
                           .arg(NumberFormat::tonnes(t.gap()));
    }
    return {};
}

} // namespace

QString PathwayPage::verdict(const Plan &plan, const ScenarioResult *scenario)
{
    if (!scenario)
        return tr("Add a scenario on the Scenarios page to see where it leads.");
    QStringList parts{neutralityText(plan, *scenario)};
    for (const QString &part : {interimText(*scenario), budgetText(*scenario)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return tr("%1: %2.", "scenario name, what it reaches")
        .arg(scenario->name, parts.join(tr("; ", "separator between verdict parts")));
}

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
    m_wedges->setResults(result, current);
    m_cumulative->setResults(result, current, plan.community.targets.carbonBudget);
    m_verdict->setText(verdict(plan, current));
}

} // namespace zeroplan
