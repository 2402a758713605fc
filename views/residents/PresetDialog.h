#pragma once

#include "residents/PayerPresets.h"

#include <QDialog>
#include <QMap>

class QDoubleSpinBox;
class QLabel;

namespace zeroplan {

// Asks what a payer preset needs before it is applied to a measure: for a preset whose source
// names the parties only (old-compound renovation), the investment share of each party; for
// the Beijing coal-to-electricity preset, the heat pump's investment per household and the
// households reached. Object names: presetDialog, presetShareSpinBox_<party id>,
// presetCapexSpinBox, presetHouseholdsSpinBox, presetSumLabel.
class PresetDialog : public QDialog
{
    Q_OBJECT

public:
    PresetDialog(const PayerPreset &preset, const QString &measureName, double households,
                 QWidget *parent = nullptr);

    const PayerPreset &preset() const { return m_preset; }
    // The shares given (0 … 1), for a preset without shares.
    QList<PartyShare> capexShares() const;
    double capexPerHousehold() const;
    double households() const;

private:
    void updateSum();

    PayerPreset m_preset;
    QMap<Party, QDoubleSpinBox *> m_shares;
    QDoubleSpinBox *m_capex = nullptr;
    QDoubleSpinBox *m_households = nullptr;
    QLabel *m_sum = nullptr;
};

} // namespace zeroplan
