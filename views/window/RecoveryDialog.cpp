#include "RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace zeroplan {

RecoveryDialog::RecoveryDialog(const QList<RecoveryCopy> &copies, QWidget *parent)
    : QDialog(parent), m_copies(copies)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("ZeroPlan was closed before these changes were saved. "
                                "Recover one to continue where you left off."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryCopiesList"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("Recover"), QDialogButtonBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteRecoveryButton"));
    QPushButton *later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, &RecoveryDialog::deleteChosen);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, recover, remove](int row) {
        const bool readable = row >= 0 && !m_copies.at(row).isDamaged();
        recover->setEnabled(readable);
        remove->setEnabled(row >= 0);
    });
    refresh();
    resize(560, 300);
}

std::optional<RecoveryCopy> RecoveryDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_copies.size() || m_copies.at(row).isDamaged())
        return std::nullopt;
    return m_copies.at(row);
}

void RecoveryDialog::refresh()
{
    m_list->clear();
    for (const RecoveryCopy &copy : m_copies) {
        QString text = RecoveryFile::describe(copy);
        if (copy.isDamaged())
            text += QStringLiteral("\n") + copy.damage;
        else if (copy.originalModified)
            text += QStringLiteral("\n") +
                    tr("The file was saved after these changes: the copy is older than it.");
        m_list->addItem(text);
    }
    m_list->setCurrentRow(m_copies.isEmpty() ? -1 : 0);
    if (m_copies.isEmpty())
        reject();
}

void RecoveryDialog::deleteChosen()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QString error;
    if (!RecoveryFile::remove(m_copies.at(row), &error)) {
        QMessageBox::warning(this, tr("Cannot delete recovery copy"), error);
        return;
    }
    m_copies.removeAt(row);
    refresh();
}

} // namespace zeroplan
