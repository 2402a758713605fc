#include "MeasureImpactPanel.h"

#include "PlanDocument.h"
#include "charts/MeasureColours.h"
#include "charts/RampChart.h"
#include "engine/EngineInput.h"
#include "engine/ScenarioEngine.h"
#include "measures/MeasureCostSummary.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

MeasureImpactPanel::MeasureImpactPanel(LiveResults *results, QWidget *parent)
    : QWidget(parent), m_results(results), m_fullAdoption(new QLabel(this)),
      m_cost(new QLabel(this)), m_inScenario(new QLabel(this)), m_ramp(new RampChart(this))
{
    m_fullAdoption->setObjectName(QStringLiteral("fullAdoptionLabel"));
    m_cost->setObjectName(QStringLiteral("costPerTonneLabel"));
    m_inScenario->setObjectName(QStringLiteral("scenarioImpactLabel"));
    m_ramp->setObjectName(QStringLiteral("rampChart"));
    for (QLabel *label : {m_fullAdoption, m_cost, m_inScenario}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fullAdoption);
    layout->addWidget(m_cost);
    layout->addWidget(m_inScenario);
    layout->addWidget(m_ramp, 1);
    clear();
}

void MeasureImpactPanel::setMeasure(const QString &measureId)
{
    m_measureId = measureId;
}

void MeasureImpactPanel::clear()
{
    m_lastYear.reset();
    m_horizon.reset();
    m_costPerTonne.reset();
    m_lastYearCredits.reset();
    m_horizonCredits.reset();
    m_pricePerCredit.reset();
    m_fullAdoption->clear();
    m_cost->clear();
    m_inScenario->clear();
    m_ramp->setAdoption(0, YearSeries());
}

void MeasureImpactPanel::refresh()
{
    const Plan &plan = m_results->document()->plan();
    clear(); // figures of the measure shown before, or of its previous kind, go
    if (!plan.findMeasure(m_measureId) || plan.yearCount() < 1)
        return;
    showFullAdoption();
    showInScenario();
    showRamp();
}

void MeasureImpactPanel::showFullAdoption()
{
    const Plan &plan = m_results->document()->plan();
    const Measure &measure = *plan.findMeasure(m_measureId);
    // The measure alone at level 1: what it can do without the others taking its share.
    const Scenario alone{measure.name, QString(), {{measure.id, 1.0}}};
    const ScenarioResult r = ScenarioEngine(m_results->library()).runScenario(plan, alone);
    if (r.measures.empty()) {
        clear();
        return;
    }
    const MeasureResult &m = r.measures.front();
    if (m.isCredit()) {
        showCredits(m);
        return;
    }
    const YearSeries abatement = m.abatement();
    m_lastYear = abatement[abatement.size() - 1];
    m_horizon = m.abatedTotal;
    m_costPerTonne = m.costPerTonne;
    const Community &c = plan.community;
    m_fullAdoption->setText(
        tr("<b>At full adoption</b>, on its own: %1 in %2; %3 over %4–%5.")
            .arg(NumberFormat::tonnesPerYear(*m_lastYear), NumberFormat::year(c.horizonEnd),
                 NumberFormat::tonnes(*m_horizon), NumberFormat::year(c.baseYear),
                 NumberFormat::year(c.horizonEnd)));
    if (!m_costPerTonne) {
        m_cost->setText(tr("<b>Cost per tonne:</b> none, as it abates nothing."));
        return;
    }
    if (!MeasureCostSummary::of(measure).isEntered()) {
        // No investment or running cost entered: a cost per tonne of savings alone misleads.
        m_cost->setText(tr("<b>Cost per tonne:</b> cost not entered — enter the investment or "
                           "running cost in the form to see it."));
        return;
    }
    const QString perTonne = NumberFormat::moneyPerTonne(*m_costPerTonne, c.currency);
    const QString rate = NumberFormat::percent(c.discountRate, 1);
    m_cost->setText(
        *m_costPerTonne < 0
            ? tr("<b>Cost per tonne:</b> %1 — it saves %2 in present value (discounted at %3 "
                 "a year).")
                  .arg(perTonne, NumberFormat::money(-m.presentCost, c.currency), rate)
            : tr("<b>Cost per tonne:</b> %1 (present cost %2, discounted at %3 a year).")
                  .arg(perTonne, NumberFormat::money(m.presentCost, c.currency), rate));
}

