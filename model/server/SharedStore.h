#pragma once

#include "review/PlanReview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace zeroplan {

// A community of the shared store as the signed-in person sees it.
struct SharedCommunity
{
    int id = 0;
    QString name;
    QString district;
    int revision = 0; // of its plan; 0: no plan checked in yet
    QString role;     // the person's strongest: "reader", "reviewer", "editor", "admin"
};

// A community's plan as the server keeps it at one revision.
struct SharedPlan
{
    int community = 0;
    QString communityName;
    int revision = 0;
    QByteArray json; // the JSON plan format
    QDateTime at;
    QString by;
};

// What became of a check-in.
struct CheckInOutcome
{
    enum class Status
    {
        Done,  // the plan is now revision `revision`
        Stale, // someone checked in since: the server is at `revision`; nothing was written
        Failed // not written: `error` says why (refused, the server went away, …)
    };
    Status status = Status::Failed;
    int revision = 0;
    QString error;
};

// A district's shared store on PostgreSQL (docs/server.md), through Qt's QPSQL driver: the
// communities the signed-in person may see, a plan at a revision, check-in with optimistic
// concurrency (zeroplan.check_in), comments and review marks. Every call is one statement or
// one transaction, so a server that goes away mid-way leaves the server as it was; nothing
// here touches a local file. The rights are the server's (row-level security): a refusal comes
// back as the server's message.
class SharedStore
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SharedStore)

public:
    // `server` is a libpq connection string ("host=db.example.org dbname=zeroplan user=li
    // sslmode=require"); a password is taken from `password`, else as libpq finds one
    // (PGPASSWORD, ~/.pgpass), never from the string kept in a file.
    explicit SharedStore(const QString &server, const QString &password = {});
    ~SharedStore();
    SharedStore(const SharedStore &) = delete;
    SharedStore &operator=(const SharedStore &) = delete;

    // The connection string without a password (what a checked-out file keeps); "" and
    // *error when it is not one ("port=x": not a number; an unknown keyword).
    static QString cleanServer(const QString &server, QString *error);

    // A role in words: "Editor", "编辑者"; "—" for none.
    static QString roleName(const QString &role);

    bool open(QString *error);
    QString login() const; // the signed-in login, after open()
    QString server() const { return m_server; }
    // The open connection (for ServerDistrict), used on this thread only.
    QSqlDatabase database() const;

    QList<SharedCommunity> communities(QString *error);
    // A community by id or by name; nullopt and *error when the person sees none such.
    std::optional<SharedCommunity> community(const QString &idOrName, QString *error);
    // The plan of `community` at `revision` (0: the latest); nullopt and *error when there is
    // none.
    std::optional<SharedPlan> plan(int community, int revision, QString *error);
    // Checks in `json` as the plan that follows revision `base` (0: the first).
    CheckInOutcome checkIn(int community, int base, const QByteArray &json);
    // The community's remarks and review marks on the server.
    std::optional<PlanReview> review(int community, QString *error);
    // Adds those of `review`'s remarks and marks the server lacks (by id), in one transaction;
    // *added: how many.
    bool addReview(int community, const PlanReview &review, int *added, QString *error);

private:
    QString failure(const QString &what) const;

    QString m_server;
    QString m_password;
    QString m_connection;
    QString m_login;
};

} // namespace zeroplan
