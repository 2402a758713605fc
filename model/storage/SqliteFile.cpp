#include "SqliteFile.h"

#include "WriteTarget.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace zeroplan {

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

// The reasons a save gives were the project file's first; they keep its translation context.
QString saveReason(const char *text)
{
    return QCoreApplication::translate("zeroplan::PlanStore", text);
}

// How a connection opens its file: to write (a new or temporary file of ours), to read
// ("mode=ro": SQLite writes nothing, not even a journal), or to read a file in WAL mode
// ("immutable=1": no -wal or -shm file is created beside it, and a read-only medium is fine).
enum class Access
{
    Write,
    Read,
    ReadImmutable
};

// One uniquely named QtSql connection, removed when it goes out of scope. Queries on it must
// be gone by then, so they live in functions called while it is open.
class Connection
{
public:
    Connection(const QString &path, Access access)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("zeroplan-store-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (access == Access::Write) {
            m_db.setDatabaseName(path);
        } else {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(access == Access::Read ? QStringLiteral("mode=ro")
                                                : QStringLiteral("mode=ro&immutable=1"));
            m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        m_open = m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }
    QString errorText() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

// The whole content into a new, empty database file, in one transaction.
bool writeDatabase(const SqliteFile::Writer &write, const QString &path, QString *error)
{
    Connection conn(path, Access::Write);
    if (!conn.isOpen()) {
        *error = conn.errorText();
        return false;
    }
    QSqlDatabase &db = conn.db();
    // The file is a temporary one until renamed: no journal file is needed next to it, and
    // it is synced once, as a whole, after it is closed.
    if (!SqliteTables::execConstant(db, QStringLiteral("PRAGMA journal_mode = MEMORY"), error) ||
        !SqliteTables::execConstant(db, QStringLiteral("PRAGMA synchronous = OFF"), error) ||
        !SqliteTables::execConstant(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const bool written = write(db, error);
    if (written && db.commit())
        return true;
    if (written)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

bool syncPath(const QString &path, bool directory, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = WriteTarget::systemReason(errno);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    if (::close(fd) == 0)
        return true;
    *error = WriteTarget::systemReason(errno);
    return false;
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = WriteTarget::systemReason(errno);
    return false;
}

// A saved file keeps the permissions of the file it replaces; a new one is rw-r--r--.
bool copyPermissions(const QString &temp, const QFileInfo &target)
{
    const QFile::Permissions kNew = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                    QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
    return QFile::setPermissions(temp, target.exists() ? target.permissions() : kNew);
}

// A single value from a pragma or query made of constants.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no result");
        return {};
    }
    return q.value(0);
}

// Onto a device or a named pipe (or "-"): the database is made in a temporary file of the
// temporary folder, whose bytes are then written straight to `path`.
bool saveThrough(const SqliteFile::Writer &write, const QString &path, QString *reason)
{
    const QString temp =
        WriteTarget::createTemporary(QDir::temp(), QFileInfo(path).fileName(), reason);
    if (temp.isEmpty())
        return false;
    errno = 0;
    bool written = writeDatabase(write, temp, reason);
    const QString exhausted = WriteTarget::exhaustedReason(errno);
    if (!written && !exhausted.isEmpty())
        *reason = exhausted;
    QFile made(temp);
    if (written && !made.open(QIODevice::ReadOnly)) {
        *reason = made.errorString();
        written = false;
    }
    const QByteArray bytes = written ? made.readAll() : QByteArray();
    made.close();
    QFile::remove(temp);
    return written && WriteTarget::write(path, bytes, reason);
}

} // namespace

// `path` goes through WriteTarget's decision (docs/project-file.md, "Writing onto anything"):
// a symbolic link is followed and its target replaced in the target's own folder; onto a
// device or named pipe the file is made in the temporary folder and its bytes copied through;
// a socket, block device or folder is refused.
bool SqliteFile::save(const QString &path, const Writer &write, QString *reason, Sync sync)
{
    const QFileInfo given(path);
    const QDir givenDir = given.absoluteDir();
    if (!givenDir.exists()) {
        *reason = saveReason("the folder %1 does not exist")
                      .arg(QDir::toNativeSeparators(givenDir.path()));
        return false;
    }
    if (given.isDir()) {
        *reason = saveReason("it is a folder");
        return false;
    }
    const WriteTarget target = WriteTarget::classify(path);
    if (target.kind() == WriteTarget::Kind::Refuse) {
        *reason = target.refusal();
        return false;
    }
    if (target.kind() == WriteTarget::Kind::Stream)
        return saveThrough(write, path, reason);

    // The file itself (a symbolic link's target) is replaced, in its own folder.
    const QString file = target.filePath();
    const QFileInfo info(file);
    const QDir dir = info.absoluteDir();
    const QString temp = WriteTarget::createTemporary(dir, info.fileName(), reason);
    if (temp.isEmpty())
        return false;
    errno = 0;
    bool written = writeDatabase(write, temp, reason);
    // SQLite says "disk I/O error" for a write beyond the file-size limit: its errno is clearer.
    const QString exhausted = WriteTarget::exhaustedReason(errno);
    if (!written && !exhausted.isEmpty())
        *reason = exhausted;
    written = written && (sync == Sync::Later || syncPath(temp, false, reason));
    if (!written || !copyPermissions(temp, info) || !WriteTarget::stillReplaceable(file, reason) ||
        !renameOver(temp, file, reason)) {
        QFile::remove(temp);
        if (reason->isEmpty())
            *reason = saveReason("the temporary file could not be prepared");
        return false;
    }
    // Make the rename itself durable; the new file is complete and in place either way.
    QString ignored;
    if (sync == Sync::EachFile)
        syncPath(dir.absolutePath(), true, &ignored);
    WriteTarget::removeStaleTemporaries(dir, info.fileName(), QFileInfo(file).lastModified());
    return true;
}

bool SqliteFile::syncFileSystem(const QString &folder, QString *reason)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (fd < 0 || ::syncfs(fd) != 0) {
        *reason = WriteTarget::systemReason(errno);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

namespace {

// The first 100 bytes of an SQLite database: its header (https://sqlite.org/fileformat.html).
constexpr qsizetype kHeaderBytes = 100;
// Files up to this size get the full PRAGMA integrity_check (which also checks that every
// index agrees with its table); larger ones the faster quick_check.
constexpr qint64 kIntegrityCheckBytes = 64 * 1024 * 1024;
// The longest text or blob SQLite may make while reading (a plan's texts are far shorter).
constexpr int kMaxValueBytes = 16 * 1024 * 1024;

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// Why the file's length does not fit its header (it was cut short or padded), or no failure
// if it does: the length must be a whole number of pages, and at least the pages the header
// counts (when that count is valid: the change counter equals "version valid for").
SqliteFileFailure lengthMismatch(const QByteArray &header, qint64 size)
{
    using Kind = SqliteFileFailure::Kind;
    const quint32 rawPageSize = bigEndian(header, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {Kind::BadPageSize, {}, pageSize, 0};
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    const qint64 pages = countValid ? bigEndian(header, 28, 4) : 0;
    if (size % pageSize != 0 || size < pages * pageSize) {
        const qint64 expected = pages > 0 ? pages * pageSize : (size / pageSize + 1) * pageSize;
        return {Kind::LengthMismatch, {}, size, expected};
    }
    return {};
}

// The sqlite3 connection under a QtSql one, to set what QtSql does not offer.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Bounds what reading a file may cost, whatever the file holds: SQLite stops any statement
// once the time is up (a progress handler), keeps temporary data in memory rather than in
// files, and makes no text or blob longer than kMaxValueBytes.
class ReadBudget
{
public:
    explicit ReadBudget(qint64 milliseconds) : m_limit(milliseconds) { m_timer.start(); }
    ReadBudget(const ReadBudget &) = delete;
    ReadBudget &operator=(const ReadBudget &) = delete;

    // Applies the bounds to an open connection; returns why it could not, or "".
    QString arm(QSqlDatabase &db)
    {
        sqlite3 *handle = handleOf(db);
        if (!handle)
            return QStringLiteral("the SQLite driver gives no connection handle");
        sqlite3_progress_handler(handle, 1000, &ReadBudget::tick, this);
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
        for (const char *pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384",
                                   "PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON"}) {
            QSqlQuery q(db);
            if (!q.exec(QLatin1String(pragma)))
                return q.lastError().text();
        }
        return {};
    }
    bool expired() const { return m_expired; }
    qint64 limit() const { return m_limit; }

private:
    static int tick(void *self)
    {
        auto *budget = static_cast<ReadBudget *>(self);
        if (budget->m_timer.elapsed() > budget->m_limit)
            budget->m_expired = true;
        return budget->m_expired ? 1 : 0;
    }

    QElapsedTimer m_timer;
    qint64 m_limit;
    bool m_expired = false;
};

// Checks that `db` is an intact file of the format's current schema and reads it; returns
// why it is damaged, or an empty string. `thorough`: integrity_check, else quick_check.
QString readChecked(const QSqlDatabase &db, const SqliteFormat &format,
                    const SqliteFile::Reader &read, bool thorough)
{
    QString error;
    const QString hostile = SqliteTables::unexpectedPart(db, format.tables, format.files, &error);
    if (!error.isEmpty())
        return error;
    if (!hostile.isEmpty())
        return hostile;
    const QVariant check = scalar(db,
                                  thorough ? QStringLiteral("PRAGMA integrity_check(1)")
                                           : QStringLiteral("PRAGMA quick_check(1)"),
                                  &error);
    if (!error.isEmpty())
        return error;
    if (check.toString() != QLatin1String("ok")) {
        QStringList lines = check.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("***")); });
        return QStringLiteral("integrity check: %1").arg(lines.value(0));
    }
    const QString missing = SqliteTables::missingPart(db, format.tables, &error);
    if (!error.isEmpty())
        return error;
    if (!missing.isEmpty())
        return QStringLiteral("%1 is missing").arg(missing);
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fk.lastError().text();
    if (fk.next())
        return QStringLiteral("a row of %1 refers to a row that does not exist")
            .arg(fk.value(0).toString());
    return read(db);
}

