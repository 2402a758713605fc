#include "KeyFigureStrip.h"

#include "PlanDocument.h"
#include "common/LiveResults.h"
#include "common/NumberFormat.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace zeroplan {

KeyFigureStrip::KeyFigureStrip(LiveResults *results, QWidget *parent)
    : QWidget(parent), m_results(results)
{
    setObjectName(QStringLiteral("keyFigureStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);

    auto *scenarioBox = new QVBoxLayout;
    auto *scenarioCaption = new QLabel(tr("Scenario"), this);
    scenarioCaption->setStyleSheet(QStringLiteral("color: #555;"));
    m_scenarioComboBox = new QComboBox(this);
    m_scenarioComboBox->setObjectName(QStringLiteral("scenarioComboBox"));
    m_scenarioComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioComboBox->setToolTip(tr("The scenario the figures, the Pathway, Costs and "
                                      "Uncertainty pages show"));
    scenarioBox->addWidget(scenarioCaption);
    scenarioBox->addWidget(m_scenarioComboBox);
    layout->addLayout(scenarioBox);

    m_baseline = addFigure("baselineFigure", tr("Baseline"));
    m_perResident = addFigure("perResidentFigure", tr("Per resident"));
    m_perHousehold = addFigure("perHouseholdFigure", tr("Per household"));
    m_interim = addFigure("interimFigure", tr("Interim target"));
    m_interimCaption = m_interim->parentWidget()->findChild<QLabel *>(QStringLiteral("caption"));
    m_neutrality = addFigure("neutralityFigure", tr("Neutrality"));
    m_cost = addFigure("costFigure", tr("Total cost (present value)"));
    m_costPerTonne = addFigure("costPerTonneFigure", tr("Cost per tonne"));
    layout->addStretch(1);

    connect(m_scenarioComboBox, &QComboBox::currentIndexChanged, m_results,
            &LiveResults::setCurrentScenario);
    connect(m_results, &LiveResults::updated, this, [this] {
        refreshScenarios();
        refresh();
    });
    refreshScenarios();
    refresh();
}

QLabel *KeyFigureStrip::addFigure(const char *objectName, const QString &caption)
{
    auto *box = new QFrame(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *captionLabel = new QLabel(caption, box);
    captionLabel->setObjectName(QStringLiteral("caption"));
    captionLabel->setStyleSheet(QStringLiteral("color: #555;"));
    auto *value = new QLabel(box);
    value->setObjectName(QString::fromLatin1(objectName));
    QFont font = value->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(captionLabel);
    column->addWidget(value);
    static_cast<QHBoxLayout *>(layout())->addWidget(box);
    return value;
}

void KeyFigureStrip::refreshScenarios()
{
    const Plan &plan = m_results->document()->plan();
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names.append(s.name);
    QStringList shown;
    for (int i = 0; i < m_scenarioComboBox->count(); ++i)
        shown.append(m_scenarioComboBox->itemText(i));
    const QSignalBlocker blocker(m_scenarioComboBox);
    if (names != shown) {
        m_scenarioComboBox->clear();
        m_scenarioComboBox->addItems(names);
    }
    m_scenarioComboBox->setCurrentIndex(m_results->currentScenario());
    m_scenarioComboBox->setEnabled(!names.isEmpty());
}

void KeyFigureStrip::refresh()
{
    const Plan &plan = m_results->document()->plan();
    const PlanResult &result = m_results->result();
    const double baseline = result.bauGross.size() > 0 ? result.bauGross[0] : 0.0;
    const auto perUnit = [&](double count) {
        return count > 0 ? NumberFormat::tonnes(baseline / count) : tr("—");
    };
    m_baseline->setText(NumberFormat::tonnesPerYear(baseline));
    m_perResident->setText(perUnit(plan.community.population));
    m_perHousehold->setText(perUnit(plan.community.households));

    QString caption;
    m_interim->setText(interimFigure(&caption));
    m_interimCaption->setText(caption);

    const ScenarioResult *scenario = m_results->currentResult();
    if (!scenario) {
        m_neutrality->setText(tr("no scenario"));
        m_cost->setText(tr("—"));
        m_costPerTonne->setText(tr("—"));
        return;
    }
    m_neutrality->setText(scenario->neutralityYear
                              ? tr("reached in %1").arg(NumberFormat::year(*scenario->neutralityYear))
                              : tr("not reached by %1")
                                    .arg(NumberFormat::year(plan.community.horizonEnd)));
    const QString &currency = plan.community.currency;
    m_cost->setText(NumberFormat::money(scenario->presentCost, currency));
    m_costPerTonne->setText(scenario->costPerTonne
                                ? NumberFormat::moneyPerTonne(*scenario->costPerTonne, currency)
                                : tr("—"));
}

// The cut of gross emissions from the base year reached in the first interim-target year,
// against the target's cut; without interim targets, the cut reached by the horizon's end.
QString KeyFigureStrip::interimFigure(QString *caption) const
{
    const Plan &plan = m_results->document()->plan();
    const PlanResult &result = m_results->result();
    const ScenarioResult *scenario = m_results->currentResult();
    const QList<InterimTarget> &interim = plan.community.targets.interim;
    const int year = interim.isEmpty() ? plan.community.horizonEnd : interim.first().year;
    *caption = interim.isEmpty() ? tr("Cut by %1").arg(NumberFormat::year(year))
                                 : tr("Cut by %1 (target %2)")
                                       .arg(NumberFormat::year(year),
                                            NumberFormat::percent(interim.first().cut));
    if (!scenario || result.bauGross.size() == 0 || result.bauGross[0] <= 0 ||
        year < result.years.front() || year > result.years.back())
        return tr("—");
    const double base = result.bauGross[0];
    const double cut = (base - scenario->gross[result.yearIndex(year)]) / base;
    if (interim.isEmpty())
        return NumberFormat::percent(cut);
    return cut + 1e-9 >= interim.first().cut ? tr("%1 — met").arg(NumberFormat::percent(cut))
                                             : tr("%1 — missed").arg(NumberFormat::percent(cut));
}

} // namespace zeroplan
