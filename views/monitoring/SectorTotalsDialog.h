#pragma once

#include "plan/ActualInventory.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace zeroplan {

struct Plan;

// An actual year where only totals are known (docs/monitoring.md): the year, the gross
// emissions of each sector given (a sector left at "—" is not given), where the figures come
// from and how they were obtained (measured, estimated, modelled). A year already entered
// starts from its totals, source and quality.
class SectorTotalsDialog : public QDialog
{
    Q_OBJECT

public:
    SectorTotalsDialog(const Plan &plan, int year, QWidget *parent = nullptr);

    int year() const;
    QList<SectorTotal> totals() const; // the sectors given, in the sectors' order
    QString source() const;
    ActualQuality quality() const;
    QDoubleSpinBox *totalBox(Sector sector) const { return m_totals.at(int(sector)); }

private:
    void showYear();

    const Plan &m_plan;
    QSpinBox *m_year;
    QList<QDoubleSpinBox *> m_totals; // by Sector
    QLineEdit *m_source;
    QComboBox *m_quality;
};

} // namespace zeroplan
