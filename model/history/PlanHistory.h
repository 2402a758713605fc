#pragma once

#include "ChangeEntry.h"
#include "PlanVersion.h"
#include "SharedCheckout.h"
#include "review/PlanReview.h"

#include <optional>

namespace zeroplan {

struct Plan;

// What a project file keeps of the work on a plan besides the plan: its change log and its
// versions (docs/history.md), its comments and review (docs/review.md), and where it was
// checked out from (docs/server.md). Saved with the plan,
// in the same atomic write.
struct PlanHistory
{
    ChangeLog changeLog;
    PlanVersions versions;
    PlanReview review;
    // Set when the file was checked out of a shared store (docs/server.md).
    std::optional<SharedCheckout> checkout;

    bool operator==(const PlanHistory &) const = default;

    // The change log's entries made after version `number`, oldest first; nothing when there
    // is no such version.
    std::optional<ChangeLog> changesSince(int number) const;
    // The history once `plan` is saved by `author`: a version of it made now (named when
    // `name` is given, after the whole change log), then the automatic versions thinned
    // (VersionThinning::afterSave).
    PlanHistory afterSave(const Plan &plan, const QString &author, const QString &organisation,
                          const QString &name = {}, const QString &comment = {}) const;
};

} // namespace zeroplan
