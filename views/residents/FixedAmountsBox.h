#pragma once

#include "plan/Party.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace zeroplan {

class PlanDocument;
class YearAmountEditor;
struct ChangeEvent;

// The fixed amounts a party pays of a measure's investment or running cost, per year, taken
// before the shares split the rest (docs/residents.md, "Fixed amounts"): which money
// (investment or running cost), which party, and that party's amounts per year. Each amount
// set or removed is one undo step (ResidentsEdits::setFixedAmount); a refused one says why and
// changes nothing. Object names: fixedAmountsBox, fixedListComboBox, fixedPartyComboBox,
// fixedAmounts… (the YearAmountEditor's), fixedMessageLabel.
class FixedAmountsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit FixedAmountsBox(PlanDocument *document, QWidget *parent = nullptr);

    void setMeasure(const QString &id); // the measure shown (empty: none)
    QString message() const;            // the refusal shown, empty when none

private:
    void refresh();
    void push(int year, std::optional<double> amount);
    Party party() const;

    PlanDocument *m_document;
    QString m_measure;
    QComboBox *m_list;
    QComboBox *m_party;
    QLabel *m_summary;
    YearAmountEditor *m_amounts;
    QLabel *m_message;
};

} // namespace zeroplan
