#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace zeroplan {

class PlanDocument;

// Above a measure's values in its form: whose values the form edits — every scenario's (the
// measure's own) or one scenario's only (docs/measures.md, "Values that differ by scenario").
// In a scenario's scope the form shows the values that scenario runs with, and an edit sets
// that scenario's own value (ScenarioValueEdit), leaving every other scenario as it is.
// Object names: valueScopeComboBox, valueScopeNote.
class ValueScopeBar : public QWidget
{
    Q_OBJECT

public:
    explicit ValueScopeBar(PlanDocument *document, QWidget *parent = nullptr);

    // The scenario whose values are edited (its name), empty for every scenario's.
    QString scenario() const { return m_scenario; }
    // Its index in the plan, -1 for every scenario's (or a scenario no longer there).
    int scenarioIndex() const;
    // The plan's scenarios again (added, renamed or removed); a scenario gone goes back to
    // every scenario's values.
    void refresh();

signals:
    void scopeChanged();

private:
    void chosen(int row);

    PlanDocument *m_document;
    QString m_scenario;
    QComboBox *m_combo;
    QLabel *m_note;
};

} // namespace zeroplan
