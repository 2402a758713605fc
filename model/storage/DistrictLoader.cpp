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
                                  const FactorLibrary *library)
{
    // Each plan is read on its own (its own SQLite connection, SqliteFile), on every core: a
    // district of 1,000 communities spends most of its opening here. The results are put
    // together after, in the links' order, so they do not depend on the threads.
    const auto count = int(district.communities.size());
    std::vector<LinkState> states(static_cast<size_t>(count));
    std::vector<std::optional<DistrictMember>> read(static_cast<size_t>(count));
    parallelFor(coreCount(), count, [&](int i) {
        read[size_t(i)] =
            readLink(district.communities[i], districtPath, library, states[size_t(i)]);
    });
    DistrictLoad loaded;
    loaded.links.reserve(count);
    for (int i = 0; i < count; ++i) {
        LinkState &state = states[size_t(i)];
        if (read[size_t(i)]) {
            state.member = int(loaded.members.size());
            loaded.members.append(std::move(*read[size_t(i)]));
        }
        loaded.links.append(std::move(state));
    }
    return loaded;
}

std::optional<DistrictMember> DistrictLoader::readLink(const CommunityLink &link,
                                                       const QString &districtPath,
                                                       const FactorLibrary *library,
                                                       LinkState &state)
{
    state.filePath = resolve(districtPath, link);
    if (!QFileInfo::exists(state.filePath)) {
        state.status = LinkStatus::Missing;
        state.message =
            tr("%1: the file does not exist").arg(QDir::toNativeSeparators(state.filePath));
        return std::nullopt;
    }
    state.sha256 = fileHash(state.filePath);
    const PlanFileResult read = PlanFileReader::read(state.filePath, library);
    if (!read.ok()) {
        state.status = LinkStatus::Unreadable;
        state.message = read.error;
        for (const PlanProblem &p : read.problems) {
            if (state.message.isEmpty() && p.severity == PlanProblem::Severity::Error)
                state.message =
                    QDir::toNativeSeparators(state.filePath) + QStringLiteral(": ") + p.toString();
        }
        return std::nullopt;
    }
    state.status = state.sha256 == link.sha256 ? LinkStatus::Ok : LinkStatus::Changed;
    DistrictMember member;
    member.plan = *read.plan;
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
