#include "ScenarioValuesPanel.h"

#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "ScenarioValueEdit.h"
#include "measures/MeasureCatalogue.h"
#include "plan/DefaultNames.h"
#include "plan/ScenarioValues.h"
#include "present/ScenarioValueText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

enum Column
{
    MeasureColumn,
    FieldColumn,
    ScenarioColumn,
    EveryColumn,
    FromColumn,
    ColumnCount
};

constexpr int kMeasureRole = Qt::UserRole;
constexpr int kFieldRole = Qt::UserRole + 1;
constexpr int kOwnRole = Qt::UserRole + 2;

} // namespace

ScenarioValuesPanel::ScenarioValuesPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_base(new QComboBox(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_clear(new QPushButton(tr("Use &Inherited Value"), this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioValuesPanel"));
    m_base->setObjectName(QStringLiteral("scenarioBaseCombo"));
    m_base->setToolTip(tr("A scenario based on another takes that one's values of measures and "
                          "sets only what differs"));
    m_table->setObjectName(QStringLiteral("scenarioValuesTable"));
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Value"), tr("In this scenario"),
                                        tr("In every scenario"), tr("Set by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_clear->setObjectName(QStringLiteral("clearScenarioValueButton"));
    m_clear->setToolTip(tr("This scenario takes its base's value again (else every scenario's)"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This scenario runs every measure with the values the Measures page "
                        "gives every scenario. To give it a value of its own (a smaller solar "
                        "array, a later start), choose this scenario under “Values for:” above the "
                        "measure's values on the Measures page."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Based on:"), m_base);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_base, &QComboBox::activated, this, &ScenarioValuesPanel::baseChosen);
    connect(m_clear, &QPushButton::clicked, this, &ScenarioValuesPanel::clearSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScenarioValuesPanel::updateButton);
}

void ScenarioValuesPanel::setScenario(int index)
{
    m_scenario = index;
    refresh();
}

void ScenarioValuesPanel::refresh()
{
    const Plan &plan = m_document->plan();
    const bool any = m_scenario >= 0 && m_scenario < plan.scenarios.size();
    setEnabled(any);
    {
        const QSignalBlocker blocker(m_base);
        m_base->clear();
        m_base->addItem(tr("— none: every scenario's values —"), QString());
        if (any) {
            const Scenario &s = plan.scenarios.at(m_scenario);
            // Not itself, nor one based on it (that would go round in a circle).
            for (const Scenario &other : plan.scenarios) {
                const QList<const Scenario *> up = ScenarioValues::ancestors(plan, other);
                const bool below = std::any_of(
                    up.cbegin(), up.cend(), [&](const Scenario *a) { return a->name == s.name; });
                if (other.name != s.name && !below)
                    m_base->addItem(DefaultNames::scenario(other.name), other.name);
            }
            const int row = m_base->findData(s.basedOn);
            m_base->setCurrentIndex(std::max(0, row));
        }
    }
    QList<ScenarioOverride> values;
    QStringList origins;
    if (any)
        values = ScenarioValues::effective(plan, plan.scenarios.at(m_scenario), &origins);
    const QString own = any ? plan.scenarios.at(m_scenario).name : QString();
    const QString currency = plan.community.currency;
    m_table->setRowCount(int(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const ScenarioOverride &v = values[i];
        const Measure *m = plan.findMeasure(v.measure);
        const bool mine = origins[i] == own;
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(kMeasureRole, v.measure);
            item->setData(kFieldRole, v.field);
            item->setData(kOwnRole, mine);
            if (mine && column == ScenarioColumn) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(int(i), column, item);
        };
        cell(MeasureColumn, m ? MeasureCatalogue::displayName(*m) : v.measure);
        cell(FieldColumn, m ? ScenarioValues::fieldName(*m, v.field) : v.field);
        cell(ScenarioColumn, m ? ScenarioValueText::value(*m, v.field, v.value, currency)
                               : QString::number(v.value));
        const std::optional<double> every = m ? ScenarioValues::value(*m, v.field) : std::nullopt;
        cell(EveryColumn,
             every ? ScenarioValueText::value(*m, v.field, *every, currency) : QString());
        cell(FromColumn, mine ? tr("this scenario")
                              : tr("“%1”, its base").arg(DefaultNames::scenario(origins[i])));
    }
    m_table->setVisible(!values.isEmpty());
    m_empty->setVisible(values.isEmpty());
    updateButton();
}

void ScenarioValuesPanel::baseChosen(int row)
{
    const Plan &plan = m_document->plan();
    if (m_scenario < 0 || m_scenario >= plan.scenarios.size())
        return;
    m_document->undoStack()->push(
        new ChangeValue<QString>(m_document, PlanFields::scenarioBase(plan, m_scenario),
                                 m_base->itemData(row).toString(), UndoMerge::Never));
}

void ScenarioValuesPanel::clearSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !selected.first()->data(kOwnRole).toBool())
        return;
    ScenarioValueEdit::clear(m_document, m_scenario,
                             selected.first()->data(kMeasureRole).toString(),
                             selected.first()->data(kFieldRole).toString());
}

void ScenarioValuesPanel::updateButton()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    m_clear->setEnabled(!selected.isEmpty() && selected.first()->data(kOwnRole).toBool());
    m_clear->setVisible(m_table->isVisible());
}

} // namespace zeroplan
