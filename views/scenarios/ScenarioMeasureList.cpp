#include "ScenarioMeasureList.h"

#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "present/MeasureIcon.h"
#include "present/NumberFormat.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

const ScenarioMeasure *entryOf(const Scenario &scenario, const QString &measureId)
{
    const auto it = std::find_if(scenario.measures.cbegin(), scenario.measures.cend(),
                                 [&](const ScenarioMeasure &m) { return m.measure == measureId; });
    return it == scenario.measures.cend() ? nullptr : &*it;
}

QString measureLabel(const Measure &m)
{
    return m.name.isEmpty() ? m.id : m.name;
}

} // namespace

ScenarioMeasureList::ScenarioMeasureList(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_hint(new QLabel(this))
{
    m_hint->setObjectName(QStringLiteral("scenarioMeasuresHintLabel"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

void ScenarioMeasureList::setScenario(int index)
{
    m_scenario = index;
    refresh();
}

void ScenarioMeasureList::rebuild()
{
    delete m_body;
    m_rows.clear();
    m_body = new QWidget(this);
    m_grid = new QGridLayout(m_body);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    const Plan &plan = m_document->plan();
    for (int i = 0; i < plan.measures.size(); ++i)
        addRow(i, plan.measures.at(i).id);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_body);
}

void ScenarioMeasureList::addRow(int gridRow, const QString &measureId)
{
    const Measure &measure = *m_document->plan().findMeasure(measureId);
    Row row{measureId, measureLabel(measure), new QCheckBox(measureLabel(measure), m_body),
            new QSlider(Qt::Horizontal, m_body), new QSpinBox(m_body)};
    row.included->setObjectName(QStringLiteral("include_%1CheckBox").arg(measureId));
    row.included->setIcon(MeasureIcon::icon(measure.kind));
    row.included->setToolTip(tr("Include “%1” in this scenario").arg(row.name));
    row.level->setObjectName(QStringLiteral("level_%1Slider").arg(measureId));
    row.level->setRange(0, 100);
    row.level->setPageStep(10);
    row.level->setToolTip(tr("Level of “%1”: the share of the measure as specified").arg(row.name));
    row.percent->setObjectName(QStringLiteral("level_%1SpinBox").arg(measureId));
    row.percent->setRange(0, 100);
    row.percent->setSuffix(QStringLiteral(" %"));
    row.percent->setKeyboardTracking(false); // a typed value counts once, when it is complete
    row.percent->setAccessibleName(tr("Level of “%1” in percent").arg(row.name));
    row.percent->setToolTip(row.level->toolTip());
    m_grid->addWidget(row.included, gridRow, 0);
    m_grid->addWidget(row.level, gridRow, 1);
    m_grid->addWidget(row.percent, gridRow, 2);
    connect(row.included, &QCheckBox::toggled, this,
            [this, measureId](bool on) { included(measureId, on); });
    connect(row.level, &QSlider::valueChanged, this,
            [this, measureId](int percent) { levelMoved(measureId, percent); });
    connect(row.percent, &QSpinBox::valueChanged, this,
            [this, measureId](int percent) { levelTyped(measureId, percent); });
    m_rows.push_back(row);
}

void ScenarioMeasureList::refresh()
{
    const Plan &plan = m_document->plan();
    bool same = m_body && size_t(plan.measures.size()) == m_rows.size();
    for (size_t i = 0; same && i < m_rows.size(); ++i)
        same = m_rows[i].measureId == plan.measures.at(qsizetype(i)).id &&
               m_rows[i].name == measureLabel(plan.measures.at(qsizetype(i)));
    if (!same)
        rebuild();
    const bool valid = m_scenario >= 0 && m_scenario < plan.scenarios.size();
    m_hint->setText(!valid ? tr("Add a scenario to choose its measures.")
                    : plan.measures.isEmpty()
                        ? tr("The plan has no measures yet: add them on the Measures page.")
                        : tr("Tick the measures this scenario includes and set how far each "
                             "goes (100 % = as specified)."));
    m_body->setEnabled(valid);
    for (const Row &row : m_rows) {
        const ScenarioMeasure *entry =
            valid ? entryOf(plan.scenarios.at(m_scenario), row.measureId) : nullptr;
        const int percent = entry ? int(std::lround(entry->level * 100)) : 0;
        const QSignalBlocker blockCheck(row.included);
        const QSignalBlocker blockSlider(row.level);
        const QSignalBlocker blockBox(row.percent);
        row.included->setChecked(entry != nullptr);
        row.level->setEnabled(entry != nullptr);
        if (!row.level->isSliderDown()) // leave a slider alone while it is dragged
            row.level->setValue(percent);
        row.percent->setEnabled(entry != nullptr);
        row.percent->setValue(percent);
    }
}

void ScenarioMeasureList::included(const QString &measureId, bool on)
{
    const Plan &plan = m_document->plan();
    if (m_scenario < 0 || m_scenario >= plan.scenarios.size())
        return;
    QList<ScenarioMeasure> entries = plan.scenarios.at(m_scenario).measures;
    if (on)
        entries.append({measureId, 1.0});
    else
        entries.removeIf([&](const ScenarioMeasure &m) { return m.measure == measureId; });
    pushSeparateStep(m_document, PlanFields::scenarioMeasures(plan, m_scenario), entries);
}

void ScenarioMeasureList::levelMoved(const QString &measureId, int percent)
{
    const Plan &plan = m_document->plan();
    if (m_scenario < 0 || m_scenario >= plan.scenarios.size() ||
        !entryOf(plan.scenarios.at(m_scenario), measureId))
        return;
    // Pushed on every step of a drag: the steps merge into one undo step (ChangeValue).
    m_document->undoStack()->push(new ChangeValue<double>(
        m_document, PlanFields::scenarioMeasureLevel(plan, m_scenario, measureId),
        percent / 100.0));
}

void ScenarioMeasureList::levelTyped(const QString &measureId, int percent)
{
    const Plan &plan = m_document->plan();
    if (m_scenario < 0 || m_scenario >= plan.scenarios.size() ||
        !entryOf(plan.scenarios.at(m_scenario), measureId))
        return;
    pushSeparateStep(m_document, PlanFields::scenarioMeasureLevel(plan, m_scenario, measureId),
                     percent / 100.0);
}

} // namespace zeroplan
