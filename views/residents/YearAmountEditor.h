#pragma once

#include "plan/FundingSource.h"

#include <QWidget>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace zeroplan {

// A table of amounts per year (a funding source's money, the median household income) with a
// row to add a year and a button to remove the selected one. It changes nothing itself: it
// asks (setRequested, removeRequested) and the page pushes the edit. Object names are the
// given prefix + "Table", "YearSpinBox", "AmountSpinBox", "AddButton", "RemoveButton".
class YearAmountEditor : public QWidget
{
    Q_OBJECT

public:
    YearAmountEditor(const QString &objectPrefix, const QString &amountHeader,
                     QWidget *parent = nullptr);

    // Shows `amounts`; years offered from `firstYear` to `lastYear`.
    void setAmounts(const QList<YearAmount> &amounts, int firstYear, int lastYear);
    QTableWidget *table() const { return m_table; }
    void setAmountHeader(const QString &header);

signals:
    void setRequested(int year, double amount);
    void removeRequested(int year);

private:
    void onItemChanged(QTableWidgetItem *item);
    void removeSelected();

    QTableWidget *m_table;
    QSpinBox *m_year;
    QDoubleSpinBox *m_amount;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<YearAmount> m_amounts;
    bool m_updating = false;
};

} // namespace zeroplan
