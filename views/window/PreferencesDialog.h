#pragma once

#include <QDialog>

class QComboBox;

namespace zeroplan {

// Preferences: the language (follow the system, English, 简体中文).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const; // "" = the system's

private:
    QComboBox *m_language = nullptr;
};

} // namespace zeroplan
