#include "DistrictCreate.h"

#include "DistrictLoader.h"
#include "DistrictStore.h"
#include "PlanStore.h"
#include "SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace zeroplan {

namespace {

constexpr qsizetype kMaxBaseName = 60;

// A name in `dir` that no file has and no earlier plan of this call took: "NAME.zeroplan",
// else "NAME-2.zeroplan", "NAME-3.zeroplan", … (compared without case, as some file systems do).
QString uniqueFileName(const QDir &dir, const QString &base, QSet<QString> &taken)
{
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? base : base + QLatin1Char('-') + QString::number(n)) +
                             QStringLiteral(".zeroplan");
        const QString key = name.toCaseFolded();
        if (taken.contains(key) || QFileInfo::exists(dir.filePath(name)))
            continue;
        taken.insert(key);
        return name;
    }
}

void removeAll(const QStringList &files)
{
    for (const QString &file : files)
        QFile::remove(file);
}

} // namespace

QString DistrictCreate::safeBaseName(const QString &communityName)
{
    QString base;
    bool gap = false;
    for (const QChar c : communityName.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber()) {
            if (gap && !base.isEmpty())
                base += QLatin1Char('-');
            base += c;
            gap = false;
        } else {
            gap = true;
        }
        if (base.size() >= kMaxBaseName)
            break;
    }
    return base.isEmpty() ? QStringLiteral("community") : base;
}

bool DistrictCreate::addPlans(District &district, const QString &districtPath,
                              const QList<Plan> &plans, CommunityType type, QString *error)
{
    const QDir dir = QFileInfo(districtPath).absoluteDir();
    QSet<QString> taken;
    for (const CommunityLink &link : district.communities)
        taken.insert(
            QFileInfo(DistrictLoader::resolve(districtPath, link)).fileName().toCaseFolded());
    District next = district;
    QStringList written;
    for (const Plan &plan : plans) {
        const QString file =
            dir.filePath(uniqueFileName(dir, safeBaseName(plan.community.name), taken));
        // New files, synced all at once below: fsyncing each of a thousand takes longer than
        // writing them.
        if (!PlanStore::saveUnsynced(plan, file, error)) {
            removeAll(written);
            return false;
        }
        written << file;
        CommunityLink link;
        link.path = DistrictLoader::relativePath(districtPath, file);
        link.sha256 = DistrictLoader::fileHash(file);
        link.type = type;
        next.communities.append(link);
    }
    // The plans are on the disk before the district that links them replaces the old one.
    QString reason;
    if (!written.isEmpty() && !SqliteFile::syncFileSystem(dir.absolutePath(), &reason)) {
        removeAll(written);
        *error = tr("%1: could not save the plans: %2")
                     .arg(QDir::toNativeSeparators(dir.absolutePath()), reason);
        return false;
    }
    if (!DistrictStore::save(next, districtPath, error)) {
        removeAll(written);
        return false;
    }
    district = next;
    return true;
}

} // namespace zeroplan
