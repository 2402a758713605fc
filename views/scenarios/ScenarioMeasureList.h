#pragma once

#include <QString>
#include <QWidget>
#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace zeroplan {

class PlanDocument;

// Every measure of the plan as a row for one scenario: a check box (included or not, each
// click one undo step) and a 0–100 % slider for its level (enabled while included; a drag is
// one undo step), with a box beside it that shows the level and takes it typed, in whole
// percents (each typed value one undo step).
// Object names: include_<measureId>CheckBox, level_<measureId>Slider, level_<measureId>SpinBox,
// scenarioMeasuresHintLabel.
class ScenarioMeasureList : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioMeasureList(PlanDocument *document, QWidget *parent = nullptr);

    int scenario() const { return m_scenario; }
    void setScenario(int index); // and refresh
    // Shows the plan again: rebuilds the rows when the measures changed, else sets their values.
    void refresh();

private:
    struct Row
    {
        QString measureId;
        QString name;
        QCheckBox *included;
        QSlider *level;
        QSpinBox *percent; // the level typed, in whole percents
    };

    void rebuild();
    void addRow(int gridRow, const QString &measureId);
    void included(const QString &measureId, bool on);
    void levelMoved(const QString &measureId, int percent);
    void levelTyped(const QString &measureId, int percent);

    PlanDocument *m_document;
    int m_scenario = -1;
    QWidget *m_body = nullptr; // the rows, built again when the plan's measures change
    QGridLayout *m_grid = nullptr;
    QLabel *m_hint;
    std::vector<Row> m_rows;
};

} // namespace zeroplan
