#include "PlanHistory.h"

#include "VersionThinning.h"

namespace zeroplan {

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
    return {changeLog, VersionThinning::afterSave(versions, version)};
}

} // namespace zeroplan
