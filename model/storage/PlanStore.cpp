#include "PlanStore.h"

#include "FactorLibraryJson.h"
#include "PlanSchema.h"
#include "PlanValidator.h"
#include "SqliteFile.h"
#include "WriteTarget.h"

#include <QDir>
#include <QFileInfo>

namespace zeroplan {

static_assert(PlanStore::kStaleTemporarySeconds == WriteTarget::kStaleTemporarySeconds);

namespace {

// The project file as SqliteFile reads it: its identity, its tables and their migrations.
const SqliteFormat &projectFormat()
{
    static const SqliteFormat format{PlanSchema::kApplicationId, PlanSchema::kVersion,
                                     PlanSchema::tables(), QStringLiteral("project files"),
                                     &PlanSchema::migrate};
    return format;
}

} // namespace

bool PlanStore::save(const Plan &plan, const QString &path, QString *error)
{
    return save(plan, nullptr, path, error, true);
}

bool PlanStore::save(const Plan &plan, const PlanHistory &history, const QString &path,
                     QString *error)
{
    return save(plan, &history, path, error, true);
}

bool PlanStore::saveUnsynced(const Plan &plan, const QString &path, QString *error)
{
    return save(plan, nullptr, path, error, false);
}

std::optional<PlanHistory> PlanStore::historyOf(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    PlanHistory history;
    bool readOnly = false;
    const SqliteFileFailure failure = SqliteFile::load(
        path, projectFormat(),
        [&history](const QSqlDatabase &db) { return PlanSchema::readHistory(db, history); },
        kReadTimeLimitMs, &readOnly);
    if (failure.failed())
        return std::nullopt;
    return history;
}

bool PlanStore::save(const Plan &plan, const PlanHistory *history, const QString &path,
                     QString *error, bool synced)
{
    const PlanHistory kept = history ? PlanHistory() : historyOf(path).value_or(PlanHistory());
    const PlanHistory &written = history ? *history : kept;
    QString reason;
    const bool saved = SqliteFile::save(
        path,
        [&plan, &written](QSqlDatabase &db, QString *why) {
            return PlanSchema::create(db, why) && PlanSchema::writeRows(db, plan, why) &&
                   PlanSchema::writeHistory(db, written, why);
        },
        &reason, synced ? SqliteFile::Sync::EachFile : SqliteFile::Sync::Later);
    if (!saved && error)
        *error = tr("%1: could not save the plan: %2").arg(QDir::toNativeSeparators(path), reason);
    return saved;
}

QString PlanStore::failureMessage(const QString &path, const SqliteFileFailure &failure)
{
    using Kind = SqliteFileFailure::Kind;
    const QString name = QDir::toNativeSeparators(path);
    switch (failure.kind) {
    case Kind::None:
        return {};
    case Kind::Missing:
        return tr("%1: the file does not exist").arg(name);
    case Kind::NotFile:
        return tr("%1: not a ZeroPlan project file (a folder or a device)").arg(name);
    case Kind::CannotOpen:
        return tr("%1: cannot open the file: %2").arg(name, failure.detail);
    case Kind::NotSqlite:
        return tr("%1: not a ZeroPlan project file (not an SQLite database)").arg(name);
    case Kind::HeaderTruncated:
        return tr("%1: the project file is truncated: it has only %n byte(s), fewer than the 100 "
                  "of an SQLite database's header",
                  nullptr, int(failure.number))
            .arg(name);
    case Kind::BadPageSize:
        return tr("%1: the project file is damaged (its header gives the page size %2, which "
                  "SQLite never uses)")
            .arg(name)
            .arg(failure.number);
    case Kind::LengthMismatch:
        return tr("%1: the project file is truncated or damaged: it has %2 bytes, but its pages "
                  "need %3; it was probably not copied or downloaded completely")
            .arg(name)
            .arg(failure.number)
            .arg(failure.expected);
    case Kind::WalPending:
        return tr("%1: the project file is in SQLite's write-ahead-log (WAL) mode and %2 beside "
                  "it holds changes not yet in the file; close the program that has it open (or "
                  "open and close it there), then try again")
            .arg(name, failure.detail);
    case Kind::Damaged:
        return tr("%1: the project file is damaged (%2)").arg(name, failure.detail);
    case Kind::Slow:
        return tr("%1: reading the project file took longer than %n second(s) and was stopped; "
                  "the file is damaged or made to stall ZeroPlan",
                  nullptr, int(failure.number))
            .arg(name);
    case Kind::ForeignApplication:
        return tr("%1: not a ZeroPlan project file (an SQLite database of another program)")
            .arg(name);
    case Kind::Newer:
        return tr("%1: made by a newer ZeroPlan (file format %2, this version reads up to %3)")
            .arg(name)
            .arg(failure.number)
            .arg(PlanSchema::kVersion);
    case Kind::NoSuchVersion:
        return tr("%1: the project file is damaged (%2)")
            .arg(name, tr("file format %1 does not exist").arg(failure.number));
    }
    return {};
}

PlanStoreResult PlanStore::load(const QString &path, qint64 timeLimitMs)
{
    PlanStoreResult result;
    Plan plan;
    const SqliteFileFailure failure = SqliteFile::load(
        path, projectFormat(),
        [&plan, &result](const QSqlDatabase &db) {
            const QString damage = PlanSchema::readRows(db, plan);
            return damage.isEmpty() ? PlanSchema::readHistory(db, result.history) : damage;
        },
        timeLimitMs, &result.readOnly);
    if (failure.failed()) {
        result.problems.append({PlanProblem::Severity::Error, {}, failureMessage(path, failure)});
        return result;
    }
    result.problems = PlanValidator::validate(plan, FactorLibraryJson::builtIn());
    result.plan = plan;
    return result;
}

bool PlanStore::isSqliteStart(const QByteArray &bytes)
{
    return SqliteFile::isSqliteStart(bytes);
}

} // namespace zeroplan
