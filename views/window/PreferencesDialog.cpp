#include "PreferencesDialog.h"

#include "present/Language.h"
#include "present/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace zeroplan {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const auto &language : Language::available())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Preferences::language())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("Numbers and dates follow the language chosen."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_authorName = new QLineEdit(Preferences::authorName(), this);
    m_authorName->setObjectName(QStringLiteral("authorNameEdit"));
    m_authorName->setPlaceholderText(tr("e.g. Li Wei"));
    form->addRow(tr("Your &name:"), m_authorName);
    m_authorOrganisation = new QLineEdit(Preferences::authorOrganisation(), this);
    m_authorOrganisation->setObjectName(QStringLiteral("authorOrganisationEdit"));
    m_authorOrganisation->setPlaceholderText(tr("e.g. Xinqiao residents' committee"));
    form->addRow(tr("&Organisation:"), m_authorOrganisation);
    auto *authorNote =
        new QLabel(tr("Recorded with every change you make to a plan (View → History)."), this);
    authorNote->setWordWrap(true);
    form->addRow(authorNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::authorName() const
{
    return m_authorName->text().trimmed();
}

QString PreferencesDialog::authorOrganisation() const
{
    return m_authorOrganisation->text().trimmed();
}

} // namespace zeroplan