// An older file is upgraded in a copy, so the user's file is never written by loading; it
// becomes the current version when it is next saved.
QString readMigrated(const QString &path, int version, const SqliteFormat &format,
                     const SqliteFile::Reader &read, bool thorough, ReadBudget &budget)
{
    QTemporaryDir tempDir;
    const QString copy = tempDir.filePath(QStringLiteral("migrating.sqlite"));
    if (!tempDir.isValid() || !QFile::copy(path, copy) ||
        !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner))
        return QStringLiteral("could not copy the file to upgrade it");
    Connection conn(copy, Access::Write);
    QString error;
    if (!conn.isOpen())
        return conn.errorText();
    if (const QString unarmed = budget.arm(conn.db()); !unarmed.isEmpty())
        return unarmed;
    // Nothing that the copy holds may run while it is upgraded (a trigger on ALTER TABLE).
    if (const QString hostile =
            SqliteTables::unexpectedPart(conn.db(), format.tables, format.files, &error);
        !hostile.isEmpty() || !error.isEmpty())
        return error.isEmpty() ? hostile : error;
    if (!format.migrate)
        return QStringLiteral("no migration from schema version %1").arg(version);
    if (!conn.db().transaction() || !format.migrate(conn.db(), version, &error) ||
        !conn.db().commit())
        return error.isEmpty() ? conn.db().lastError().text() : error;
    return readChecked(conn.db(), format, read, thorough);
}

} // namespace

