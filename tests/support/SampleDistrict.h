#pragma once
// The sample district (resources/samples/district/make-sample-district.sh) made in a test's
// own folder: copies of the three sample plans and a district file linking them, each with
// the scenario the script gives it, written with DistrictStore::save.
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace zeroplan::test {

inline const QString kSamplesDir = QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples");

// Writes the district into `dir` ("samples.zeroplan-district" and the three plans); returns its
// path, or an empty string (and a warning) when something can't be written.
inline QString makeSampleDistrict(const QString &dir)
{
    struct Sample
    {
        const char *file;
        QString scenario;
        CommunityType type;
    };
    const Sample samples[] = {
        {"shenzhen-xinqiao.json", QStringLiteral("全面"), CommunityType::Existing},
        {"hangzhou-hemu.json", QStringLiteral("深化行动（2050 碳中和）"), CommunityType::Existing},
        {"european-ecodistrict.json", QStringLiteral("Net zero 2040"), CommunityType::New},
    };
    District district;
    district.name = QStringLiteral("Sample district");
    district.region = QStringLiteral("Test region");
    district.baseYear = 2023;
    district.horizonEnd = 2060;
    for (const Sample &sample : samples) {
        const QString file = QLatin1String(sample.file);
        const QString copy = QDir(dir).filePath(file);
        QFile::remove(copy);
        if (!QFile::copy(kSamplesDir + QLatin1Char('/') + file, copy) ||
            !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner)) {
            qWarning("cannot copy %s", sample.file);
            return {};
        }
        district.communities.append(
            {file, DistrictLoader::fileHash(copy), sample.scenario, sample.type});
    }
    const QString path = QDir(dir).filePath(QStringLiteral("samples.zeroplan-district"));
    QString error;
    if (!DistrictStore::save(district, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

} // namespace zeroplan::test
