#include "SampleDistrict.h"

#include "DistrictCreate.h"
#include "DistrictLoader.h"
#include "DistrictStore.h"
#include "PlanFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace zeroplan {

namespace {

// `folder`/NAME.zeroplan-district, or NAME-2, NAME-3, … when taken.
QString freeDistrictPath(const QString &folder, const QString &name)
{
    const QString base = DistrictCreate::safeBaseName(name);
    QString path = QDir(folder).filePath(base + DistrictStore::suffix());
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(base + QStringLiteral("-%1").arg(n) + DistrictStore::suffix());
    return path;
}

} // namespace

QString SampleDistrict::make(const QString &folder, const QString &name,
                             const QList<SampleCommunity> &communities,
                             const FactorLibrary &library, QString *error)
{
    District district;
    district.name = name;
    district.baseYear = 0;
    QList<Plan> plans;
    for (const SampleCommunity &community : communities) {
        PlanFileResult read = PlanFileReader::read(community.plan, &library);
        if (!read.plan) {
            if (error)
                *error = read.error;
            return {};
        }
        district.baseYear = district.baseYear == 0
                                ? read.plan->community.baseYear
                                : std::min(district.baseYear, read.plan->community.baseYear);
        district.horizonEnd = std::max(district.horizonEnd, read.plan->community.horizonEnd);
        plans.append(std::move(*read.plan));
    }
    if (district.baseYear == 0)
        district.baseYear = District().baseYear;
    const QString path = freeDistrictPath(folder, name);
    // One call per community, each with its own type; a failure removes what was written.
    QStringList written;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (!DistrictCreate::addPlans(district, path, {plans[i]}, communities[i].type, error)) {
            for (const QString &file : std::as_const(written))
                QFile::remove(file);
            QFile::remove(path);
            return {};
        }
        district.communities.last().scenario = communities[i].scenario;
        written.append(DistrictLoader::resolve(path, district.communities.last()));
    }
    if (!DistrictStore::save(district, path, error)) {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        QFile::remove(path);
        return {};
    }
    return path;
}

} // namespace zeroplan
