#include "OptimiseResultView.h"

#include "OptimiseRobustTable.h"
#include "charts/MaccChart.h"
#include "charts/MeasureColours.h"
#include "engine/ScenarioEngine.h"
#include "measures/MeasureCatalogue.h"
#include "optimise/ContinuousCredits.h"
#include "optimise/OptimiseLimits.h"
#include "present/NumberFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace zeroplan {
namespace {

QLabel *wrappedLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OptimiseResultView::OptimiseResultView(const FactorLibrary &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_outcome(wrappedLabel("optimiseOutcomeLabel")),
      m_choices(new QListWidget), m_table(new QTableWidget),
      m_figures(wrappedLabel("optimiseFiguresLabel")), m_macc(new MaccChart),
      m_robust(new OptimiseRobustTable), m_create(new QPushButton(tr("Create Scenario from This")))
{
    m_choices->setObjectName(QStringLiteral("optimiseChoiceList"));
    m_choices->setToolTip(tr("The least-cost choice and the near-optimal alternatives: select "
                             "one to see its measures"));
    m_table->setObjectName(QStringLiteral("optimiseChosenTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Level"), tr("Investment"), tr("Present cost"), tr("Cost per tonne")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_macc->setObjectName(QStringLiteral("optimiseMaccChart"));
    m_macc->setMinimumHeight(380); // its legend below, and a plot tall enough for the axis title
    m_macc->setLegendBelow(true);  // the plot and its axis title need the page's width
    m_create->setObjectName(QStringLiteral("createOptimisedScenarioButton"));
    m_create->setToolTip(tr("Add the selected choice to the plan as a new scenario and make it "
                            "the current one"));

    // The choices beside the selected one's figures, and under them its measures at the whole
    // width: the measures' names need it.
    m_choices->setMaximumHeight(m_choices->fontMetrics().lineSpacing() * 6 +
                                4 * m_choices->frameWidth());
    auto *side = new QVBoxLayout;
    side->addWidget(m_figures, 1);
    side->addWidget(m_create, 0, Qt::AlignLeft);
    auto *head = new QHBoxLayout;
    head->addWidget(m_choices);
    head->addLayout(side, 1);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(head);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_robust, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_macc);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);

    connect(m_choices, &QListWidget::currentRowChanged, this, &OptimiseResultView::showChoice);
    connect(m_create, &QPushButton::clicked, this, &OptimiseResultView::createScenarioRequested);
    clear(QString());
}

void OptimiseResultView::clear(const QString &text)
{
    m_hasResult = false;
    m_outcome->setText(text);
    m_robust->setResult(m_plan, RobustResult());
    m_choices->clear();
    showChoice(-1);
}

void OptimiseResultView::setResult(const Plan &plan, const OptimiseRequest &request,
                                   const OptimiseResult &result, const RobustResult &robust)
{
    m_plan = plan;
    m_request = request;
    m_result = result;
    m_hasResult = true;
    m_outcome->setText(outcomeText());
    m_robust->setResult(plan, robust);
    m_choices->clear();
    if (result.outcome == OptimiseResult::Outcome::Optimal) {
        const QString currency = plan.community.currency;
        m_choices->addItem(tr("Least-cost choice: %1")
                               .arg(NumberFormat::money(result.best.presentCost, currency)));
        for (qsizetype k = 0; k < result.alternatives.size(); ++k) {
            const Portfolio &p = result.alternatives.at(k);
            m_choices->addItem(tr("Alternative %1: %2")
                                   .arg(k + 1)
                                   .arg(NumberFormat::money(p.presentCost, currency)));
        }
        // Wide enough for its longest entry ("Least-cost choice: 11,038,205 EUR").
        m_choices->setMinimumWidth(m_choices->sizeHintForColumn(0) + 4 * m_choices->frameWidth() +
                                   m_choices->verticalScrollBar()->sizeHint().width());
        m_choices->setCurrentRow(0);
    } else {
        showChoice(-1);
    }
}

QString OptimiseResultView::methodText() const
{
    const OptimiseResult &r = m_result;
    QString text = r.exact() ? tr("Exact: every combination of levels of the %n interaction "
                                  "group(s) was run by the engine.",
                                  nullptr, r.groups)
                             : tr("%1 of %n interaction group(s) had too many combinations and "
                                  "were searched by the greedy chain; the rest exactly.",
                                  nullptr, r.groups)
                                   .arg(r.heuristicGroups);
    if (const QString credits = ContinuousCreditsText::of(m_plan, r); !credits.isEmpty())
        text += QLatin1Char(' ') + credits;
    return text;
}

QString OptimiseResultView::outcomeText() const
{
    const OptimiseResult &r = m_result;
    const QString currency = m_plan.community.currency;
    switch (r.outcome) {
    case OptimiseResult::Outcome::Invalid:
        return tr("The request cannot be answered: %1").arg(r.error);
    case OptimiseResult::Outcome::Failed:
        return tr("The solver stopped without an answer.");
    case OptimiseResult::Outcome::Cancelled:
        return tr("Cancelled.");
    case OptimiseResult::Outcome::Infeasible: {
        QString text = tr("No choice of levels meets the target.") + QLatin1Char(' ');
        const QString without = OptimiseLimits::feasibleWithoutText(r.feasibleWithout);
        if (!without.isEmpty())
            text += without + QLatin1Char(' ');
        if (r.smallestBudgetPerYear)
            text += tr("It is met with a budget per year of %1 or more.")
                        .arg(NumberFormat::money(roundedUp(*r.smallestBudgetPerYear), currency)) +
                    QLatin1Char(' ');
        for (const OptimisePayerBudget &b : r.smallestPayerBudgets)
            text +=
                tr("It is met if %1 may invest %2 or more.")
                    .arg(partyName(b.payer), NumberFormat::money(roundedUp(b.amount), currency)) +
                QLatin1Char(' ');
        if (r.smallestBudget)
            text += tr("It is met with an investment of %1 or more.")
                        .arg(NumberFormat::money(roundedUp(*r.smallestBudget), currency));
        else if (r.earliestYear)
            text += tr("The earliest year it can be met, at any budget, is %1.")
                        .arg(NumberFormat::year(*r.earliestYear));
        else if (!r.smallestBudgetPerYear && r.smallestPayerBudgets.isEmpty())
            text += tr("It cannot be met in any year of the plan with these measures.");
        return text + QLatin1Char(' ') + methodText();
    }
    case OptimiseResult::Outcome::Optimal:
        break;
    }
    QString text = tr("Optimal: the least-cost choice that meets the target.") + QLatin1Char(' ') +
                   methodText();
    if (r.marginalCostOfTarget)
        text += QLatin1Char(' ') +
                tr("Taking 1 % of base-year emissions more off in %1 would cost %2 more.")
                    .arg(NumberFormat::year(m_request.targetYear),
                         NumberFormat::money(*r.marginalCostOfTarget, currency));
    if (r.marginalValueOfBudget && m_request.budget)
        text +=
            QLatin1Char(' ') + tr("A budget 1 % larger (%1) would lower the present cost by %2.")
                                   .arg(NumberFormat::money(*m_request.budget * 1.01, currency),
                                        NumberFormat::money(*r.marginalValueOfBudget, currency));
    return text;
}

int OptimiseResultView::selectedChoice() const
{
    return m_hasResult && m_result.outcome == OptimiseResult::Outcome::Optimal
               ? m_choices->currentRow()
               : -1;
}

const Portfolio *OptimiseResultView::selectedPortfolio() const
{
    const int choice = selectedChoice();
    if (choice < 0)
        return nullptr;
    return choice == 0 ? &m_result.best : &m_result.alternatives.at(choice - 1);
}

void OptimiseResultView::setCreateEnabled(bool enabled)
{
    m_createAllowed = enabled;
    m_create->setEnabled(enabled && selectedPortfolio());
}

void OptimiseResultView::showChoice(int)
{
    const Portfolio *portfolio = selectedPortfolio();
    m_create->setEnabled(m_createAllowed && portfolio);
    m_table->setRowCount(0);
    if (!portfolio) {
        m_figures->clear();
        m_macc->setPoints({}, m_plan.community.currency);
        return;
    }
    // The choice as a scenario of its own, through the engine: its measures' costs and MACC.
    const QString currency = m_plan.community.currency;
    const ScenarioResult run =
        ScenarioEngine(m_library).runScenario(m_plan, portfolio->scenario(QString()));
    m_table->setRowCount(int(portfolio->levels.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const ScenarioMeasure &chosen = portfolio->levels.at(r);
        const Measure *measure = m_plan.findMeasure(chosen.measure);
        m_table->setItem(r, 0,
                         new QTableWidgetItem(measure ? MeasureCatalogue::displayName(*measure)
                                                      : chosen.measure));
        // A level that is no whole percent (credits bought as any quantity, a level typed as
        // 12.5) shows to a tenth of a percent.
        const double percent = chosen.level * 100;
        const int decimals = std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1;
        m_table->setItem(r, 1, figureItem(NumberFormat::percent(chosen.level, decimals)));
        const auto it =
            std::find_if(run.measures.cbegin(), run.measures.cend(),
                         [&](const MeasureResult &m) { return m.measureId == chosen.measure; });
        if (it == run.measures.cend())
            continue;
        m_table->setItem(r, 2, figureItem(NumberFormat::money(it->capex.sum(), currency)));
        m_table->setItem(r, 3, figureItem(NumberFormat::money(it->presentCost, currency)));
        const std::optional<double> perTonne =
            it->isCredit() ? it->costPerCredit : it->costPerTonne;
        m_table->setItem(
            r, 4,
            figureItem(perTonne ? NumberFormat::moneyPerTonne(*perTonne, currency) : tr("—")));
    }
    const int year = m_request.targetYear;
    QString figures =
        tr("Present cost %1; investment %2; net emissions in %3: %4 (the target allows %5).")
            .arg(NumberFormat::money(portfolio->presentCost, currency),
                 NumberFormat::money(portfolio->capex, currency), NumberFormat::year(year),
                 NumberFormat::tonnes(portfolio->targetNet), NumberFormat::tonnes(m_result.limit));
    figures +=
        QLatin1Char(' ') + (run.costPerTonne
                                ? tr("Cost per tonne abated: %1.")
                                      .arg(NumberFormat::moneyPerTonne(*run.costPerTonne, currency))
                                : tr("It abates nothing."));
    figures +=
        QLatin1Char(' ') +
        (run.neutralityYear ? tr("Net zero from %1.").arg(NumberFormat::year(*run.neutralityYear))
                            : tr("Not net zero within the plan's years."));
    if (portfolio->levels.isEmpty())
        figures += QLatin1Char(' ') + tr("Business as usual already meets the target.");
    m_figures->setText(figures);
    m_macc->setPoints(run.macc(), currency, run.creditPoints(), MeasureColours(m_plan));
}

} // namespace zeroplan
