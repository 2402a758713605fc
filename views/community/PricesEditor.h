#pragma once

#include "common/PlanListEditor.h"

namespace zeroplan {

class PlanDocument;
class PriceTableModel;

// The energy prices of the Community page: a table (carrier, unit, price, source) with Add,
// Remove and "Fill in regional prices" (the sourced prices ZeroPlan ships for the plan's
// grid region), and the reason under it when an edit is refused.
// Object names: pricesView, addPriceButton, removePriceButton, regionalPricesButton,
// pricesMessageLabel.
class PricesEditor : public PlanListEditor
{
    Q_OBJECT

public:
    explicit PricesEditor(PlanDocument *document, QWidget *parent = nullptr);

    PriceTableModel *model() const { return m_model; }

protected:
    void updateButtons() override;

private:
    PriceTableModel *m_model;
    QPushButton *m_regionalButton;
};

} // namespace zeroplan
