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

// Whether the scenario meets the plan's neutrality target, always naming the target year;
// neutrality counts from the year net stays at or below zero to the horizon's end.
QString neutralityText(const Plan &plan, const ScenarioResult &s)
{
    const std::optional<int> target = plan.community.targets.neutralityYear;
    const QString horizon = NumberFormat::year(plan.community.horizonEnd);
    const double remaining = s.net.size() > 0 ? s.net[s.net.size() - 1] : 0.0;
    if (!target) {
        if (s.neutralFrom) {
            return PathwayPage::tr("Neutral from %1 (the plan sets no neutrality target)")
                .arg(NumberFormat::year(*s.neutralFrom));
        }
        return PathwayPage::tr("Not neutral by %1 — %2 remain (the plan sets no neutrality "
                               "target)")
            .arg(horizon, NumberFormat::tonnesPerYear(remaining));
    }
    const QString targetYear = NumberFormat::year(*target);
    if (!s.neutralFrom) {
        return PathwayPage::tr("%1 neutrality target missed, %2 remain in %3")
            .arg(targetYear, NumberFormat::tonnesPerYear(remaining), horizon);
    }
    const int from = *s.neutralFrom;
    if (from < *target) {
        return PathwayPage::tr("Neutral from %1, %n year(s) before the %2 target", nullptr,
                               *target - from)
            .arg(NumberFormat::year(from), targetYear);
    }
    if (from == *target) {
        return PathwayPage::tr("Neutral from %1, meeting the %2 target")
            .arg(NumberFormat::year(from), targetYear);
    }
    return PathwayPage::tr("%1 neutrality target missed: neutral only from %2, %n year(s) late",
                           nullptr, from - *target)
        .arg(targetYear, NumberFormat::year(from));
}

// When net dipped to zero and rose again: the year it first got there and the year it rose.
QString reboundText(const ScenarioResult &s)
{
    if (!s.neutralityLost())
        return {};
    const std::optional<int> rebound = s.reboundAfter(*s.neutralityYear);
    if (!rebound)
        return {};
    return PathwayPage::tr("net first fell to zero in %1 but rose above it again in %2")
        .arg(NumberFormat::year(*s.neutralityYear), NumberFormat::year(*rebound));
}

// Each interim cut, met or missed, with the cut asked for and the cut reached.
QString interimText(const ScenarioResult &s)
{
    QStringList outcomes;
    for (const TargetOutcome &t : s.targets) {
        if (t.kind != TargetOutcome::Kind::Interim)
            continue;
        const QString asked = NumberFormat::percent(t.cut);
        const QString reached = NumberFormat::percent(t.reached);
        outcomes.append(
            t.met ? PathwayPage::tr("interim target of a %1 cut by %2 met (%3 cut)")
                        .arg(asked, NumberFormat::year(t.year), reached)
                  : PathwayPage::tr("interim target of a %1 cut by %2 missed (%3 cut, %4 too "
                                    "many)")
                        .arg(asked, NumberFormat::year(t.year), reached,
                             NumberFormat::tonnesPerYear(t.gap())));
    }
    return outcomes.join(PathwayPage::tr("; ", "separator between verdict parts"));
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
    if (scenario ? scenario->baselineEmpty : plan.activities.isEmpty())
        return tr("Add a baseline first: with no emissions recorded there is no pathway to "
                  "judge.");
    if (!scenario)
        return tr("Add a scenario on the Scenarios page to see where it leads.");
    QStringList parts{neutralityText(plan, *scenario)};
    for (const QString &part :
         {reboundText(*scenario), interimText(*scenario), budgetText(*scenario)}) {
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
