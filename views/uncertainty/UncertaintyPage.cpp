#include "UncertaintyPage.h"

#include "PlanDocument.h"
#include "charts/FanChart.h"
#include "charts/TornadoChart.h"
#include "plan/DefaultNames.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ProbabilityWords.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

QLabel *wrappedLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// Results that arrive after the plan changed are kept and marked stale rather than re-run by
// themselves: a run takes both cores for a while, so re-running on every keystroke would
// slow the live pathway the user is editing, and figures that change under a committee's
// eyes are harder to discuss than ones that say "run again". With the seed fixed, undoing
// back to the plan that was run makes the shown figures current again.
UncertaintyPage::UncertaintyPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results), m_fanChart(new FanChart),
      m_tornadoChart(new TornadoChart), m_runButton(new QPushButton(tr("Run simulation"))),
      m_cancelButton(new QPushButton(tr("Cancel"))), m_progressBar(new QProgressBar),
      m_status(wrappedLabel("uncertaintyStatusLabel")),
      m_probability(wrappedLabel("probabilityLabel")),
      m_details(wrappedLabel("uncertaintyDetailsLabel")),
      m_stale(wrappedLabel("uncertaintyStaleLabel"))
{
    setObjectName(QStringLiteral("uncertaintyPage"));
    m_fanChart->setObjectName(QStringLiteral("fanChart"));
    m_tornadoChart->setObjectName(QStringLiteral("tornadoChart"));
    m_runButton->setObjectName(QStringLiteral("runUncertaintyButton"));
    const int samples = UncertaintyRun::kSamples;
    m_runButton->setToolTip(tr("Simulate %1 futures of the current scenario from its measures' "
                               "low, likely and high values")
                                .arg(NumberFormat::number(samples)));
    m_cancelButton->setObjectName(QStringLiteral("cancelUncertaintyButton"));
    m_progressBar->setObjectName(QStringLiteral("uncertaintyProgressBar"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    QFont larger = m_probability->font();
    if (larger.pointSizeF() > 0) { // not for a font sized in pixels
        larger.setPointSizeF(larger.pointSizeF() * 1.2);
        m_probability->setFont(larger);
    }
    m_stale->setStyleSheet(QStringLiteral("color: #a15c00"));
    m_stale->setText(tr("Results are for the plan before your last edit — run again."));
    m_stale->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_runButton);
    controls->addWidget(m_progressBar, 1);
    controls->addWidget(m_cancelButton);
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_fanChart);
    charts->addWidget(m_tornadoChart);
    // Half each: the tornado needs the room for its rows' labels (measure and parameter).
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setSizes({1000, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_probability);
    layout->addWidget(m_details);
    layout->addWidget(m_stale);
    layout->addWidget(charts, 1);

    connect(m_runButton, &QPushButton::clicked, this, &UncertaintyPage::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &UncertaintyPage::cancelRun);
    connect(&m_run, &UncertaintyRun::progress, this, &UncertaintyPage::onProgress);
    connect(&m_run, &UncertaintyRun::finished, this, &UncertaintyPage::onFinished);
    connect(&m_run, &UncertaintyRun::cancelled, this, &UncertaintyPage::onCancelled);
    connect(results, &LiveResults::updated, this, &UncertaintyPage::updateStale);
    setRunning(false);
    showOutcome();
}

bool UncertaintyPage::isStale() const
{
    return m_outcome &&
           (m_shown.scenario != m_results->currentScenario() || m_shown.plan != m_document->plan());
}

void UncertaintyPage::startRun()
{
    const int scenario = m_results->currentScenario();
    const Plan &plan = m_document->plan();
    m_running = {plan, scenario,
                 scenario >= 0 ? DefaultNames::scenario(plan.scenarios.at(scenario).name)
                               : tr("business as usual")};
    // Compiled here, on the GUI thread, from the plan as it is now; the worker gets a copy.
    m_run.start(m_results->compileCurrent());
    m_progressBar->setValue(0);
    m_status->setText(tr("Simulating \"%1\"…").arg(m_running.scenarioName));
    setRunning(true);
}

void UncertaintyPage::cancelRun()
{
    m_run.cancel();
    m_status->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void UncertaintyPage::onProgress(int percent)
{
    m_progressBar->setValue(percent);
}

void UncertaintyPage::onFinished(const UncertaintyOutcome &outcome)
{
    m_outcome = outcome;
    m_shown = m_running;
    m_progressBar->setValue(100);
    m_status->setText(tr("Done."));
    setRunning(false);
    showOutcome();
}

void UncertaintyPage::onCancelled()
{
    m_progressBar->setValue(0);
    m_status->setText(m_outcome ? tr("Cancelled; the results below are from the previous run.")
                                : tr("Cancelled."));
    setRunning(false);
}

void UncertaintyPage::showOutcome()
{
    if (!m_outcome) {
        const int samples = UncertaintyRun::kSamples;
        const QString hint = tr("Press Run simulation to see how sure the path is: %1 futures "
                                "drawn from the measures' low, likely and high values.")
                                 .arg(NumberFormat::number(samples));
        m_probability->setText(hint);
        m_details->clear();
        m_fanChart->clear(tr("Run the simulation to see the range of net emissions."));
        m_tornadoChart->clear(tr("Run the simulation to see which values matter most."));
        updateStale();
        return;
    }
    const UncertaintyResult &u = m_outcome->uncertainty;
    m_probability->setText(ProbabilityWords::sentence(u.targetYear, u.pNeutralByTarget));
    const QString futures = NumberFormat::number(u.samples);
    const QString seed = QString::number(u.seed);
    QString details = tr("Scenario \"%1\": %2 simulated futures, seed %3, triangular "
                         "distributions over %n uncertain value(s).",
                         nullptr, m_outcome->uncertainParameters)
                          .arg(m_shown.scenarioName, futures, seed);
    if (m_outcome->uncertainParameters == 0)
        details += QLatin1Char(' ') + tr("No measure has a low–high range, so every future is "
                                         "the same.");
    m_details->setText(details);
    m_fanChart->setUncertainty(m_outcome->firstYear, u);
    if (m_outcome->sensitivity.bars.empty())
        m_tornadoChart->clear(tr("No measure has a low–high range to vary."));
    else {
        // The kinds, so a key two kinds share ("share") gets the right parameter name.
        QHash<QString, MeasureKind> kinds;
        for (const Measure &m : m_document->plan().measures)
            kinds.insert(m.id, m.kind);
        m_tornadoChart->setMeasureKinds(kinds);
        m_tornadoChart->setSensitivity(m_outcome->sensitivity);
    }
    updateStale();
}

void UncertaintyPage::updateStale()
{
    m_stale->setVisible(isStale());
}

void UncertaintyPage::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

} // namespace zeroplan
