#include "District.h"

#include "EnumId.h"

#include <QCoreApplication>

namespace zeroplan {

const Scenario *DistrictMember::scenarioToRun(bool *notFound) const
{
    if (notFound)
        *notFound = false;
    if (!scenario.isEmpty()) {
        if (const Scenario *s = plan.findScenario(scenario))
            return s;
        if (notFound)
            *notFound = true;
    }
    if (const Scenario *s = plan.findScenario(plan.currentScenario))
        return s;
    return plan.scenarios.isEmpty() ? nullptr : &plan.scenarios.front();
}

QString communityTypeId(CommunityType type)
{
    switch (type) {
    case CommunityType::Existing:
        return QStringLiteral("existing");
    case CommunityType::New:
        return QStringLiteral("new");
    case CommunityType::Rural:
        return QStringLiteral("rural");
    }
    return {};
}

std::optional<CommunityType> communityTypeFromId(const QString &id)
{
    return enumFromId(id, {CommunityType::Existing, CommunityType::New, CommunityType::Rural},
                      communityTypeId);
}

QString communityTypeName(CommunityType type)
{
    switch (type) {
    case CommunityType::Existing:
        return QCoreApplication::translate("District", "Existing community");
    case CommunityType::New:
        return QCoreApplication::translate("District", "New community");
    case CommunityType::Rural:
        return QCoreApplication::translate("District", "Village");
    }
    return {};
}

} // namespace zeroplan
