#pragma once

#include "plan/District.h"
#include "storage/DistrictLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// A district on the shared store as the signed-in login sees it (row-level security decides):
// its id and name, and how many of its communities the login sees.
struct ServerDistrictSummary
{
    int id = 0;
    QString name;
    int communities = 0;
};

// One community of a district on the server: its id, its name there and the revision of its
// plan as last checked in (0: none checked in yet).
struct ServerCommunity
{
    int id = 0;
    QString name;
    int revision = 0;
};

// A district read from the server, ready for the roll-up (DistrictRollup over load.members).
struct ServerDistrictLoad
{
    // The server's name for it; base year and horizon from its plans, as a district made from
    // plans takes them (SampleDistrict); one link per community, its path the community's
    // name (there is no file); no template, no own measures.
    District district;
    // One link state per community, in `communities`' order (the community names' order): Ok
    // with the member it gave, Missing (no plan checked in yet) or Unreadable (the message
    // names the community). No file path, no hash. Members are named as their community on
    // the server and take their plan's current scenario.
    DistrictLoad load;
    QList<ServerCommunity> communities;
};

// Opens a district from the shared store (docs/server.md, "Opening a district from the
// server"): one query fetches every community of the district the login sees with its plan
// (the JSON plan format kept as jsonb), and the plans are read side by side on every core with
// PlanJson, as DistrictLoader reads files. A plan that does not read is reported, not fatal.
// The connection is used on the calling thread only.
class ServerDistrict
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ServerDistrict)

public:
    // The districts the login sees, by name; nothing, with *error, when the server can't be
    // asked.
    static std::optional<QList<ServerDistrictSummary>> districts(const QSqlDatabase &db,
                                                                 QString *error);
    // District `districtId` with the communities the login sees and their plans, read against
    // `library` (the built-in one if null); nothing, with *error, when the server can't be
    // asked or the login sees no such district.
    static std::optional<ServerDistrictLoad> load(const QSqlDatabase &db, int districtId,
                                                  const FactorLibrary *library, QString *error);

private:
    // Why `db` is not open: its last error, else "not connected".
    static QString notConnected(const QSqlDatabase &db);
};

} // namespace zeroplan
