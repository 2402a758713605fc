#include "PlanReadCache.h"

#include "PlanJson.h"
#include "PlanSchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <sys/stat.h>

#include <algorithm>

namespace zeroplan {
namespace {

// What made the entries: an entry of another version of the plan format, the project file's
// schema or ZeroPlan itself is not used (its plan might read differently now).
QString maker()
{
    return QStringLiteral("plan %1, schema %2, zeroplan %3, zlib")
        .arg(Plan::kFormatVersion)
        .arg(PlanSchema::kVersion)
        .arg(QStringLiteral(ZEROPLAN_VERSION));
}

constexpr qint64 kUnusedDays = 90; // an entry not used for so long is dropped

} // namespace

std::optional<FileStamp> FileStamp::of(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    FileStamp stamp;
    stamp.size = qint64(st.st_size);
    stamp.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    stamp.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    stamp.inode = quint64(st.st_ino);
    stamp.device = quint64(st.st_dev);
    return stamp;
}

PlanReadCache::PlanReadCache(QString file, qint64 racyNs)
    : m_file(std::move(file)), m_racyNs(racyNs)
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("zeroplan-read-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

PlanReadCache::~PlanReadCache()
{
    if (m_tried) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString PlanReadCache::standardFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString()
                            : QDir(folder).filePath(QStringLiteral("plan-read-cache.sqlite"));
}

bool PlanReadCache::open()
{
    if (m_tried)
        return m_open;
    m_tried = true;
    if (m_file.isEmpty() || !QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return false;
    QSqlQuery q(db);
    const bool ready =
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS maker (text TEXT NOT NULL)")) &&
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS plans (path TEXT PRIMARY KEY, "
                              "size INTEGER, modified INTEGER, changed INTEGER, inode INTEGER, "
                              "device INTEGER, sha256 TEXT, plan BLOB, used INTEGER)")) &&
        q.exec(QStringLiteral("SELECT text FROM maker"));
    if (!ready)
        return false; // a damaged file, or no cache of ours: left alone
    const bool ours = q.next() && q.value(0).toString() == maker();
    q.finish();
    if (!ours) {
        // Made by another version (or new): start again.
        if (!db.transaction())
            return false;
        QSqlQuery reset(db);
        reset.exec(QStringLiteral("DELETE FROM plans"));
        reset.exec(QStringLiteral("DELETE FROM maker"));
        reset.prepare(QStringLiteral("INSERT INTO maker (text) VALUES (?)"));
        reset.addBindValue(maker());
        if (!reset.exec() || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    m_open = true;
    return true;
}

std::optional<PlanReadCache::Entry> PlanReadCache::find(const QString &path, const FileStamp &stamp)
{
    if (!open())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT size, modified, changed, inode, device, sha256, plan "
                             "FROM plans WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const FileStamp kept{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toULongLong(), q.value(4).toULongLong()};
    if (!(kept == stamp))
        return std::nullopt;
    ++m_hits;
    m_used.append(path);
    return Entry{q.value(5).toString(), q.value(6).toByteArray()};
}

std::optional<Plan> PlanReadCache::planOf(const Entry &entry, const FactorLibrary *library)
{
    const QByteArray json = qUncompress(entry.plan);
    if (json.isEmpty())
        return std::nullopt;
    PlanReadResult read = PlanJson::read(json, library);
    if (!read.ok())
        return std::nullopt;
    return std::move(*read.plan);
}

std::optional<QByteArray> PlanReadCache::keptForm(const Plan &plan, const FactorLibrary *library)
{
    const QByteArray json = QJsonDocument(PlanJson::toJson(plan)).toJson(QJsonDocument::Compact);
    const PlanReadResult back = PlanJson::read(json, library);
    if (!back.ok() || !(*back.plan == plan))
        return std::nullopt;
    return qCompress(json, 1);
}

void PlanReadCache::store(const QList<Read> &reads)
{
    if ((reads.isEmpty() && m_used.isEmpty()) || !open())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO plans (path, size, modified, changed, "
                             "inode, device, sha256, plan, used) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (const Read &r : reads) {
        if (nowNs - std::max(r.stamp.modifiedNs, r.stamp.changedNs) < m_racyNs)
            continue;
        q.addBindValue(r.path);
        q.addBindValue(r.stamp.size);
        q.addBindValue(r.stamp.modifiedNs);
        q.addBindValue(r.stamp.changedNs);
        q.addBindValue(r.stamp.inode);
        q.addBindValue(r.stamp.device);
        q.addBindValue(r.sha256);
        q.addBindValue(r.plan);
        q.addBindValue(now);
        if (!q.exec()) {
            db.rollback();
            return;
        }
    }
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE plans SET used = ? WHERE path = ?"));
    for (const QString &path : std::as_const(m_used)) {
        touch.addBindValue(now);
        touch.addBindValue(path);
        touch.exec();
    }
    m_used.clear();
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM plans WHERE used < ?"));
    prune.addBindValue(now - kUnusedDays * 24 * 3600);
    prune.exec();
    if (!db.commit())
        db.rollback();
}

} // namespace zeroplan
