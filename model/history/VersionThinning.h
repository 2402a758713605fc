#pragma once

#include "PlanVersion.h"

#include <QDateTime>

namespace zeroplan {

struct Plan;

// Which automatic versions a plan keeps as they age (docs/history.md, "Versions"), as LEAP
// does: every one of the last day, then the newest of each calendar day for a week, of each
// week (Monday to Sunday) for a month (30 days) and of each calendar month for a year; none
// older. Ages count back from `now`, whose time zone the calendar is. A named version, one
// with a comment and the newest version are always kept.
class VersionThinning
{
public:
    static constexpr qint64 kDay = 24 * 60 * 60; // seconds
    static constexpr qint64 kWeek = 7 * kDay;
    static constexpr qint64 kMonth = 30 * kDay;
    static constexpr qint64 kYear = 365 * kDay;

    // `versions` (oldest first) without the ones thinned out, in the same order.
    static PlanVersions thinned(const PlanVersions &versions, const QDateTime &now);
    // The versions after a save at `added.at`: `added` appended (unless it is an automatic
    // version of the same plan as the newest version: nothing changed since), then thinned
    // by the local calendar.
    static PlanVersions afterSave(PlanVersions versions, const PlanVersion &added);
};

} // namespace zeroplan
