#include "PlanHistory.h"

#include "VersionThinning.h"

#include <algorithm>

namespace zeroplan {

std::optional<ChangeLog> PlanHistory::changesSince(int number) const
{
    for (const PlanVersion &v : versions) {
        if (v.number == number)
            return changeLog.mid(std::clamp<qsizetype>(v.changeCount, 0, changeLog.size()));
    }
    return std::nullopt;
}

PlanHistory PlanHistory::afterSave(const Plan &plan, const QString &author,
                                   const QString &organisation, const QString &name,
                                   const QString &comment) const
{
    PlanVersion version = PlanVersion::of(
        plan, name.isEmpty() ? PlanVersion::Kind::Automatic : PlanVersion::Kind::Named, versions);
    version.author = author;
    version.organisation = organisation;
    version.name = name;
    version.comment = comment;
    version.changeCount = changeLog.size();
    return {changeLog, VersionThinning::afterSave(versions, version), review, checkout};
}

} // namespace zeroplan
