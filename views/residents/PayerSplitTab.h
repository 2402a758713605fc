#pragma once

#include "ResidentsEdits.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace zeroplan {

class FixedAmountsBox;
class PlanDocument;
struct PayerPreset;

// The Residents page's "Who pays" tab: the plan's measures on the left (those without a split
// marked), on the right the selected measure's split — a table of parties × investment,
// running cost and bill savings in percent, edited as a draft and applied as one undo step
// (Apply; Revert puts the plan's split back), the sums under it (red with what is wrong while a
// column does not add up to 100 %), the households reached, the source, and the presets.
// The draft: typing one share would make any column invalid until the others are typed, and
// a command that moved the rest to another party by itself would change figures the user did
// not type; so the shares are typed freely, the sums say what is left, and Apply checks.
// Object names: payerMeasureList, payerSplitTable, payerSumsLabel, payerApplyButton,
// payerRevertButton, payerMessageLabel, householdsReachCombo, householdsValueSpinBox,
// payerSourceEdit, payerPresetButton; below them the measure's fixed amounts per year
// (FixedAmountsBox).
class PayerSplitTab : public QWidget
{
    Q_OBJECT

public:
    explicit PayerSplitTab(PlanDocument *document, QWidget *parent = nullptr);

    // The measure shown (its id; empty when the plan has none).
    QString measure() const { return m_measure; }
    void selectMeasure(const QString &id);
    // The refusal or the sums' complaint shown, empty when none.
    QString message() const;
    bool hasDraft() const { return m_dirty; }
    FixedAmountsBox *fixedAmounts() const { return m_fixed; }
    // Applies the draft (the Apply button); false (and the message shown) when refused.
    bool apply();
    // Opens the preset's dialog for the measure shown, as its menu entry does.
    void choosePreset(const PayerPreset &preset);

private:
    enum Column
    {
        CapexColumn,
        OpexColumn,
        SavingsColumn,
        ColumnCount
    };
    enum Reach
    {
        AllHouseholds,
        NumberOfHouseholds,
        ShareOfHouseholds
    };

    void refresh();
    void refreshMeasures();
    // The measure's split as the plan has it; `keepDraft`: the shares typed stay in the table.
    void showSplit(bool keepDraft = false);
    void onCellChanged(QTableWidgetItem *item);
    void updateSums();
    void setDirty(bool dirty);
    void pushHouseholds();
    void say(const QString &message);
    // Pushes `command`, or shows `error` and puts the widgets back as the plan has them.
    void push(EditResidents *command, const QString &error);
    QList<PartyShare> draftShares(Column column) const;
    const PayerSplit *split() const;

    PlanDocument *m_document;
    FixedAmountsBox *m_fixed = nullptr;
    QString m_measure;
    QListWidget *m_measures;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_sums;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QLabel *m_message;
    QComboBox *m_reach;
    QDoubleSpinBox *m_reachValue;
    QLineEdit *m_source;
    QToolButton *m_preset;
    PayerSplit m_shown; // the split the table's shares were shown from
    bool m_dirty = false;
    bool m_updating = false;
};

} // namespace zeroplan
