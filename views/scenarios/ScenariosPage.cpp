#include "ScenariosPage.h"

#include "AddRemoveScenario.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "RenameScenario.h"
#include "ScenarioMeasureList.h"
#include "ScenarioValuesPanel.h"
#include "common/UniqueName.h"
#include "plan/DefaultNames.h"
#include "plan/ScenarioValues.h"
#include "present/LiveResults.h"
#include "present/ScenarioComparisonModel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

// How the scenario at `index` reads on screen: a default name in the window's language.
QString shownName(const Plan &plan, qsizetype index)
{
    return DefaultNames::scenario(plan.scenarios.at(index).name);
}

// The names a new scenario must not take: as stored and as shown, so that "New scenario"
// stored in English and 新情景 typed in Chinese never read the same.
QStringList takenNames(const Plan &plan)
{
    QStringList names;
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i)
        names << plan.scenarios.at(i).name << shownName(plan, i);
    return names;
}

// Whether a scenario other than the one at `index` is named `name`, as stored or as shown.
bool nameTakenByAnother(const Plan &plan, qsizetype index, const QString &name)
{
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        if (i != index && (plan.scenarios.at(i).name == name || shownName(plan, i) == name))
            return true;
    }
    return false;
}

} // namespace

ScenariosPage::ScenariosPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results), m_list(new QListWidget(this)),
      m_duplicateButton(new QPushButton(tr("D&uplicate"), this)),
      m_renameButton(new QPushButton(tr("Re&name"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_message(new QLabel(this)),
      m_description(new QLineEdit(this)), m_measures(new ScenarioMeasureList(document, this)),
      m_values(new ScenarioValuesPanel(document, this)),
      m_comparison(new ScenarioComparisonModel(results, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("scenariosPage"));
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(buildScenarioList());
    top->addWidget(buildDetails());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(buildComparison());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_rebuilding && row >= 0)
            m_results->setCurrentScenario(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ScenariosPage::itemRenamed);
    connect(results, &LiveResults::currentScenarioChanged, this, &ScenariosPage::showCurrent);
    connect(document, &PlanDocument::changed, this, &ScenariosPage::onChanged);
    rebuildList();
    showCurrent();
}

QWidget *ScenariosPage::buildScenarioList()
{
    auto *panel = new QWidget(this);
    m_list->setObjectName(QStringLiteral("scenarioListView"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *add = new QPushButton(tr("&New"), panel);
    add->setObjectName(QStringLiteral("newScenarioButton"));
    add->setToolTip(tr("Add a scenario with no measures (business as usual) to fill in"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateScenarioButton"));
    m_duplicateButton->setToolTip(
        tr("Add a copy of the selected scenario with its measure levels"));
    m_renameButton->setObjectName(QStringLiteral("renameScenarioButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteScenarioButton"));
    m_message->setObjectName(QStringLiteral("scenarioMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    connect(add, &QPushButton::clicked, this, &ScenariosPage::newScenario);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ScenariosPage::duplicateScenario);
    connect(m_renameButton, &QPushButton::clicked, this, &ScenariosPage::renameCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &ScenariosPage::deleteScenario);
    auto *buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(m_duplicateButton, 0, 1);
    buttons->addWidget(m_renameButton, 1, 0);
    buttons->addWidget(m_deleteButton, 1, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("Scenarios:"), panel));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    return panel;
}

QWidget *ScenariosPage::buildComparison()
{
    m_table->setObjectName(QStringLiteral("scenarioComparisonView"));
    m_table->setModel(m_comparison);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    auto *comparison = new QWidget(this);
    auto *layout = new QVBoxLayout(comparison);
    layout->addWidget(new QLabel(tr("<b>Scenarios side by side</b>"), comparison));
    layout->addWidget(m_table);
    return comparison;
}

QWidget *ScenariosPage::buildDetails()
{
    auto *panel = new QWidget(this);
    m_description->setObjectName(QStringLiteral("scenarioDescriptionEdit"));
    m_description->setPlaceholderText(tr("What this scenario assumes, in a sentence"));
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = m_results->currentScenario();
        if (index >= 0)
            m_document->undoStack()->push(new ChangeValue<QString>(
                m_document, PlanFields::scenarioDescription(m_document->plan(), index), text));
    });
    m_measures->setObjectName(QStringLiteral("scenarioMeasureList"));
    auto *scroll = new QScrollArea(panel);
    scroll->setWidget(m_measures);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QFormLayout;
    form->addRow(tr("D&escription:"), m_description);
    m_detailTabs = new QTabWidget(panel);
    m_detailTabs->setObjectName(QStringLiteral("scenarioDetailTabs"));
    m_detailTabs->addTab(scroll, tr("Measures in this scenario"));
    m_detailTabs->addTab(m_values, QString()); // named by updateValuesTab
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(form);
    layout->addWidget(m_detailTabs, 1);
    return panel;
}

void ScenariosPage::rebuildList()
{
    m_rebuilding = true;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Scenario &s : m_document->plan().scenarios) {
            auto *item = new QListWidgetItem(DefaultNames::scenario(s.name), m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_list->setCurrentRow(m_results->currentScenario());
    }
    m_rebuilding = false;
}

void ScenariosPage::showCurrent()
{
    const int index = m_results->currentScenario();
    const Plan &plan = m_document->plan();
    const bool any = index >= 0 && index < plan.scenarios.size();
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    m_duplicateButton->setEnabled(any);
    m_renameButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_description->setEnabled(any);
    const QString description = any ? plan.scenarios.at(index).description : QString();
    if (m_description->text() != description)
        m_description->setText(description);
    if (m_measures->scenario() != index)
        m_measures->setScenario(index);
    else
        m_measures->refresh();
    m_values->setScenario(index);
    updateValuesTab();
}

void ScenariosPage::updateValuesTab()
{
    const int index = m_results->currentScenario();
    const Plan &plan = m_document->plan();
    const qsizetype count = index >= 0 && index < plan.scenarios.size()
                                ? ScenarioValues::effective(plan, plan.scenarios.at(index)).size()
                                : 0;
    m_detailTabs->setTabText(1, count > 0 ? tr("Values of its own (%1)").arg(count)
                                          : tr("Values of its own"));
}

void ScenariosPage::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    const Plan &plan = m_document->plan();
    if (event.part == Part::Scenarios && event.kind == ChangeEvent::Kind::Changed &&
        event.index >= 0 && event.index < m_list->count()) {
        // A level or a name: update in place, so a drag or an open editor is not disturbed.
        QListWidgetItem *item = m_list->item(int(event.index));
        if (item->text() != shownName(plan, event.index)) {
            const QSignalBlocker blocker(m_list);
            item->setText(shownName(plan, event.index));
        }
        showCurrent();
    } else if (event.part == Part::Scenarios || event.part == Part::Plan) {
        rebuildList();
        showCurrent();
    } else if (event.part == Part::Measures) {
        m_measures->refresh();
        m_values->refresh();
    }
}

QString ScenariosPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ScenariosPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ScenariosPage::renameScenario(int index, const QString &name)
{
    const Plan &plan = m_document->plan();
    if (index < 0 || index >= plan.scenarios.size())
        return false;
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        showMessage(
            tr("A scenario needs a name; “%1” keeps its name.").arg(shownName(plan, index)));
        return false;
    }
    // A default name left as shown (计划措施 for "Planned measures") is no rename.
    if (wanted == shownName(plan, index)) {
        showMessage(QString());
        return true;
    }
    if (nameTakenByAnother(plan, index, wanted)) {
        showMessage(tr("There is already a scenario named “%1”. Choose another name.").arg(wanted));
        return false;
    }
    showMessage(QString());
    if (wanted != plan.scenarios.at(index).name)
        m_document->undoStack()->push(new RenameScenario(m_document, index, wanted));
    return true;
}

void ScenariosPage::itemRenamed(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const int row = m_list->row(item);
    renameScenario(row, item->text());
    const Plan &plan = m_document->plan();
    // Refused or trimmed: the list shows the plan's name.
    if (row >= 0 && row < plan.scenarios.size() && item->text() != shownName(plan, row)) {
        const QSignalBlocker blocker(m_list);
        item->setText(shownName(plan, row));
    }
}

void ScenariosPage::newScenario()
{
    Scenario scenario;
    scenario.name = UniqueName::make(tr("New scenario"), takenNames(m_document->plan()));
    m_document->undoStack()->push(new AddScenario(m_document, scenario));
    const int index = int(m_document->plan().scenarios.size()) - 1;
    m_results->setCurrentScenario(index);
    if (isVisible()) // type its name at once
        m_list->editItem(m_list->item(index));
}

void ScenariosPage::duplicateScenario()
{
    const Plan &plan = m_document->plan();
    const int index = m_results->currentScenario();
    if (index < 0 || index >= plan.scenarios.size())
        return;
    Scenario copy = plan.scenarios.at(index);
    copy.name = UniqueName::make(tr("%1 (copy)").arg(shownName(plan, index)), takenNames(plan));
    m_document->undoStack()->push(new AddScenario(m_document, copy, index + 1));
    m_results->setCurrentScenario(index + 1);
}

void ScenariosPage::renameCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ScenariosPage::deleteScenario()
{
    const int index = m_results->currentScenario();
    if (index < 0 || index >= m_document->plan().scenarios.size())
        return;
    showMessage(QString());
    // Undoable, so no question asked; the last scenario may go too (the plan is then BAU).
    m_document->undoStack()->push(new RemoveScenario(m_document, index));
}

} // namespace zeroplan
