#pragma once

#include <QDateTime>
#include <QString>

namespace zeroplan {

// Where a project file came from when it was checked out of a district's shared store
// (docs/server.md, "Check-out and check-in"): the server, as a libpq connection string
// without a password, the community, and the revision of its plan this file started from.
// A check-in names that revision; it is raised to the one the check-in made.
struct SharedCheckout
{
    QString server;        // "host=db.example.org dbname=zeroplan user=li"
    int community = 0;     // zeroplan.communities.id on that server
    QString communityName; // as the server names it
    int revision = 0;      // of the server's plan this file's plan started from (0: none yet)
    QDateTime at;          // when it was checked out, or last checked in
    QString login;         // who did

    bool operator==(const SharedCheckout &) const = default;
};

} // namespace zeroplan
