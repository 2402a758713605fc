#include "PresetDialog.h"

#include "NumberDelegate.h"
#include "present/NumberFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace zeroplan {

PresetDialog::PresetDialog(const PayerPreset &preset, const QString &measureName, double households,
                           QWidget *parent)
    : QDialog(parent), m_preset(preset)
{
    setObjectName(QStringLiteral("presetDialog"));
    setWindowTitle(tr("%1 — %2").arg(preset.name, measureName));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *source = new QLabel(tr("Source: %1").arg(preset.source), this);
    source->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (!preset.hasShares) {
        intro->setText(tr("The source names who pays, not how much. Give each party's share of "
                          "the investment; they must add up to 100 %. The running cost and the "
                          "bill savings stay as they are."));
        for (Party party : preset.capexParties) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setObjectName(QStringLiteral("presetShareSpinBox_") + partyId(party));
            spin->setToolTip(tr("The share of the investment %1 pays.").arg(partyName(party)));
            spin->setRange(0, 100);
            spin->setDecimals(2);
            spin->setSuffix(tr(" %"));
            form->addRow(partyName(party), spin);
            m_shares.insert(party, spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &PresetDialog::updateSum);
        }
        m_sum = new QLabel(this);
        m_sum->setObjectName(QStringLiteral("presetSumLabel"));
        form->addRow(tr("Sum:"), m_sum);
    } else {
        intro->setText(
            tr("The government pays the equipment up to %1 per household, the "
               "residents the rest; the running cost and the bill savings go to the "
               "residents. Check the local notice: district rules differ.")
                .arg(NumberFormat::number(PayerPresets::kBeijingEquipmentCapPerHousehold)));
        m_capex = new QDoubleSpinBox(this);
        m_capex->setObjectName(QStringLiteral("presetCapexSpinBox"));
        m_capex->setToolTip(tr("What the equipment costs one household, in the plan's currency."));
        m_capex->setRange(0, 1e7);
        m_capex->setDecimals(0);
        m_capex->setGroupSeparatorShown(true);
        m_capex->setValue(30000);
        m_households = new QDoubleSpinBox(this);
        m_households->setObjectName(QStringLiteral("presetHouseholdsSpinBox"));
        m_households->setToolTip(tr("How many households take part."));
        m_households->setRange(0, 1e7);
        m_households->setDecimals(0);
        m_households->setValue(households);
        form->addRow(tr("Investment per household:"), m_capex);
        form->addRow(tr("Households reached:"), m_households);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(source);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSum();
}

QList<PartyShare> PresetDialog::capexShares() const
{
    QList<PartyShare> shares;
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it)
        shares.append({it.key(), it.value()->value() / 100});
    return shares;
}

double PresetDialog::capexPerHousehold() const
{
    return m_capex ? m_capex->value() : 0;
}

double PresetDialog::households() const
{
    return m_households ? m_households->value() : 0;
}

void PresetDialog::updateSum()
{
    if (!m_sum)
        return;
    double sum = 0;
    for (const QDoubleSpinBox *spin : m_shares)
        sum += spin->value();
    const bool ok = std::abs(sum - 100) < 1e-4;
    m_sum->setText(ok ? tr("%1 %").arg(NumberDelegate::trimmed(sum, 2, QLocale()))
                      : tr("%1 % — the shares must add up to 100 %")
                            .arg(NumberDelegate::trimmed(sum, 2, QLocale())));
    m_sum->setStyleSheet(ok ? QString() : QStringLiteral("color: #b71c1c;"));
}

} // namespace zeroplan
