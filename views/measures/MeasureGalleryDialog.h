#pragma once

#include "measures/MeasureKind.h"

#include <QDialog>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace zeroplan {

// The measure catalogue as a gallery: every kind with its icon, name and one-line
// explanation. The user picks a kind with a double-click or "Add"; the page that opened the
// dialog reads chosenKind() when it is accepted (or listens to kindChosen()).
// Object names: measureGalleryDialog, measureGalleryList, measureDescriptionLabel,
// addFromGalleryButton.
class MeasureGalleryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeasureGalleryDialog(QWidget *parent = nullptr);

    std::optional<MeasureKind> chosenKind() const;
    // Makes `kind` the current item (as a click on it would).
    void selectKind(MeasureKind kind);

signals:
    void kindChosen(zeroplan::MeasureKind kind);

private:
    void showDescription();
    void choose();

    QListWidget *m_list;
    QLabel *m_description;
    QPushButton *m_addButton;
    bool m_chosen = false; // Return both activates the item and presses "Add": add once
};

} // namespace zeroplan
