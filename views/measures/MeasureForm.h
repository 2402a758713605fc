#pragma once

#include "PlanField.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace zeroplan {

class CoBenefitsEditor;
class MeasureTargetList;
class ParameterRow;
class PlanDocument;
class ValueScopeBar;
struct Measure;

// The form for one measure of the plan: its name, one row per parameter of its kind, when it
// starts and how fast it ramps up, what it costs, who looks after it, its status, its note
// and the activity lines it acts on. Every edit pushes a ChangeValue on the document's undo
// stack; refresh() shows the plan again after undo or redo and leaves alone what the user is
// typing. The form keeps the measure's id, so it follows the measure when others move.
// Object names: measureForm, measureNameEdit, measureKindLabel, nameWarningLabel,
// parameter_<key>SpinBox (see ParameterRow), startYearSpinBox, rampYearsSpinBox,
// rampShapeComboBox, lifetimeSpinBox, capexSpinBox, opexSpinBox, capexLine, opexLine,
// ownerGroupComboBox, statusComboBox, measureNoteEdit, targetLinesList; for resident carbon
// accounts carbonPresetComboBox, which applies a preset (CarbonPointPresets) as one undo step.
// Below the activity lines, the co-benefits (CoBenefitsEditor).
// Above the values, "Values for:" (ValueScopeBar, valueScopeComboBox): every scenario's, or one
// scenario's own (docs/measures.md, "Values that differ by scenario"); in a scenario's scope the
// parameters, timing and costs show what that scenario runs with (bold: set for it) and an edit
// sets that scenario's value alone (ScenarioValueEdit); the ramp shape is every scenario's.
// Costs: a cost the catalogue gives per unit (MeasureKindSpec::capexRule, opexRule) is shown
// as a read-only line worked out from the parameters (capexLine, opexLine); its lump-sum box
// is only shown while an older file holds a lump sum there, so that it can be set to 0.
class MeasureForm : public QWidget
{
    Q_OBJECT

public:
    MeasureForm(PlanDocument *document, const QString &measureId, QWidget *parent = nullptr);

    QString measureId() const { return m_measureId; }
    void refresh();

private:
    QWidget *buildIdentity();
    QWidget *buildParameters();
    QComboBox *buildPresets(QWidget *parent);
    void applyPreset(const QString &presetId);
    QWidget *buildTiming();
    QWidget *buildCosts();
    QWidget *buildTariffs(); // none for a kind whose energy is not valued
    QWidget *buildResponsibility();
    void connectEdits();
    void refreshTiming();
    void refreshCosts();
    void refreshResponsibility();
    void applyScope();
    // The measure as the form shows it: the plan's, or in a scenario's scope with its values.
    Measure shownMeasure() const;
    // Marks a box whose value the scenario in scope sets (bold).
    void markScenarioValue(QWidget *box, const QString &field);
    // An edit of a field a scenario may set: that scenario's value in its scope, else the
    // measure's own (every scenario's).
    template <typename Value>
    void changeValue(PlanField<Value> (*field)(const Plan &, qsizetype), const QString &key,
                     const Value &value);
    void nameEdited(const QString &text);
    void ownerGroupTyped();
    template <typename Value>
    void change(PlanField<Value> (*field)(const Plan &, qsizetype), const Value &value);

    PlanDocument *m_document;
    QString m_measureId;
    ValueScopeBar *m_scope = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_nameWarning = nullptr;
    QList<ParameterRow *> m_parameters;
    QSpinBox *m_startYear = nullptr;
    QSpinBox *m_rampYears = nullptr;
    QComboBox *m_rampShape = nullptr;
    QSpinBox *m_lifetime = nullptr;
    QLabel *m_lifetimeAssumed = nullptr; // "assumed" while an unsourced default is kept
    QDoubleSpinBox *m_capex = nullptr;
    QDoubleSpinBox *m_opex = nullptr;
    QLabel *m_capexLine = nullptr; // per-unit kinds only
    QLabel *m_opexLine = nullptr;
    QFormLayout *m_costsForm = nullptr;
    QComboBox *m_ownerGroup = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_note = nullptr;
    MeasureTargetList *m_targets = nullptr;
    CoBenefitsEditor *m_coBenefits = nullptr; // the co-benefits group (its own object names)
};

} // namespace zeroplan
