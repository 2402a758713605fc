#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace zeroplan {

class PlanDocument;
class InterimTargetModel;

// The interim targets of the Community page: a small table (year, cut %) with Add and
// Remove, and the reason under it when an edit is refused.
// Object names: interimTargetsView, addInterimTargetButton, removeInterimTargetButton,
// interimTargetsMessageLabel.
class InterimTargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InterimTargetsEditor(PlanDocument *document, QWidget *parent = nullptr);

    InterimTargetModel *model() const { return m_model; }
    void clearMessage();

private:
    void showMessage(const QString &message);
    void removeSelected();
    void updateButtons();

    InterimTargetModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
};

} // namespace zeroplan
