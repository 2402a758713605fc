#pragma once

#include "inventory/EmissionFactor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace zeroplan {

struct Plan;

// One emission factor of the plan's own, entered or edited by the user: name, carrier,
// value per unit with its gas (or CO2e), year, source and confidence. New (an id made from
// the name), or the plan's copy of a library factor (its id kept, so the copy overrides the
// library's everywhere the plan counts it). OK stays disabled, with the reason below the
// form, until the factor is one the plan accepts (PlanValidator's checks of /factors).
// Object names: factorDialog, factorNameEdit, factorCarrierComboBox, factorValueEdit,
// factorMassUnitComboBox, factorActivityUnitComboBox, factorGasComboBox, factorYearSpinBox,
// factorSourceEdit, factorConfidenceComboBox, factorMessageLabel.
class FactorDialog : public QDialog
{
    Q_OBJECT

public:
    // `start`: the factor to edit, or one with only a carrier and unit for a new factor.
    // `keepId`: edit or override keeps start.id; a new factor gets an id from its name.
    FactorDialog(const Plan &plan, const EmissionFactor &start, bool keepId,
                 QWidget *parent = nullptr);

    EmissionFactor factor() const;

private:
    void fillActivityUnits();
    void check();

    const Plan &m_plan;
    EmissionFactor m_start;
    bool m_keepId;
    QLineEdit *m_name;
    QComboBox *m_carrier;
    QLineEdit *m_value;
    QComboBox *m_massUnit;
    QComboBox *m_activityUnit;
    QComboBox *m_gas;
    QSpinBox *m_year;
    QLineEdit *m_source;
    QComboBox *m_confidence;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace zeroplan
