// The Monitoring page's imports: a file of measure progress (ProgressImportDialog), and
// showing the actual year an import or the sector totals entered (ActualsImportBar).
#include "MonitoringPage.h"
#include "PlanDocument.h"
#include "ProgressImportDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>

namespace zeroplan {

void MonitoringPage::askToImportProgress()
{
    const QString folder =
        m_document->isUntitled() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import progress"), folder,
                                     tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importProgressFrom(path);
}

ProgressImportDialog *MonitoringPage::importProgressFrom(const QString &path)
{
    auto *dialog = new ProgressImportDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MonitoringPage::showActualYear(int year)
{
    for (int i = 0; i < m_actualYear->count(); ++i) {
        if (m_actualYear->itemData(i).toInt() == year)
            m_actualYear->setCurrentIndex(i);
    }
}

} // namespace zeroplan
