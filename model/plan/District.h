#pragma once

#include "plan/DistrictTemplate.h"
#include "plan/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// What kind of community a district holds, to filter its league table (docs/district.md).
enum class CommunityType
{
    Existing, // an existing urban compound (老旧小区, 既有社区)
    New,      // a new-build community
    Rural     // a village
};

// A community plan a district links: a file next to the district's, with the hash of its
// content when it was last linked, so that a change made elsewhere is noticed.
struct CommunityLink
{
    QString path;     // relative to the district file's folder (absolute paths are kept as given)
    QString sha256;   // hex SHA-256 of the plan file's bytes when last linked or saved
    QString scenario; // the scenario the roll-up takes (a name); empty: the plan's current one
    CommunityType type = CommunityType::Existing;
    // The template keys (DistrictTemplate::keys) this community keeps its own value for: the
    // template does not reach them.
    QStringList overrides = {};
    bool operator==(const CommunityLink &) const = default;
};

// A street office's or a district's workspace: the community plans it oversees. Each plan
// stays its own file; the district file holds the links, the template pushed to every
// community and the district's own measures.
struct District
{
    // 2: the template, each link's overrides and the district's own plan (a version 1 file
    // reads without them).
    static constexpr int kFormatVersion = 2;

    QString name;
    QString region;
    int baseYear = 2024;
    int horizonEnd = 2060;
    QString currency = QStringLiteral("CNY");
    QList<CommunityLink> communities;
    QString note;
    // What the district pushes to every community (docs/district.md, "The template").
    DistrictTemplate templ = {};
    // The district's own measures (docs/district.md, "The district's own measures"): a plan
    // held by the district, never by a community, with the district-level activity (the bus
    // fleet's diesel, the district heating plant's coal) and the measures acting on it, and
    // its scenarios; counted once, beside the communities. No activity: no district measures.
    Plan ownPlan = {};
    QString ownScenario = {}; // its scenario the roll-up takes; empty: its current one

    // Whether the district has measures of its own (its own plan has activity).
    bool hasOwnMeasures() const { return !ownPlan.activities.isEmpty(); }
    int yearCount() const { return horizonEnd - baseYear + 1; }
    bool operator==(const District &) const = default;
};

// A community of a district as the roll-up takes it: its plan (read from its link) and the
// scenario chosen for it.
struct DistrictMember
{
    QString name; // the plan's community name, or the file name when it has none
    Plan plan;
    QString scenario; // a scenario name of `plan`; empty: the plan's current scenario
    CommunityType type = CommunityType::Existing;

    // The scenario the district counts for it: `scenario`, else the plan's current scenario,
    // else its first; nullptr (business as usual) for a plan without scenarios. *notFound
    // (when given) says that `scenario` names none of the plan's and the default was taken.
    const Scenario *scenarioToRun(bool *notFound = nullptr) const;
};

QString communityTypeId(CommunityType type); // "existing", "new", "rural"
std::optional<CommunityType> communityTypeFromId(const QString &id);
QString communityTypeName(CommunityType type); // translated

} // namespace zeroplan