SqliteFileFailure SqliteFile::load(const QString &path, const SqliteFormat &format,
                                   const Reader &read, qint64 timeLimitMs, bool *readOnly)
{
    using Kind = SqliteFileFailure::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return {Kind::Missing, {}, 0, 0};
    if (!info.isFile())
        return {Kind::NotFile, {}, 0, 0};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Kind::CannotOpen, file.errorString(), 0, 0};
    const QByteArray header = file.read(kHeaderBytes);
    const qint64 size = file.size();
    file.close();
    if (!header.startsWith(kSqliteHeader) && !isSqliteStart(header))
        return {Kind::NotSqlite, {}, 0, 0};
    if (header.size() < kHeaderBytes)
        return {Kind::HeaderTruncated, {}, size, 0};
    if (const SqliteFileFailure cut = lengthMismatch(header, size); cut.failed())
        return cut;
    // Bytes 18 and 19 are 2 in a file in write-ahead-log mode (made so by another tool: ZeroPlan
    // writes rollback-journal files). Its changes may still be in FILE-wal beside it.
    const bool walMode = header.at(18) == 2 || header.at(19) == 2;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (walMode && wal.exists() && wal.size() > 0)
        return {Kind::WalPending, QDir::toNativeSeparators(wal.fileName()), 0, 0};
    if (readOnly)
        *readOnly = !info.isWritable() || !(info.permissions() & QFile::WriteOwner);

    ReadBudget budget(timeLimitMs);
    const auto damaged = [&](const QString &reason) {
        if (!budget.expired())
            return SqliteFileFailure{Kind::Damaged, reason.simplified(), 0, 0};
        return SqliteFileFailure{Kind::Slow, {}, (timeLimitMs + 999) / 1000, 0};
    };
    Connection conn(path, walMode ? Access::ReadImmutable : Access::Read);
    if (!conn.isOpen())
        return {Kind::Damaged, conn.errorText().simplified(), 0, 0};
    if (const QString unarmed = budget.arm(conn.db()); !unarmed.isEmpty())
        return {Kind::Damaged, unarmed.simplified(), 0, 0};
    QString error;
    const QVariant appId = scalar(conn.db(), QStringLiteral("PRAGMA application_id"), &error);
    const QVariant userVersion = scalar(conn.db(), QStringLiteral("PRAGMA user_version"), &error);
    if (!error.isEmpty())
        return damaged(error);
    if (appId.toLongLong() != format.applicationId)
        return {Kind::ForeignApplication, {}, appId.toLongLong(), 0};
    const int version = userVersion.toInt();
    if (version > format.version)
        return {Kind::Newer, {}, version, 0};
    if (version < 1)
        return {Kind::NoSuchVersion, {}, version, 0};
    const bool thorough = size <= kIntegrityCheckBytes;
    if (version == format.version) {
        if (const QString damage = readChecked(conn.db(), format, read, thorough);
            !damage.isEmpty())
            return damaged(damage);
        return {};
    }
    // Refused before the file is copied: what the copy must not run is in the original.
    const QString hostile =
        SqliteTables::unexpectedPart(conn.db(), format.tables, format.files, &error);
    if (!hostile.isEmpty() || !error.isEmpty())
        return damaged(error.isEmpty() ? hostile : error);
    if (const QString damage = readMigrated(path, version, format, read, thorough, budget);
        !damage.isEmpty())
        return damaged(damage);
    return {};
}

bool SqliteFile::isSqliteStart(const QByteArray &bytes)
{
    // At least "SQLite": no JSON text and no other format ZeroPlan reads starts so.
    const qsizetype compared = std::min(bytes.size(), kSqliteHeader.size());
    return compared >= 6 && bytes.left(compared) == kSqliteHeader.left(compared);
}

} // namespace zeroplan
