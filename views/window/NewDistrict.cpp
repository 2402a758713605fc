#include "NewDistrict.h"

#include "import/CommunityImport.h"
#include "plan/PriceLibrary.h"
#include "present/Preferences.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanLock.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace zeroplan {

bool NewDistrict::createFromTable(const QString &table, const QString &districtPath, int baseYear,
                                  QString *error)
{
    const QString native = QDir::toNativeSeparators(districtPath);
    if (QFileInfo::exists(districtPath)) {
        *error = tr("%1 already exists; choose a new name for the district").arg(native);
        return false;
    }
    PlanLock lock(districtPath);
    if (!lock.lock(PlanLock::kAppWaitMilliseconds) && lock.isHeldByOther()) {
        *error = lock.error();
        return false;
    }
    const CommunityImportResult read = CommunityImport::readFile(
        table, QString(), baseYear, FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
    if (!read.ok()) {
        *error = read.error;
        return false;
    }
    District district;
    district.name = QFileInfo(districtPath).completeBaseName();
    district.baseYear = baseYear;
    return DistrictCreate::addPlans(district, districtPath, read.plans, CommunityType::Existing,
                                    error);
}

QString NewDistrict::fromSpreadsheet(QWidget *parent)
{
    const QString table = QFileDialog::getOpenFileName(
        parent, tr("New District from Spreadsheet"), Preferences::fileDialogFolder(),
        tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (table.isEmpty())
        return {};
    Preferences::rememberFileDialogFolder(table);
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save the New District As"),
        QDir(QFileInfo(table).absolutePath()).filePath(tr("District") + DistrictStore::suffix()),
        tr("District files (*.zeroplan-district)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing file is refused, never written over
    if (path.isEmpty())
        return {};
    if (!path.endsWith(DistrictStore::suffix()))
        path += DistrictStore::suffix();
    QString error;
    // The communities' figures are last year's, as File → New starts a plan.
    if (!createFromTable(table, path, QDate::currentDate().year() - 1, &error)) {
        QMessageBox::warning(parent, tr("New District from Spreadsheet"), error);
        return {};
    }
    return path;
}

QList<SampleCommunity> NewDistrict::sampleCommunities()
{
    return {{QStringLiteral(":/samples/shenzhen-xinqiao.json"), QStringLiteral("全面"),
             CommunityType::Existing},
            {QStringLiteral(":/samples/hangzhou-hemu.json"),
             QStringLiteral("深化行动（2050 碳中和）"), CommunityType::Existing},
            {QStringLiteral(":/samples/european-ecodistrict.json"), QStringLiteral("Net zero 2040"),
             CommunityType::New}};
}

QString NewDistrict::sampleDistrict(QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the Sample District and Its Three Plans"),
        Preferences::fileDialogFolder());
    if (folder.isEmpty())
        return {};
    QString error;
    const QString path = SampleDistrict::make(folder, tr("Sample district"), sampleCommunities(),
                                              FactorLibraryJson::builtIn(), &error);
    if (path.isEmpty())
        QMessageBox::warning(parent, tr("Sample District"), error);
    return path;
}

} // namespace zeroplan
