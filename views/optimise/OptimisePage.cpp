#include "OptimisePage.h"

#include "AddRemoveScenario.h"
#include "ChangeEvent.h"
#include "OptimiseCandidateTable.h"
#include "OptimisePayerLimits.h"
#include "OptimiseResultView.h"
#include "PlanDocument.h"
#include "common/UniqueName.h"
#include "measures/MeasureCatalogue.h"
#include "plan/DefaultNames.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {
namespace {

constexpr int kMaxAlternatives = 10; // as zeroplan-cli optimise --alternatives
constexpr int kMaxDraws = 10000;     // as zeroplan-cli optimise --robust
constexpr quint64 kRobustSeed = 1;   // as zeroplan-cli optimise --seed's default

QLabel *wrappedLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A column that scrolls up and down when the page is shorter than the column. It keeps the
// column's own minimum width (and the scroll bar's), so nothing in it is clipped sideways.
QScrollArea *verticalScrollArea(QWidget *column, const QString &name)
{
    auto *area = new QScrollArea;
    area->setObjectName(name);
    area->setWidget(column);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setMinimumWidth(column->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
    return area;
}

template <typename T> T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

// The plan as the optimiser reads it: its scenarios play no part (a scenario created from the
// result must not make the result stale).
Plan withoutScenarios(Plan plan)
{
    plan.scenarios.clear();
    return plan;
}

// The names a new scenario must not take: as stored and as shown (ScenariosPage does the same).
QStringList takenNames(const Plan &plan)
{
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names << s.name << DefaultNames::scenario(s.name);
    return names;
}

// Fills a measure picker with the plan's measures, keeping the one chosen if it is still there.
// The box may be narrower than a long name: its list opens wide enough for every name, and
// the box's tooltip says the chosen one whole.
void fillMeasures(QComboBox *box, const Plan &plan)
{
    const QString chosen = box->currentData().toString();
    box->clear();
    for (const Measure &m : plan.measures)
        box->addItem(MeasureCatalogue::displayName(m), m.id);
    const int index = box->findData(chosen);
    if (index >= 0)
        box->setCurrentIndex(index);
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) +
                                 box->view()->verticalScrollBar()->sizeHint().width());
    box->setToolTip(box->currentText());
}

} // namespace

