#pragma once

#include "SqliteTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace zeroplan {

// What one kind of ZeroPlan SQLite file is (the plan's project file, the district file): its
// application id, the schema version this build writes and reads, its tables, and how an older
// version is upgraded (docs/project-file.md).
struct SqliteFormat
{
    qint64 applicationId = 0;
    int version = 1;
    QList<SqliteTables::Table> tables;
    QString files; // how descriptions of damage name such files: "project files"
    // Upgrades a copy of an older file (fromVersion < version) in its transaction; empty when
    // there is no older version.
    std::function<bool(QSqlDatabase &db, int fromVersion, QString *error)> migrate;
};

// Why a file could not be read, for the kind of file to say in its own words.
struct SqliteFileFailure
{
    enum class Kind
    {
        None,
        Missing,            // the file does not exist
        NotFile,            // a folder or a device
        CannotOpen,         // detail: the system's reason
        NotSqlite,          // not an SQLite database
        HeaderTruncated,    // number: the file's size
        BadPageSize,        // number: the page size the header gives
        LengthMismatch,     // number: the file's size, expected: what its pages need
        WalPending,         // detail: the -wal file's name
        Damaged,            // detail: the reason
        Slow,               // number: the time limit in seconds
        ForeignApplication, // number: the file's application_id
        Newer,              // number: the file's user_version
        NoSuchVersion       // number: the file's user_version (< 1)
    };
    Kind kind = Kind::None;
    QString detail;
    qint64 number = 0;
    qint64 expected = 0;
    bool failed() const { return kind != Kind::None; }
};

// The safe reading and writing that every ZeroPlan SQLite file gets (docs/project-file.md,
// "Saving, and why it is safe" and "Loading, and its messages"): saving writes a temporary file
// beside the target in one transaction and renames it over the target (through WriteTarget);
// loading opens the file read-only, writes nothing beside it and checks its header, identity,
// version, schema and integrity before the rows are read, within a time limit.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SqliteFile)

public:
    // Fills an empty database in its transaction: creates the tables and inserts the rows.
    using Writer = std::function<bool(QSqlDatabase &db, QString *error)>;
    // Reads the rows of an intact file of the current version; returns why they don't make
    // what is read, or "".
    using Reader = std::function<QString(const QSqlDatabase &db)>;

    // When a saved file is made durable: each save fsyncs its file and folder before it
    // returns (the default), or a batch of new files is synced at once afterwards with
    // syncFileSystem() (docs/district.md: a thousand fsyncs take longer than the writing).
    enum class Sync
    {
        EachFile,
        Later
    };
    // Writes the file at `path` atomically; false and *reason (translated, without the
    // file's name) on failure, leaving `path` as it was.
    static bool save(const QString &path, const Writer &write, QString *reason,
                     Sync sync = Sync::EachFile);
    // Makes everything written on the file system that holds `folder` durable (syncfs(2));
    // false and *reason when it fails.
    static bool syncFileSystem(const QString &folder, QString *reason);
    // Reads the file at `path` without changing it; *readOnly says whether it can be written.
    static SqliteFileFailure load(const QString &path, const SqliteFormat &format,
                                  const Reader &read, qint64 timeLimitMs, bool *readOnly);
    // Whether `bytes` (a file's first bytes) begin as an SQLite database does: the 16-byte
    // header "SQLite format 3\0", or a file cut short within it (at least "SQLite").
    static bool isSqliteStart(const QByteArray &bytes);
};

} // namespace zeroplan
