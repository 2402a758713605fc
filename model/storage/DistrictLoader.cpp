#include "DistrictLoader.h"

#include "FileSha256.h"
#include "PlanFileReader.h"
#include "engine/ParallelFor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace zeroplan {

QString DistrictLoader::resolve(const QString &districtPath, const CommunityLink &link)
{
    if (QDir::isAbsolutePath(link.path))
        return QDir::cleanPath(link.path);
    return QDir::cleanPath(QFileInfo(districtPath).absoluteDir().filePath(link.path));
}

QString DistrictLoader::relativePath(const QString &districtPath, const QString &planPath)
{
    return QFileInfo(districtPath)
        .absoluteDir()
        .relativeFilePath(QFileInfo(planPath).absoluteFilePath());
}

QString DistrictLoader::fileHash(const QString &path)
{
    return QString::fromLatin1(fileSha256(path).toHex());
}

DistrictLoad DistrictLoader::load(const District &district, const QString &districtPath,
                                  const FactorLibrary *library, PlanReadCache *cache)
{
    // Each plan is read on its own (its own SQLite connection, SqliteFile), on every core: a
    // district of 1,000 communities spends most of its opening here. The results are put
    // together after, in the links' order, so they do not depend on the threads. The cache is
    // asked first, on this thread; what it should keep is stored after.
    const auto count = int(district.communities.size());
    const auto n = static_cast<size_t>(count);
    std::vector<std::optional<FileStamp>> stamps(n);
    std::vector<std::optional<PlanReadCache::Entry>> kept(n);
    if (cache) {
        for (size_t i = 0; i < n; ++i) {
            const QString path = resolve(districtPath, district.communities[qsizetype(i)]);
            stamps[i] = FileStamp::of(path);
            if (stamps[i])
                kept[i] = cache->find(path, *stamps[i]);
        }
    }
    std::vector<LinkState> states(n);
    std::vector<std::optional<DistrictMember>> read(n);
    std::vector<std::optional<PlanReadCache::Read>> fresh(n);
    parallelFor(coreCount(), count, [&](int i) {
        const auto k = size_t(i);
        read[k] = readLink(district.communities[i], districtPath, library, states[k],
                           kept[k] ? &*kept[k] : nullptr,
                           cache && stamps[k] && !kept[k] ? &fresh[k] : nullptr);
        if (fresh[k])
            fresh[k]->stamp = *stamps[k];
    });
    DistrictLoad loaded;
    loaded.links.reserve(count);
    QList<PlanReadCache::Read> toKeep;
    for (size_t i = 0; i < n; ++i) {
        LinkState &state = states[i];
        if (read[i]) {
            state.member = int(loaded.members.size());
            loaded.members.append(std::move(*read[i]));
        }
        loaded.links.append(std::move(state));
        if (fresh[i])
            toKeep.append(std::move(*fresh[i]));
    }
    if (cache)
        cache->store(toKeep);
    return loaded;
}

std::optional<DistrictMember> DistrictLoader::readLink(
    const CommunityLink &link, const QString &districtPath, const FactorLibrary *library,
    LinkState &state, const PlanReadCache::Entry *kept, std::optional<PlanReadCache::Read> *fresh)
{
    state.filePath = resolve(districtPath, link);
    std::optional<Plan> plan = kept ? PlanReadCache::planOf(*kept, library) : std::nullopt;
    if (plan) {
        state.sha256 = kept->sha256;
    } else {
        if (!QFileInfo::exists(state.filePath)) {
            state.status = LinkStatus::Missing;
            state.message =
                tr("%1: the file does not exist").arg(QDir::toNativeSeparators(state.filePath));
            return std::nullopt;
        }
        state.sha256 = fileHash(state.filePath);
        PlanFileResult read = PlanFileReader::read(state.filePath, library);
        if (!read.ok()) {
            state.status = LinkStatus::Unreadable;
            state.message = read.error;
            for (const PlanProblem &p : read.problems) {
                if (state.message.isEmpty() && p.severity == PlanProblem::Severity::Error)
                    state.message = QDir::toNativeSeparators(state.filePath) +
                                    QStringLiteral(": ") + p.toString();
            }
            return std::nullopt;
        }
        plan = std::move(read.plan);
        if (fresh)
            if (std::optional<QByteArray> form = PlanReadCache::keptForm(*plan, library))
                *fresh = PlanReadCache::Read{state.filePath, {}, state.sha256, std::move(*form)};
    }
    state.status = state.sha256 == link.sha256 ? LinkStatus::Ok : LinkStatus::Changed;
    DistrictMember member;
    member.plan = std::move(*plan);
    member.name = member.plan.community.name.isEmpty()
                      ? QFileInfo(state.filePath).completeBaseName()
                      : member.plan.community.name;
    member.scenario = link.scenario;
    member.type = link.type;
    return member;
}

bool DistrictLoader::relink(District &district, const QString &districtPath, qsizetype index,
                            QString *error)
{
    if (index < 0 || index >= district.communities.size())
        return false;
    CommunityLink &link = district.communities[index];
    const QString file = resolve(districtPath, link);
    const QString hash = fileHash(file);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("%1: the file cannot be read").arg(QDir::toNativeSeparators(file));
        return false;
    }
    link.sha256 = hash;
    return true;
}

QString DistrictLoader::statusId(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Ok:
        return QStringLiteral("ok");
    case LinkStatus::Missing:
        return QStringLiteral("missing");
    case LinkStatus::Unreadable:
        return QStringLiteral("unreadable");
    case LinkStatus::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString DistrictLoader::statusName(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Ok:
        return tr("ok");
    case LinkStatus::Missing:
        return tr("missing");
    case LinkStatus::Unreadable:
        return tr("unreadable");
    case LinkStatus::Changed:
        return tr("changed since linked");
    }
    return {};
}

} // namespace zeroplan