void MeasureImpactPanel::showCredits(const MeasureResult &m)
{
    const Community &c = m_results->document()->plan().community;
    m_lastYearCredits = m.credit[m.credit.size() - 1];
    m_horizonCredits = m.creditedTotal;
    m_pricePerCredit = m.costPerCredit;
    m_fullAdoption->setText(
        tr("<b>Credits bought at full adoption</b>: %1 in %2; %3 over %4–%5. Credits offset "
           "emissions on paper: they are not abatement.")
            .arg(NumberFormat::tonnesPerYear(*m_lastYearCredits), NumberFormat::year(c.horizonEnd),
                 NumberFormat::tonnes(*m_horizonCredits), NumberFormat::year(c.baseYear),
                 NumberFormat::year(c.horizonEnd)));
    if (!m_pricePerCredit) {
        m_cost->setText(tr("<b>Price per credit:</b> none, as it buys no credits."));
        return;
    }
    m_cost->setText(tr("<b>Price per credit:</b> %1 (present cost %2, discounted at %3 a year).")
                        .arg(NumberFormat::moneyPerTonne(*m_pricePerCredit, c.currency),
                             NumberFormat::money(m.presentCost, c.currency),
                             NumberFormat::percent(c.discountRate, 1)));
}

void MeasureImpactPanel::showInScenario()
{
    const Plan &plan = m_results->document()->plan();
    const int index = m_results->currentScenario();
    const ScenarioResult *result = m_results->currentResult();
    if (index < 0 || !result) {
        m_inScenario->setText(tr("The plan has no scenario to include it in."));
        return;
    }
    const QString scenario = plan.scenarios.at(index).name.toHtmlEscaped();
    const auto found =
        std::find_if(result->measures.cbegin(), result->measures.cend(),
                     [&](const MeasureResult &m) { return m.measureId == m_measureId; });
    if (found == result->measures.cend()) {
        m_inScenario->setText(tr("Not in the scenario “%1”.").arg(scenario));
        return;
    }
    if (found->isCredit()) {
        m_inScenario->setText(
            tr("<b>In “%1”</b>: %2 of credits bought in %3 (an offset, not abatement).")
                .arg(scenario, NumberFormat::tonnesPerYear(found->credit[found->credit.size() - 1]),
                     NumberFormat::year(plan.community.horizonEnd)));
        return;
    }
    const YearSeries abatement = found->abatement();
    QString text = tr("<b>In “%1”</b>, after the measures before it: %2 in %3.")
                       .arg(scenario, NumberFormat::tonnesPerYear(abatement[abatement.size() - 1]),
                            NumberFormat::year(plan.community.horizonEnd));
    // Resident carbon accounts: what the scheme credits beside what it cuts, and the points.
    if (const auto last = found->accountsCredited.size() - 1; last >= 0) {
        text += QStringLiteral("<br>") +
                tr("The scheme credits %1, of which %2 is additional (the cut above); its points "
                   "cost %3 a year.")
                    .arg(NumberFormat::tonnesPerYear(found->accountsCredited[last]),
                         NumberFormat::tonnesPerYear(found->accountsAdditional[last]),
                         NumberFormat::money(found->pointsBudget[last], plan.community.currency));
    }
    m_inScenario->setText(text);
}

void MeasureImpactPanel::showRamp()
{
    const Plan &plan = m_results->document()->plan();
    const Measure &m = *plan.findMeasure(m_measureId);
    m_ramp->setColour(MeasureColours(plan).colour(m.id)); // as in the wedges and the MACC
    m_ramp->setAdoption(plan.community.baseYear,
                        rampCurve(plan.community.baseYear, plan.yearCount(), m.startYear,
                                  m.rampYears, m.rampShape));
}

} // namespace zeroplan
