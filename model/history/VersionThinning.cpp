#include "VersionThinning.h"

#include <QSet>

namespace zeroplan {

namespace {

// The calendar period an automatic version of `age` seconds, made on `day` (the calendar of
// `now`'s time zone), falls in: each period keeps its newest version. Days, weeks (Monday to
// Sunday) and months are the calendar's, so a period's newest version stays its newest as
// time goes on. Every version of the last day is a period of its own (all are kept); one
// older than a year has none (none is kept).
std::optional<std::pair<int, qint64>> periodOf(qint64 age, const QDate &day, int number)
{
    using T = VersionThinning;
    if (age < T::kDay)
        return std::pair{0, qint64(number)};
    if (age < T::kWeek)
        return std::pair{1, day.toJulianDay()};
    if (age < T::kMonth)
        return std::pair{2, day.toJulianDay() / 7}; // Julian day 0 was a Monday
    if (age < T::kYear)
        return std::pair{3, qint64(day.year()) * 12 + day.month()};
    return std::nullopt;
}

} // namespace

PlanVersions VersionThinning::thinned(const PlanVersions &versions, const QDateTime &now)
{
    QList<bool> keep(versions.size(), false);
    QSet<std::pair<int, qint64>> taken;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const PlanVersion &v = versions[i];
        if (v.isKept() || i == versions.size() - 1) {
            keep[i] = true;
            continue;
        }
        const QDate day = v.at.toUTC().addSecs(now.offsetFromUtc()).date();
        const std::optional<std::pair<int, qint64>> period =
            periodOf(std::max<qint64>(0, v.at.secsTo(now)), day, v.number);
        if (period && !taken.contains(*period)) {
            taken.insert(*period);
            keep[i] = true;
        }
    }
    PlanVersions kept;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (keep[i])
            kept.append(versions[i]);
    }
    return kept;
}

PlanVersions VersionThinning::afterSave(PlanVersions versions, const PlanVersion &added)
{
    const bool unchanged = added.kind == PlanVersion::Kind::Automatic && !versions.isEmpty() &&
                           versions.constLast().planObject() == added.planObject();
    if (!unchanged)
        versions.append(added);
    return thinned(versions, added.at.toLocalTime());
}

} // namespace zeroplan
