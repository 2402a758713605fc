#include "ServerDistrict.h"

#include "engine/ParallelFor.h"
#include "storage/PlanJson.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <vector>

namespace zeroplan {

namespace {

// One row of the district's query: a community and its plan's text as the server sent it.
struct Fetched
{
    ServerCommunity community;
    QByteArray json; // empty when no plan was checked in
};

// The first error of a plan that does not read, in one line.
QString firstError(const PlanReadResult &read)
{
    for (const PlanProblem &problem : read.problems) {
        if (problem.severity == PlanProblem::Severity::Error)
            return problem.toString();
    }
    return {};
}

} // namespace

QString ServerDistrict::notConnected(const QSqlDatabase &db)
{
    const QString why = db.lastError().text().trimmed();
    return why.isEmpty() ? tr("not connected") : why;
}

std::optional<QList<ServerDistrictSummary>> ServerDistrict::districts(const QSqlDatabase &db,
                                                                      QString *error)
{
    if (!db.isOpen()) {
        *error = tr("the districts cannot be read from the server: %1").arg(notConnected(db));
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Both tables under row-level security: the districts and communities the login sees.
    if (!q.exec(QStringLiteral("SELECT d.id, d.name, count(c.id) FROM zeroplan.districts d "
                               "LEFT JOIN zeroplan.communities c ON c.district_id = d.id "
                               "GROUP BY d.id, d.name ORDER BY d.name, d.id"))) {
        *error = tr("the districts cannot be read from the server: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<ServerDistrictSummary> districts;
    while (q.next())
        districts.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    return districts;
}

std::optional<ServerDistrictLoad> ServerDistrict::load(const QSqlDatabase &db, int districtId,
                                                       const FactorLibrary *library, QString *error)
{
    // One statement, so one snapshot: the district's name, each community the login sees and
    // its plan (none yet: NULL), by name. A district without a community the login sees is one
    // row with NULLs; one the login does not see (or that does not exist) is no row.
    if (!db.isOpen()) {
        *error = tr("district %1 cannot be read from the server: %2")
                     .arg(districtId)
                     .arg(notConnected(db));
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ran = q.prepare(QStringLiteral(
        "SELECT d.name, c.id, c.name, p.revision, p.plan::text FROM zeroplan.districts d "
        "LEFT JOIN zeroplan.communities c ON c.district_id = d.id "
        "LEFT JOIN zeroplan.plans p ON p.community_id = c.id "
        "WHERE d.id = :district ORDER BY c.name, c.id"));
    if (ran) {
        q.bindValue(QStringLiteral(":district"), districtId);
        ran = q.exec();
    }
    if (!ran) {
        *error = tr("district %1 cannot be read from the server: %2")
                     .arg(districtId)
                     .arg(q.lastError().text());
        return std::nullopt;
    }
    ServerDistrictLoad loaded;
    std::vector<Fetched> rows;
    bool found = false;
    while (q.next()) {
        found = true;
        loaded.district.name = q.value(0).toString();
        if (q.isNull(1))
            continue;
        Fetched row;
        row.community = {q.value(1).toInt(), q.value(2).toString(),
                         q.isNull(3) ? 0 : q.value(3).toInt()};
        if (!q.isNull(4))
            row.json = q.value(4).toString().toUtf8();
        rows.push_back(std::move(row));
    }
    if (q.lastError().isValid()) {
        *error = tr("district %1 cannot be read from the server: %2")
                     .arg(districtId)
                     .arg(q.lastError().text());
        return std::nullopt;
    }
    if (!found) {
        *error =
            tr("there is no district %1 on the server that this login may see").arg(districtId);
        return std::nullopt;
    }

    // Read side by side, each plan's text let go once read; put together after, in the
    // communities' order, so that nothing depends on the threads.
    const auto count = int(rows.size());
    std::vector<PlanReadResult> read(rows.size());
    parallelFor(coreCount(), count, [&](int i) {
        Fetched &row = rows[size_t(i)];
        if (row.community.revision == 0)
            return;
        read[size_t(i)] = PlanJson::read(row.json, library);
        row.json = QByteArray();
    });

    District &district = loaded.district;
    district.baseYear = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const ServerCommunity &community = rows[i].community;
        LinkState state;
        if (community.revision == 0) {
            state.status = LinkStatus::Missing;
            state.message = tr("%1: no plan has been checked in yet").arg(community.name);
        } else if (!read[i].ok()) {
            const QString why = firstError(read[i]);
            state.status = LinkStatus::Unreadable;
            state.message = tr("%1: the plan on the server does not read: %2")
                                .arg(community.name, why.isEmpty() ? tr("it is not a plan") : why);
        } else {
            Plan &plan = *read[i].plan;
            district.baseYear = district.baseYear == 0
                                    ? plan.community.baseYear
                                    : std::min(district.baseYear, plan.community.baseYear);
            district.horizonEnd = std::max(district.horizonEnd, plan.community.horizonEnd);
            state.status = LinkStatus::Ok;
            state.member = int(loaded.load.members.size());
            DistrictMember member;
            member.name = community.name;
            member.plan = std::move(plan);
            loaded.load.members.append(std::move(member));
        }
        loaded.load.links.append(std::move(state));
        loaded.communities.append(community);
        // One link per community, as a district file has, named by the community (there is
        // no file): the district's edits find each community's link by its place.
        CommunityLink link;
        link.path = community.name;
        district.communities.append(std::move(link));
    }
    if (district.baseYear == 0)
        district.baseYear = District().baseYear;
    district.horizonEnd = std::max(district.horizonEnd, district.baseYear + 1);
    return loaded;
}

} // namespace zeroplan
