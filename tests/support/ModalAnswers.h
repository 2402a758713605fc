#pragma once

#include "WhenModal.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>
#include <functional>

namespace zeroplan::test {

// Chooses `path` in the next file dialog (typed into its name field, as a person would).
inline void chooseInNextFileDialog(const QString &path, std::function<void()> then = {})
{
    whenModal(
        [path, then](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            QVERIFY(dialog);
            if (dialog->fileMode() == QFileDialog::Directory)
                dialog->setDirectory(path);
            else
                dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
            if (then)
                then();
            static_cast<QDialog *>(dialog)->accept();
        },
        [](QWidget *modal) { return qobject_cast<QFileDialog *>(modal) != nullptr; });
}

// Closes the next message box with OK, keeping its text.
inline void acknowledgeNextMessage(QString *text)
{
    whenModal(
        [text](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            *text = box->text();
            box->button(QMessageBox::Ok)->click();
        },
        [](QWidget *modal) { return qobject_cast<QMessageBox *>(modal) != nullptr; });
}

} // namespace zeroplan::test
