#include "KeyFigureStrip.h"

#include "PlanDocument.h"
#include "plan/DefaultNames.h"
#include "present/KeyFigures.h"
#include "present/LiveResults.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
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
    m_figures = new QWidget(this);
    // Its width follows the window, not its one-row width: resizeEvent() wraps the figures.
    m_figures->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_grid = new QGridLayout(m_figures);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
    layout->addWidget(m_figures, 1);

    m_baseline = addFigure(
        "baselineFigure", tr("Baseline"),
        tr("Emissions in the base year before any measure: each activity line's amount × its "
           "emission factor, summed over the lines (Baseline page)"));
    m_perResident = addFigure("perResidentFigure", tr("Per resident"),
                              tr("The baseline divided by the population (Community page)"));
    m_perHousehold =
        addFigure("perHouseholdFigure", tr("Per household"),
                  tr("The baseline divided by the number of households (Community page)"));
    m_interim = addFigure(
        "interimFigure", tr("Interim target"),
        tr("The cut of gross emissions reached in the first interim-target year (or by the end "
           "of the plan): (baseline − the scenario's gross emissions that year) ÷ baseline. "
           "Gross is before sinks and credits, so credits cannot buy an interim cut"));
    m_interimCaption = m_interim->parentWidget()->findChild<QLabel *>(QStringLiteral("caption"));
    m_neutrality = addFigure(
        "neutralityFigure", tr("Neutrality"),
        tr("The first year from which net emissions (gross − sinks − credits bought) stay at or "
           "below zero to the end of the plan, against the neutrality target"));
    m_neutralityCaption =
        m_neutrality->parentWidget()->findChild<QLabel *>(QStringLiteral("caption"));
    m_cost = addFigure(
        "costFigure", tr("Total cost (present value)"),
        tr("Investment, running costs and credits bought, less the energy the measures save, "
           "year by year, each year discounted to the base year at the plan's discount rate "
           "(the negative of the NPV)"));
    m_costPerTonne = addFigure("costPerTonneFigure", tr("Cost per tonne abated"),
                               tr("Present cost of the measures that cut or take up emissions, "
                                  "per present tonne; carbon credits bought are not abatement "
                                  "and are left out"));
    arrange(1);

    connect(m_scenarioComboBox, &QComboBox::currentIndexChanged, m_results,
            &LiveResults::setCurrentScenario);
    connect(m_results, &LiveResults::updated, this, [this] {
        refreshScenarios();
        refresh();
    });
    refreshScenarios();
    refresh();
}

QLabel *KeyFigureStrip::addFigure(const char *objectName, const QString &caption,
                                  const QString &howComputed)
{
    auto *box = new QFrame(m_figures);
    box->setToolTip(howComputed);
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
    value->setToolTip(howComputed);
    column->addWidget(captionLabel);
    column->addWidget(value);
    m_boxes.append(box);
    return value;
}

// Lays the boxes out in `rows` rows, filled row by row, left-aligned.
void KeyFigureStrip::arrange(int rows)
{
    m_rows = rows;
    for (QWidget *box : std::as_const(m_boxes))
        m_grid->removeWidget(box);
    const int columns = (int(m_boxes.size()) + rows - 1) / rows;
    for (int i = 0; i < int(m_boxes.size()); ++i)
        m_grid->addWidget(m_boxes.at(i), i / columns, i % columns, Qt::AlignLeft | Qt::AlignTop);
    for (int c = 0; c <= columns; ++c)
        m_grid->setColumnStretch(c, c == columns ? 1 : 0);
}

int KeyFigureStrip::oneRowWidth() const
{
    int width = 0;
    for (const QWidget *box : m_boxes)
        width += box->sizeHint().width();
    return width + m_grid->horizontalSpacing() * int(std::max<qsizetype>(0, m_boxes.size() - 1));
}

// One row if the figures fit beside the scenario box, else two.
void KeyFigureStrip::fitRows()
{
    const int available = width() - m_figures->x() - layout()->contentsMargins().right();
    const int rows = oneRowWidth() > available ? 2 : 1;
    if (rows != m_rows)
        arrange(rows);
}

void KeyFigureStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void KeyFigureStrip::refreshScenarios()
{
    const Plan &plan = m_results->document()->plan();
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names.append(DefaultNames::scenario(s.name));
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
    const KeyFigures figures = KeyFigures::of(m_results->document()->plan(), m_results->result(),
                                              m_results->currentResult());
    m_baseline->setText(figures.baseline);
    m_perResident->setText(figures.perResident);
    m_perHousehold->setText(figures.perHousehold);
    m_interimCaption->setText(figures.interimCaption);
    m_interim->setText(figures.interim);
    m_neutralityCaption->setText(figures.neutralityCaption);
    m_neutrality->setText(figures.neutrality);
    m_cost->setText(figures.cost);
    m_costPerTonne->setText(figures.costPerTonne);
    fitRows(); // the figures' widths follow their text
}

} // namespace zeroplan
