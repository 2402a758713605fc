#include "CommunityReports.h"

#include "PlanReport.h"
#include "plan/District.h"
#include "storage/DistrictLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace zeroplan {

QStringList CommunityReports::fileNames(const DistrictLoad &load)
{
    // The plan file each member was read from.
    QStringList sources(load.members.size());
    for (const LinkState &state : load.links) {
        if (state.member >= 0 && state.member < sources.size())
            sources[state.member] = state.filePath;
    }
    QStringList names;
    QSet<QString> taken;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QString stem = QFileInfo(sources.at(i)).completeBaseName();
        if (stem.isEmpty())
            stem = QStringLiteral("community-%1").arg(i + 1);
        QString name = stem + QStringLiteral(".pdf");
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(stem).arg(n);
        taken.insert(name.toLower());
        names.append(name);
    }
    return names;
}

CommunityReportsResult CommunityReports::write(const DistrictLoad &load,
                                               const FactorLibrary &library,
                                               const ReportOptions &options, const QString &folder,
                                               const Progress &progress)
{
    CommunityReportsResult result;
    result.total = int(load.members.size());
    if (!QDir().mkpath(folder)) {
        result.error = tr("%1: the folder cannot be made").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const QDir dir(folder);
    const QStringList names = fileNames(load);
    for (int i = 0; i < result.total; ++i) {
        const DistrictMember &member = load.members.at(i);
        if (progress && !progress(i, result.total, member.name)) {
            result.cancelled = true;
            return result;
        }
        ReportOptions own = options;
        const Scenario *scenario = member.scenarioToRun();
        own.scenario = scenario ? int(scenario - member.plan.scenarios.constData()) : 0;
        const QString path = dir.filePath(names.at(i));
        QString error;
        if (PlanReport::writeFile(member.plan, library, own, path, &error))
            result.written.append(path);
        else
            result.failed.append({member.name, error});
    }
    if (progress)
        progress(result.total, result.total, QString());
    return result;
}

} // namespace zeroplan