OptimisePage::OptimisePage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results),
      m_targetYear(named(new QSpinBox, "targetYearSpinBox")),
      m_targetKind(named(new QComboBox, "targetKindComboBox")),
      m_cut(named(new QDoubleSpinBox, "cutSpinBox")),
      m_budgetOn(named(new QCheckBox(tr("At most")), "budgetCheckBox")),
      m_budget(named(new QDoubleSpinBox, "budgetSpinBox")),
      m_perYearOn(named(new QCheckBox(tr("At most")), "budgetPerYearCheckBox")),
      m_perYear(named(new QDoubleSpinBox, "budgetPerYearSpinBox")),
      m_robustOn(named(new QCheckBox(tr("Check on")), "robustCheckBox")),
      m_robustDraws(named(new QSpinBox, "robustDrawsSpinBox")),
      m_payerLimits(new OptimisePayerLimits),
      m_alternatives(named(new QSpinBox, "alternativesSpinBox")),
      m_prerequisiteOn(named(new QCheckBox(tr("Use")), "prerequisiteCheckBox")),
      m_prerequisiteMeasure(named(new QComboBox, "prerequisiteMeasureComboBox")),
      m_prerequisiteRequired(named(new QComboBox, "prerequisiteRequiredComboBox")),
      m_prerequisiteLevel(named(new QDoubleSpinBox, "prerequisiteLevelSpinBox")),
      m_exclusionOn(named(new QCheckBox(tr("Never")), "exclusionCheckBox")),
      m_exclusionFirst(named(new QComboBox, "exclusionFirstComboBox")),
      m_exclusionSecond(named(new QComboBox, "exclusionSecondComboBox")),
      m_candidates(new OptimiseCandidateTable),
      m_runButton(named(new QPushButton(tr("Run")), "runOptimiseButton")),
      m_cancelButton(named(new QPushButton(tr("Cancel")), "cancelOptimiseButton")),
      m_progressBar(named(new QProgressBar, "optimiseProgressBar")),
      m_message(wrappedLabel("optimiseMessageLabel")),
      m_status(wrappedLabel("optimiseStatusLabel")), m_stale(wrappedLabel("optimiseStaleLabel")),
      m_resultView(new OptimiseResultView(results->library())), m_run(results->library())
{
    setObjectName(QStringLiteral("optimisePage"));
    m_runButton->setToolTip(tr("Find the least-cost levels of the ticked measures that meet the "
                               "target"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    m_stale->setStyleSheet(QStringLiteral("color: #a15c00"));
    m_stale->setText(tr("Results are for the plan before your last edit — run again."));
    m_stale->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildQuestion());
    // Six measures at least in view: the column scrolls before the list shrinks below that.
    m_candidates->setMinimumHeight(m_candidates->horizontalHeader()->sizeHint().height() +
                                   6 * m_candidates->verticalHeader()->defaultSectionSize() +
                                   2 * m_candidates->frameWidth());
    leftLayout->addWidget(m_candidates, 1);
    leftLayout->addWidget(buildRules());
    auto *payers = new QGroupBox(tr("Limits by payer"));
    (new QVBoxLayout(payers))->addWidget(m_payerLimits);
    leftLayout->addWidget(payers);
    // Run, the progress and what went wrong stay in view under the choices, which scroll.
    auto *runColumn = new QWidget;
    auto *runLayout = new QVBoxLayout(runColumn);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(verticalScrollArea(left, QStringLiteral("optimiseChoicesArea")), 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_runButton);
    controls->addWidget(m_progressBar, 1);
    controls->addWidget(m_cancelButton);
    runLayout->addLayout(controls);
    runLayout->addWidget(m_message);
    runLayout->addWidget(m_status);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_stale);
    rightLayout->addWidget(m_resultView, 1);

    // The choices and the results scroll rather than set the page's height: the window must
    // fit a 1366×768 laptop (WindowSize), and either is taller.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(runColumn);
    splitter->addWidget(verticalScrollArea(right, QStringLiteral("optimiseResultArea")));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_runButton, &QPushButton::clicked, this, &OptimisePage::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &OptimisePage::cancelRun);
    connect(&m_run, &OptimiseRun::progress, this, &OptimisePage::onProgress);
    connect(&m_run, &OptimiseRun::robustnessStarted, this, &OptimisePage::onRobustnessStarted);
    connect(&m_run, &OptimiseRun::finished, this, &OptimisePage::onFinished);
    connect(&m_run, &OptimiseRun::cancelled, this, &OptimisePage::onCancelled);
    connect(m_resultView, &OptimiseResultView::createScenarioRequested, this,
            &OptimisePage::createScenario);
    connect(document, &PlanDocument::changed, this, &OptimisePage::onChanged);

    const Plan &plan = document->plan();
    m_targetYear->setRange(plan.community.baseYear, plan.community.horizonEnd);
    m_targetYear->setValue(
        plan.community.targets.neutralityYear.value_or(plan.community.horizonEnd));
    refreshFromPlan();
    m_resultView->clear(tr("Choose the target and the measures, then press Run to find the "
                           "least-cost way to it."));
    setRunning(false);
}

