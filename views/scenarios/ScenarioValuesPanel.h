#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zeroplan {

class PlanDocument;

// What a scenario sets differently from every scenario (docs/measures.md, "Values that differ
// by scenario"; LEAP's inheritance): the scenario it is based on, and one row per value in
// effect for it — the measure, the value, this scenario's figure, every scenario's, and which
// scenario sets it (this one, or the base it inherits from). A value of its own can be taken
// back to the inherited one (one undo step). Values are set on the Measures page, with "This
// scenario only" above a measure's values.
// Object names: scenarioBaseCombo, scenarioValuesTable, clearScenarioValueButton.
class ScenarioValuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioValuesPanel(PlanDocument *document, QWidget *parent = nullptr);

    int scenario() const { return m_scenario; }
    void setScenario(int index);
    void refresh();

private:
    void baseChosen(int row);
    void clearSelected();
    void updateButton();

    PlanDocument *m_document;
    int m_scenario = -1;
    QComboBox *m_base;
    QTableWidget *m_table;
    QPushButton *m_clear;
    QLabel *m_empty;
};

} // namespace zeroplan
