#pragma once

#include "ResidentsEdits.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace zeroplan {

class PlanDocument;
class YearAmountEditor;

// The Residents page's "Funding and income" tab: the funding sources (name, kind, the party
// they pay for, source) with the selected one's amounts per year, the median household income
// per year and its source, and the affordability threshold and its source. Every edit is one
// undo step; a refused one shows why and leaves the plan as it was.
// Object names: fundingTable, addFundingButton, removeFundingButton, fundingAmountsTable
// (and the other fundingAmounts… of YearAmountEditor), incomeTable (incomeYearSpinBox, …),
// incomeSourceEdit, affordabilitySpinBox, affordabilitySourceEdit, fundingMessageLabel.
class FundingTab : public QWidget
{
    Q_OBJECT

public:
    explicit FundingTab(PlanDocument *document, QWidget *parent = nullptr);

    QString message() const;
    // The funding source whose amounts are shown (-1: none).
    int currentSource() const { return m_current; }
    void selectSource(int index);

private:
    enum Column
    {
        NameColumn,
        KindColumn,
        PartyColumn,
        SourceColumn,
        ColumnCount
    };

    void refresh();
    void refreshFunding();
    void showAmounts();
    void onItemChanged(QTableWidgetItem *item);
    void addSource();
    void say(const QString &message);
    // Pushes `command`, or shows `error` and puts the widgets back as the plan has them.
    void push(EditResidents *command, const QString &error);

    PlanDocument *m_document;
    QTableWidget *m_funding;
    QPushButton *m_add;
    QPushButton *m_remove;
    YearAmountEditor *m_amounts;
    QLabel *m_amountsTitle;
    YearAmountEditor *m_income;
    QLineEdit *m_incomeSource;
    QDoubleSpinBox *m_affordability;
    QLineEdit *m_affordabilitySource;
    QLabel *m_message;
    int m_current = -1;
    bool m_updating = false;
};

} // namespace zeroplan
