#pragma once

#include "PostgresCluster.h"

namespace zeroplan::test {

// An empty shared store: the database "zeroplan" on `cluster`, made by server/schema.sql.
inline bool createSharedStore(const PostgresCluster &cluster, QString *why)
{
    return cluster.psql(QStringLiteral("postgres"),
                        {QStringLiteral("-c"), QStringLiteral("CREATE DATABASE zeroplan")}, why) &&
           cluster.psql(
               QStringLiteral("zeroplan"),
               {QStringLiteral("-f"), QStringLiteral(ZEROPLAN_SOURCE_DIR "/server/schema.sql")},
               why);
}

// A shared store for a test (docs/server.md): createSharedStore(), with one district, Nanshan, of
// two communities, Xinqiao (id 1) and Hemu (id 2), and its people as docs/server.md sets them up:
// editor_a and colleague_a edit Xinqiao, editor_b edits Hemu, reviewer_a reviews Xinqiao, officer
// reads the district.
inline bool setUpSharedStore(const PostgresCluster &cluster, QString *why)
{
    return cluster.psql(QStringLiteral("postgres"),
                        {QStringLiteral("-c"), QStringLiteral("CREATE DATABASE zeroplan")}, why) &&
           cluster.psql(
               QStringLiteral("zeroplan"),
               {QStringLiteral("-f"), QStringLiteral(ZEROPLAN_SOURCE_DIR "/server/schema.sql")},
               why) &&
           cluster.psql(
               QStringLiteral("zeroplan"),
               {QStringLiteral("-c"),
                QStringLiteral(
                    "INSERT INTO zeroplan.districts (name) VALUES ('Nanshan');"
                    "INSERT INTO zeroplan.communities (district_id, name) VALUES (1, 'Xinqiao'), "
                    "(1, 'Hemu');"
                    "CREATE ROLE editor_a LOGIN IN ROLE zeroplan_editor;"
                    "CREATE ROLE colleague_a LOGIN IN ROLE zeroplan_editor;"
                    "CREATE ROLE editor_b LOGIN IN ROLE zeroplan_editor;"
                    "CREATE ROLE reviewer_a LOGIN IN ROLE zeroplan_reviewer;"
                    "CREATE ROLE officer LOGIN IN ROLE zeroplan_reader;"
                    "INSERT INTO zeroplan.memberships (login, community_id, district_id, role) "
                    "VALUES ('editor_a', 1, NULL, 'editor'), ('colleague_a', 1, NULL, 'editor'), "
                    "('editor_b', 2, NULL, 'editor'), ('reviewer_a', 1, NULL, 'reviewer'), "
                    "('officer', NULL, 1, 'reader');")},
               why);
}

} // namespace zeroplan::test
