#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace zeroplan {

class PlanListModel;

// An editable table of one of the plan's lists with its buttons (Add, Remove and any the
// list needs besides) and, under it, the reason an edit was refused. The list's own editor
// (InterimTargetsEditor, PricesEditor) says what Add does and names the widgets.
class PlanListEditor : public QWidget
{
    Q_OBJECT

public:
    // Object names of the table, the two buttons and the message line, and the buttons' texts.
    struct Names
    {
        QString view, addButton, removeButton, message;
        QString addText, removeText;
    };

    PlanListEditor(PlanListModel *model, const Names &names, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_addButton; }
    // Another button, after Add and Remove.
    void addExtraButton(QPushButton *button);
    void showMessage(const QString &message);
    void clearMessage();

signals:
    void addClicked();
    void removeClicked(int row);

protected:
    // Enables the buttons as the selection and the list allow; extend for extra buttons.
    virtual void updateButtons();

private:
    PlanListModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QHBoxLayout *m_buttons;
    QLabel *m_message;
};

} // namespace zeroplan
