#include "DistrictExports.h"

#include "DistrictDocument.h"
#include "present/Language.h"
#include "present/Preferences.h"
#include "report/CommunityReports.h"
#include "report/DistrictReport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace zeroplan {

namespace {

ReportOptions windowOptions()
{
    ReportOptions options;
    options.language = Language::current();
    return options;
}

} // namespace

bool DistrictExports::districtReport(QWidget *parent, const DistrictDocument &district)
{
    const QString suggested = QDir(Preferences::fileDialogFolder())
                                  .filePath(district.displayName() + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export District Report"), suggested,
                                                tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    Preferences::rememberFileDialogFolder(path);
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DistrictReport::writeFile(
        district.district(), district.load(), district.library(), windowOptions(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, tr("Export District Report"), error);
    return written;
}

bool DistrictExports::communityReports(QWidget *parent, const DistrictDocument &district)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the Community Reports"), Preferences::fileDialogFolder());
    if (folder.isEmpty())
        return false;
    const DistrictLoad load = district.load();
    QProgressDialog progress(tr("Printing the community reports…"), tr("Cancel"), 0,
                             int(load.members.size()), parent);
    progress.setObjectName(QStringLiteral("communityReportsProgress"));
    progress.setWindowTitle(tr("Export Community Reports"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const CommunityReportsResult result = CommunityReports::write(
        load, district.library(), windowOptions(), folder,
        [&progress](int done, int total, const QString &community) {
            progress.setMaximum(total);
            progress.setValue(done);
            if (!community.isEmpty())
                progress.setLabelText(
                    tr("Printing %1 (%2 of %3)…").arg(community).arg(done + 1).arg(total));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export Community Reports"), result.error);
        return false;
    }
    QString message = tr("%1 of %2 community reports written to %3.")
                          .arg(result.written.size())
                          .arg(result.total)
                          .arg(QDir::toNativeSeparators(folder));
    if (result.cancelled)
        message +=
            QLatin1Char('\n') + tr("Cancelled: the reports not yet printed were not written.");
    for (const CommunityReportsResult::Failure &failure : result.failed)
        message += QLatin1Char('\n') + tr("%1: %2").arg(failure.community, failure.message);
    if (result.ok())
        QMessageBox::information(parent, tr("Export Community Reports"), message);
    else
        QMessageBox::warning(parent, tr("Export Community Reports"), message);
    return result.ok();
}

} // namespace zeroplan