QWidget *OptimisePage::buildQuestion()
{
    const Plan &plan = m_document->plan();
    m_targetYear->setToolTip(tr("The year in which net emissions must meet the target"));
    m_targetKind->addItem(tr("Net zero"));
    m_targetKind->addItem(tr("Cut from base-year emissions"));
    m_cut->setRange(1, 100);
    m_cut->setDecimals(0);
    m_cut->setValue(60);
    m_cut->setSuffix(QStringLiteral(" %"));
    m_cut->setEnabled(false);
    m_cut->setToolTip(tr("Net emissions in the target year at most this much below the base "
                         "year's gross emissions"));
    connect(m_targetKind, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_cut->setEnabled(index == 1); });
    for (QDoubleSpinBox *money : {m_budget, m_perYear}) {
        money->setRange(0, 1e12);
        money->setDecimals(0);
        money->setGroupSeparatorShown(true);
        money->setSingleStep(100000);
        money->setSuffix(QLatin1Char(' ') + NumberFormat::currencyUnit(plan.community.currency));
        money->setEnabled(false);
    }
    m_budget->setToolTip(tr("The most the measures may invest over the plan's years"));
    connect(m_budgetOn, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    m_perYear->setToolTip(tr("The most the measures may invest in any one year"));
    connect(m_perYearOn, &QCheckBox::toggled, m_perYear, &QWidget::setEnabled);
    m_robustDraws->setRange(10, kMaxDraws);
    m_robustDraws->setSingleStep(50);
    m_robustDraws->setValue(200);
    m_robustDraws->setSuffix(tr(" Monte Carlo draws"));
    m_robustDraws->setEnabled(false);
    m_robustOn->setToolTip(tr("Solve again on draws of the measures' low–likely–high values and "
                              "show how often each measure is chosen"));
    connect(m_robustOn, &QCheckBox::toggled, m_robustDraws, &QWidget::setEnabled);
    m_alternatives->setRange(0, kMaxAlternatives);
    m_alternatives->setValue(3);
    m_alternatives->setToolTip(tr("Near-optimal choices within 10 % of the least cost, each as "
                                  "different as possible, so the committee can choose"));

    auto *box = new QGroupBox(tr("Target"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Target year:"), m_targetYear);
    auto *target = new QHBoxLayout;
    target->addWidget(m_targetKind, 1);
    target->addWidget(m_cut);
    form->addRow(tr("Target:"), target);
    auto *budget = new QHBoxLayout;
    budget->addWidget(m_budgetOn);
    budget->addWidget(m_budget, 1);
    form->addRow(tr("Investment budget:"), budget);
    auto *perYear = new QHBoxLayout;
    perYear->addWidget(m_perYearOn);
    perYear->addWidget(m_perYear, 1);
    form->addRow(tr("In any one year:"), perYear);
    form->addRow(tr("Alternatives:"), m_alternatives);
    auto *robust = new QHBoxLayout;
    robust->addWidget(m_robustOn);
    robust->addWidget(m_robustDraws, 1);
    form->addRow(tr("Robustness:"), robust);
    m_interimOn =
        named(new QCheckBox(tr("Also meet the plan's interim targets")), "interimTargetsCheckBox");
    m_interimOn->setToolTip(tr("Gross emissions in each interim target year at most its cut "
                               "below the base year's (Community page)"));
    m_carbonBudgetOn = named(new QCheckBox, "carbonBudgetCheckBox");
    m_carbonBudgetOn->setToolTip(tr("Net emissions summed over the plan's years within its "
                                    "carbon budget (Community page)"));
    m_continuousCreditsOn = named(new QCheckBox(tr("Buy any quantity of credits up to their "
                                                   "highest level")),
                                  "continuousCreditsCheckBox");
    m_continuousCreditsOn->setToolTip(tr("Carbon credits take whatever quantity closes the gap, "
                                         "within the cap their highest level sets, instead of "
                                         "one of their levels"));
    form->addRow(QString(), m_interimOn);
    form->addRow(QString(), m_carbonBudgetOn);
    form->addRow(QString(), m_continuousCreditsOn);
    return box;
}

QWidget *OptimisePage::buildRules()
{
    m_prerequisiteLevel->setRange(0, 100);
    m_prerequisiteLevel->setDecimals(0);
    m_prerequisiteLevel->setValue(50);
    m_prerequisiteLevel->setSuffix(QStringLiteral(" %"));
    m_prerequisiteOn->setToolTip(tr("Use the first measure only if the second is at this level "
                                    "or more (heat pumps only with retrofit at 50 % or more)"));
    m_exclusionOn->setToolTip(tr("Never use both measures"));
    auto *box = new QGroupBox(tr("Rules"));
    auto *grid = new QGridLayout(box);
    grid->addWidget(m_prerequisiteOn, 0, 0);
    grid->addWidget(m_prerequisiteMeasure, 0, 1);
    grid->addWidget(new QLabel(tr("only with")), 0, 2);
    grid->addWidget(m_prerequisiteRequired, 0, 3);
    grid->addWidget(new QLabel(tr("at least")), 0, 4);
    grid->addWidget(m_prerequisiteLevel, 0, 5);
    grid->addWidget(m_exclusionOn, 1, 0);
    grid->addWidget(m_exclusionFirst, 1, 1);
    grid->addWidget(new QLabel(tr("with")), 1, 2);
    grid->addWidget(m_exclusionSecond, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    for (QComboBox *b :
         {m_prerequisiteMeasure, m_prerequisiteRequired, m_exclusionFirst, m_exclusionSecond}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(8);
        connect(b, &QComboBox::currentTextChanged, b, &QWidget::setToolTip);
    }
    return box;
}

void OptimisePage::refreshFromPlan()
{
    const Plan &plan = m_document->plan();
    m_candidates->setPlan(plan);
    for (QComboBox *b :
         {m_prerequisiteMeasure, m_prerequisiteRequired, m_exclusionFirst, m_exclusionSecond})
        fillMeasures(b, plan);
    m_targetYear->setRange(plan.community.baseYear, plan.community.horizonEnd);
    // The plan's own limits, offered when it has them.
    const Targets &targets = plan.community.targets;
    m_interimOn->setEnabled(!targets.interim.isEmpty());
    if (targets.interim.isEmpty())
        m_interimOn->setChecked(false);
    m_carbonBudgetOn->setEnabled(targets.carbonBudget.has_value());
    m_carbonBudgetOn->setText(targets.carbonBudget
                                  ? tr("Also keep within the carbon budget (%1)")
                                        .arg(NumberFormat::tonnes(*targets.carbonBudget))
                                  : tr("Also keep within the carbon budget (the plan has none)"));
    if (!targets.carbonBudget)
        m_carbonBudgetOn->setChecked(false);
    const bool credits =
        std::any_of(plan.measures.cbegin(), plan.measures.cend(),
                    [](const Measure &m) { return MeasureCatalogue::spec(m.kind).traits.credit; });
    m_continuousCreditsOn->setEnabled(credits);
    if (!credits)
        m_continuousCreditsOn->setChecked(false);
    for (QDoubleSpinBox *money : {m_budget, m_perYear})
        money->setSuffix(QLatin1Char(' ') + NumberFormat::currencyUnit(plan.community.currency));
    m_payerLimits->setPlan(plan);
}

void OptimisePage::onChanged(const ChangeEvent &event)
{
    if (event.part == ChangeEvent::Part::Plan || event.part == ChangeEvent::Part::Measures ||
        event.part == ChangeEvent::Part::Community)
        refreshFromPlan();
    updateStale();
}

std::optional<OptimiseRequest> OptimisePage::request(QString *error) const
{
    OptimiseRequest r;
    const std::optional<QList<OptimiseCandidate>> candidates = m_candidates->candidates(error);
    if (!candidates)
        return std::nullopt;
    r.candidates = *candidates;
    r.targetYear = m_targetYear->value();
    if (m_targetKind->currentIndex() == 1) {
        r.target = OptimiseRequest::Target::Cut;
        r.cut = m_cut->value() / 100;
    }
    if (m_budgetOn->isChecked())
        r.budget = m_budget->value();
    if (m_perYearOn->isChecked())
        r.budgetPerYear = m_perYear->value();
    r.payerBudgets = m_payerLimits->budgets();
    const Targets &targets = m_document->plan().community.targets;
    r.interimTargets = m_interimOn->isChecked() && !targets.interim.isEmpty();
    if (m_carbonBudgetOn->isChecked())
        r.carbonBudget = targets.carbonBudget;
    r.alternatives = m_alternatives->value();
    r.continuousCredits = m_continuousCreditsOn->isChecked();
    if (m_prerequisiteOn->isChecked()) {
        const QString measure = m_prerequisiteMeasure->currentData().toString();
        const QString required = m_prerequisiteRequired->currentData().toString();
        if (measure.isEmpty() || measure == required) {
            *error = tr("Rules: a measure cannot be the prerequisite of itself; choose two "
                        "different measures.");
            return std::nullopt;
        }
        r.prerequisites.append({measure, required, m_prerequisiteLevel->value() / 100});
    }
    if (m_exclusionOn->isChecked()) {
        const QString first = m_exclusionFirst->currentData().toString();
        const QString second = m_exclusionSecond->currentData().toString();
        if (first.isEmpty() || first == second) {
            *error = tr("Rules: a measure cannot exclude itself; choose two different "
                        "measures.");
            return std::nullopt;
        }
        r.exclusions.append({first, second});
    }
    return r;
}

void OptimisePage::startRun()
{
    QString error;
    const std::optional<OptimiseRequest> r = request(&error);
    if (!r) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    m_runningPlan = m_document->plan();
    m_runningRequest = *r;
    m_runningDraws = m_robustOn->isChecked() ? m_robustDraws->value() : 0;
    m_run.start(m_runningPlan, m_runningRequest, m_runningDraws, kRobustSeed);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_status->setText(tr("Running every combination of levels through the engine…"));
    setRunning(true);
}

void OptimisePage::cancelRun()
{
    m_run.cancel();
    m_status->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void OptimisePage::onProgress(int done, int total)
{
    m_progressBar->setRange(0, std::max(1, total));
    m_progressBar->setValue(done);
}

void OptimisePage::onRobustnessStarted(int draws)
{
    m_progressBar->setRange(0, draws);
    m_progressBar->setValue(0);
    m_status->setText(tr("Solving again on %n Monte Carlo draw(s)…", nullptr, draws));
}

void OptimisePage::onFinished(const OptimiseResult &result, const RobustResult &robust)
{
    m_progressBar->setValue(m_progressBar->maximum());
    QString status = tr("Done: %n engine run(s).", nullptr, result.optionsEvaluated);
    if (m_runningDraws > 0 && robust.draws == 0)
        status += QLatin1Char(' ') + tr("Robustness was not checked: the target cannot be met.");
    m_status->setText(status);
    m_shownPlan = withoutScenarios(m_runningPlan);
    m_resultView->setResult(m_runningPlan, m_runningRequest, result, robust);
    setRunning(false);
    updateStale();
}

void OptimisePage::onCancelled()
{
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_status->setText(m_shownPlan ? tr("Cancelled; the results shown are from the previous run.")
                                  : tr("Cancelled."));
    setRunning(false);
}

void OptimisePage::createScenario()
{
    const Portfolio *portfolio = m_resultView->selectedPortfolio();
    if (!portfolio || isStale())
        return;
    const int choice = m_resultView->selectedChoice();
    const QString year = NumberFormat::year(m_runningRequest.targetYear);
    const QString base = choice == 0 ? tr("Least cost %1").arg(year)
                                     : tr("Least cost %1, alternative %2").arg(year).arg(choice);
    const Plan &plan = m_document->plan();
    const QString name = UniqueName::make(base, takenNames(plan));
    const QString description =
        choice == 0 ? tr("The least-cost choice of levels found on the Optimise page.")
                    : tr("A near-optimal alternative (within 10 % of the least cost) found on the "
                         "Optimise page.");
    m_document->undoStack()->push(
        new AddScenario(m_document, portfolio->scenario(name, description)));
    m_results->setCurrentScenario(int(m_document->plan().scenarios.size()) - 1);
    m_status->setText(tr("Added the scenario \"%1\"; it is now the current scenario.").arg(name));
}

bool OptimisePage::isStale() const
{
    return m_shownPlan && *m_shownPlan != withoutScenarios(m_document->plan());
}

void OptimisePage::updateStale()
{
    const bool stale = isStale();
    m_stale->setVisible(stale);
    m_resultView->setCreateEnabled(!stale);
}

void OptimisePage::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

void OptimisePage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace zeroplan
