#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace zeroplan {

class PlanDocument;
struct ParameterSpec;
struct UncertainValue;

// One parameter of a measure in the form: its likely value and its low–high range, each in a
// spin box with the unit as suffix (shares shown as per cent, "currency" as the plan's
// currency), taking the decimals the unit needs, and a tooltip saying where the default comes
// from. A yes/no parameter (unit "0/1") is a check box, stored as 1 or 0. Edits push
// ChangeValue, so typing or holding an arrow is one undo step.
// Object names: parameter_<key>SpinBox, parameter_<key>LowSpinBox, parameter_<key>HighSpinBox,
// parameter_<key>WarningLabel; parameter_<key>CheckBox for a yes/no parameter.
class ParameterRow : public QWidget
{
    Q_OBJECT

public:
    ParameterRow(PlanDocument *document, const QString &measureId, const ParameterSpec &spec,
                 QWidget *parent = nullptr);

    // Shows the plan's values, leaving alone a box that already shows them (the user typing).
    void refresh();
    QString label() const; // "Installed capacity"
    QString toolTipText() const;

    // What a plan value looks like in the boxes: per cent for shares.
    double scale() const { return m_scale; }
    // Whose value the row edits (ValueScopeBar): every scenario's (empty) or the scenario named
    // `scenario`'s own (its likely value only: the range is every scenario's).
    void setScenario(const QString &scenario);

private:
    QDoubleSpinBox *makeSpinBox(const QString &objectName);
    UncertainValue current() const;
    void likelyEdited(double shown);
    void rangeEdited();
    void showRangeWarning(const UncertainValue &value);

    PlanDocument *m_document;
    QString m_measureId;
    const ParameterSpec &m_spec;
    QString m_key;
    QString m_scenario; // empty: every scenario's value
    double m_scale = 1;
    int m_unitDecimals = 0; // places the unit needs, as shown
    QDoubleSpinBox *m_likely;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QLabel *m_warning;
    QCheckBox *m_switch = nullptr; // a yes/no parameter's, instead of the spin boxes
};

} // namespace zeroplan
