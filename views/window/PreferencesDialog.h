#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace zeroplan {

// Preferences: the language (follow the system, English, 简体中文), and the author's name and
// organisation, recorded with every change to a plan (docs/history.md).
// Object names: languageComboBox, authorNameEdit, authorOrganisationEdit.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const; // "" = the system's
    QString authorName() const;
    QString authorOrganisation() const;

private:
    QComboBox *m_language = nullptr;
    QLineEdit *m_authorName = nullptr;
    QLineEdit *m_authorOrganisation = nullptr;
};

} // namespace zeroplan
