#pragma once

#include "JsonObjectReader.h"
#include "PlanProblem.h"
#include "plan/Plan.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace zeroplan {

// Builds a plan from the JSON object of a plan file, checking the shape of every field
// (presence, type, known ids) and reporting each problem at its JSON pointer. What is
// malformed takes its default so that one pass finds every problem; an item that is not
// even an object keeps its place in its list, so later paths still point at the file.
class PlanJsonReader
{
public:
    explicit PlanJsonReader(PlanProblems &problems) : m_problems(problems) {}

    // The plan in `root`, or nothing if `root` is not a plan (wrong format) or was made by
    // a newer ZeroPlan.
    // `path` is where `root` is in the file: empty for the file's plan, e.g.
    // "/monitoring/adoptions/0/plan" for an adopted plan's frozen copy.
    std::optional<Plan> read(const QJsonObject &root, const QString &path = QString());
    // Items that could not be read at all (not an object, unknown measure kind): their
    // place holds a default, so checks of what was read there would mislead.
    const QStringList &unreadItems() const { return m_unread; }
    // Whether reading stopped early because there were too many problems.
    bool stoppedEarly() const { return m_problems.size() >= PlanJson::kMaxProblems; }
    // One part of a plan, as read() reads it (also used by the district file's template).
    Targets readTargets(JsonObjectReader &r);
    Price readPrice(const QJsonValue &value, const QString &path);

private:
    bool readFormat(JsonObjectReader &r);
    bool readVersion(JsonObjectReader &r);
    void readLists(JsonObjectReader &r, Plan &plan);
    Community readCommunity(JsonObjectReader &r);
    InterimTarget readInterim(const QJsonValue &value, const QString &path);
    Drivers readDrivers(JsonObjectReader &r);
    SectorTrend readSectorTrend(const QJsonValue &value, const QString &path);
    Scenario readScenario(const QJsonValue &value, const QString &path);
    ScenarioMeasure readScenarioMeasure(const QJsonValue &value, const QString &path);
    ScenarioOverride readScenarioOverride(const QJsonValue &value, const QString &path);

    PlanProblems &m_problems;
    QStringList m_unread;
};

} // namespace zeroplan
