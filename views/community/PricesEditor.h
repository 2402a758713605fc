#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace zeroplan {

class PlanDocument;
class PriceTableModel;

// The energy prices of the Community page: a table (carrier, unit, price, source) with Add,
// Remove and "Fill in regional prices" (the sourced prices ZeroPlan ships for the plan's
// grid region), and the reason under it when an edit is refused.
// Object names: pricesView, addPriceButton, removePriceButton, regionalPricesButton,
// pricesMessageLabel.
class PricesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PricesEditor(PlanDocument *document, QWidget *parent = nullptr);

    PriceTableModel *model() const { return m_model; }

private:
    void showMessage(const QString &message);
    void clearMessage();
    void removeSelected();
    void updateButtons();

    PriceTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_regionalButton;
    QLabel *m_message;
};

} // namespace zeroplan
