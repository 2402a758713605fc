#pragma once

#include "storage/RecoveryFile.h"

#include <QDialog>
#include <optional>

class QListWidget;

namespace zeroplan {

// After a crash: the recovery copies the last session left, newest first, each described in
// one line ("Changes to Xinqiao.zeroplan from 14:32"). Recover opens the chosen copy as an
// unsaved plan; Delete removes the chosen copy for good; Later keeps them all for next time.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryCopy> &copies, QWidget *parent = nullptr);
    // The copy to recover once the dialog was accepted.
    std::optional<RecoveryCopy> chosen() const;

private:
    void deleteChosen();
    void refresh();

    QList<RecoveryCopy> m_copies;
    QListWidget *m_list = nullptr;
};

} // namespace zeroplan
