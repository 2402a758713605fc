#pragma once

#include "SharedStore.h"
#include "history/PlanHistory.h"
#include "history/PlanMerge.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace zeroplan {

// A plan taken out of the shared store to work on offline: the plan, and the history of a new
// project file (the server's comments and review, and where it came from).
struct CheckedOutPlan
{
    Plan plan;
    PlanHistory history;
};

// What a check-in came to. Nothing is written to a local file here: the caller saves `plan`
// and `history` once the server has them (Done), so a server that goes away mid-way, or
// conflicts left to decide, leave the user's file as it was.
struct CheckInResult
{
    enum class Status
    {
        Done,      // the server holds `plan` as `revision`
        Conflicts, // someone checked in first and both changed `conflicts`: decide, then again
        Failed     // nothing checked in: `error` says why
    };
    Status status = Status::Failed;
    Plan plan;           // Done: the plan as checked in (this one, or merged with theirs)
    PlanHistory history; // Done: with the new revision and the server's comments
    int revision = 0;
    bool merged = false; // Done: someone had checked in first, and their changes were merged
    int fromTheirs = 0;  // Done, merged: values taken from their plan
    int decided = 0;     // Done, merged: conflicts decided
    int remarksSent = 0; // comments and review marks the server lacked
    QString theirsBy;    // merged, Conflicts: who checked in first
    QList<MergeConflict> conflicts; // Conflicts: all of them (decided ones too)
    QString error;
};

// Check-out and check-in of a community's plan (docs/server.md, "Check-out and check-in"):
// the desktop works offline on a local project file and checks in with optimistic
// concurrency. When someone checked in since the file's revision, the two change sets are
// merged field by field from that revision (PlanMerge); a conflict takes the side `decided`
// names, else `otherwise`; when neither decides one, nothing is written and the conflicts
// come back to be decided.
class SharedSync
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SharedSync)

public:
    static std::optional<CheckedOutPlan> checkOut(SharedStore &store, const SharedCommunity &c,
                                                  QString *error);
    // `history.checkout` names the community and revision; without one (a plan never checked
    // in), `community` must name where it goes, which must have no plan yet.
    static CheckInResult checkIn(SharedStore &store, const Plan &plan, const PlanHistory &history,
                                 const QHash<QString, MergeSide> &decided = {},
                                 std::optional<MergeSide> otherwise = std::nullopt,
                                 const std::optional<SharedCommunity> &community = std::nullopt);
};

} // namespace zeroplan
