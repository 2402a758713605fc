#include "SectorTotalsDialog.h"

#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

namespace zeroplan {

SectorTotalsDialog::SectorTotalsDialog(const Plan &plan, int year, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_year(new QSpinBox(this)), m_source(new QLineEdit(this)),
      m_quality(new QComboBox(this))
{
    setObjectName(QStringLiteral("sectorTotalsDialog"));
    setWindowTitle(tr("Enter sector totals"));
    const int first = plan.community.baseYear + 1;
    m_year->setObjectName(QStringLiteral("totalsYearSpinBox"));
    m_year->setRange(first, std::max(first, plan.community.horizonEnd));
    m_year->setValue(std::clamp(year, m_year->minimum(), m_year->maximum()));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Where only a sector's total is known, enter its gross emissions "
                                "here. A sector given a total replaces that sector's activity "
                                "lines of the year; leave a sector at “—” to keep its lines."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Year:"), m_year);
    for (Sector s : kAllSectors) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("totalSpinBox_") + sectorId(s));
        box->setDecimals(1);
        box->setRange(-1, 1e9);
        box->setSpecialValueText(tr("—"));
        box->setGroupSeparatorShown(true);
        box->setSuffix(QLatin1Char(' ') + NumberFormat::tonnesUnit());
        m_totals.append(box);
        form->addRow(sectorName(s) + QLatin1Char(':'), box);
    }
    m_source->setObjectName(QStringLiteral("totalsSourceEdit"));
    m_source->setPlaceholderText(tr("e.g. district statistics yearbook 2025"));
    m_quality->setObjectName(QStringLiteral("totalsQualityComboBox"));
    for (ActualQuality q :
         {ActualQuality::Measured, ActualQuality::Estimated, ActualQuality::Modelled})
        m_quality->addItem(actualQualityName(q), int(q));
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Data quality:"), m_quality);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("totalsButtonBox"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &SectorTotalsDialog::showYear);
    showYear();
}

void SectorTotalsDialog::showYear()
{
    const ActualInventory *actual = m_plan.monitoring.actual(year());
    for (QDoubleSpinBox *box : m_totals)
        box->setValue(-1);
    if (actual) {
        for (const SectorTotal &t : actual->sectorTotals)
            m_totals.at(int(t.sector))->setValue(t.tonnes);
    }
    m_source->setText(actual ? actual->source : QString());
    const ActualQuality quality = actual ? actual->quality : ActualQuality::Estimated;
    m_quality->setCurrentIndex(std::max(0, m_quality->findData(int(quality))));
}

int SectorTotalsDialog::year() const
{
    return m_year->value();
}

QList<SectorTotal> SectorTotalsDialog::totals() const
{
    QList<SectorTotal> totals;
    for (Sector s : kAllSectors) {
        const double t = m_totals.at(int(s))->value();
        if (t >= 0)
            totals.append({s, t});
    }
    return totals;
}

QString SectorTotalsDialog::source() const
{
    return m_source->text().trimmed();
}

ActualQuality SectorTotalsDialog::quality() const
{
    return ActualQuality(m_quality->currentData().toInt());
}

} // namespace zeroplan
