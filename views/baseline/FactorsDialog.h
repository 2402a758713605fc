#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace zeroplan {

class PlanDocument;
class FactorLibrary;
class PlanFactorsModel;
struct EmissionFactor;

// Emission factors of the plan (Baseline → Emission factors…): the plan's own and the library
// factors it uses, with where each is used. New factor… adds one; Edit… changes one of the
// plan's own; Override… copies a library factor into the plan with its id, so that the
// plan's value counts everywhere the library's did (its lines and the electricity measures
// add); Remove takes an unused own factor away, or an override back to the library's. Each
// is one undo step.
// Object names: factorsDialog, factorsView, newFactorButton, editFactorButton,
// removeFactorButton, factorsMessageLabel.
class FactorsDialog : public QDialog
{
    Q_OBJECT

public:
    FactorsDialog(PlanDocument *document, const FactorLibrary &library, QWidget *parent = nullptr);

    // The "New factor…" of a baseline line's factor picker: a factor for the line's carrier
    // and unit, added and given to the line in one undo step. False if the user cancels.
    static bool newFactorForLine(PlanDocument *document, qsizetype line, QWidget *parent);

private:
    void newFactor();
    void editSelected();
    void removeSelected();
    void updateButtons();
    int selectedRow() const;
    void showMessage(const QString &message);

    PlanDocument *m_document;
    PlanFactorsModel *m_model;
    QTableView *m_view;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
};

} // namespace zeroplan
