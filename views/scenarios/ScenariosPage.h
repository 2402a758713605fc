#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableView;

namespace zeroplan {

class LiveResults;
class PlanDocument;
class ScenarioComparisonModel;
class ScenarioMeasureList;
class ScenarioValuesPanel;
struct ChangeEvent;

// The Scenarios page: the plan's scenarios (new, duplicate, rename in place, delete — each
// one undo step), the measures of the selected one with their levels, and every scenario
// side by side with business as usual. Selecting a scenario makes it the current one of the
// window (LiveResults::setCurrentScenario), which the Pathway and Costs pages show.
// Object names: scenariosPage, scenarioListView, newScenarioButton, duplicateScenarioButton,
// renameScenarioButton, deleteScenarioButton, scenarioMessageLabel, scenarioDescriptionEdit,
// scenarioMeasureList (ScenarioMeasureList), scenarioDetailTabs (its measures; the values it sets
// for itself and its base: ScenarioValuesPanel), scenarioComparisonView.
class ScenariosPage : public QWidget
{
    Q_OBJECT

public:
    ScenariosPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    ScenarioComparisonModel *comparisonModel() const { return m_comparison; }
    // Renames scenario `index` as one undo step. A blank name or one another scenario has is
    // refused with a message saying why (false).
    bool renameScenario(int index, const QString &name);
    QString message() const; // the last refusal, or empty

private:
    QWidget *buildScenarioList();
    QWidget *buildDetails();
    QWidget *buildComparison();
    void rebuildList();
    void showCurrent();
    void updateValuesTab();
    void onChanged(const ChangeEvent &event);
    void itemRenamed(QListWidgetItem *item);
    void newScenario();
    void duplicateScenario();
    void renameCurrent();
    void deleteScenario();
    void showMessage(const QString &text);

    PlanDocument *m_document;
    LiveResults *m_results;
    QListWidget *m_list;
    QPushButton *m_duplicateButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QLabel *m_message;
    QLineEdit *m_description;
    ScenarioMeasureList *m_measures;
    ScenarioValuesPanel *m_values;
    QTabWidget *m_detailTabs = nullptr;
    ScenarioComparisonModel *m_comparison;
    QTableView *m_table;
    bool m_rebuilding = false;
};

} // namespace zeroplan
