#pragma once

#include "history/PlanVersion.h"
#include "history/VersionComparison.h"

#include <QJsonObject>

namespace zeroplan {

// Versions and their comparison as JSON (docs/cli.md, "versions" and "diff"): the command
// line's output.
class VersionJson
{
public:
    static constexpr int kFormatVersion = 1;
    // {"format_version": 1, "versions": [{"number", "at", "author", "organisation", "kind",
    // "name", "comment", "changes_before", "kept"}]}
    static QJsonObject toJson(const PlanVersions &versions);
    static QJsonObject versionJson(const PlanVersion &version);
    // {"format_version": 1, "from", "to", "inputs": [fields as in history], "baseline":
    // {"from", "to"}, "scenarios": [{"name", "from": outcome or null, "to": …}]}
    static QJsonObject comparisonJson(const VersionComparison &comparison, const QString &from,
                                      const QString &to);
};

} // namespace zeroplan
