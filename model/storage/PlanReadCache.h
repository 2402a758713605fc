#pragma once

#include "plan/Plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// What a plan file looked like on the disk when it was read: any write to it changes its
// change time (which no program can set back), and ZeroPlan's writers replace a file with a
// new one (a new inode), so an equal stamp means the same bytes, as git's index trusts it.
struct FileStamp
{
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    bool operator==(const FileStamp &) const = default;

    // The stamp of the regular file at `path` (symbolic links followed), or nothing.
    static std::optional<FileStamp> of(const QString &path);
};

// Plans read before, kept in a cache file of the user's (an SQLite file in the cache folder,
// never beside the user's files), so that opening a district of 1,000 communities reads and
// hashes again only the plans whose files changed (docs/district.md, "Speed"). An entry is
// the file's path, stamp and SHA-256, and the plan as read, as compressed plan-format JSON; it
// is used
// only while the file's stamp is the same and this version of ZeroPlan wrote it. A plan is
// kept only if its JSON reads back to the very same plan. The cache can always be thrown
// away: a damaged or unwritable cache file is left alone and every plan read from its file.
// One object is used from one thread.
class PlanReadCache
{
public:
    // The cache at `file`; opened on first use. A file changed less than `racyNs` before it is
    // kept is not kept: a write within the clock's tick after the stamp was taken could leave
    // the stamp as it was (git's "racily clean" files).
    explicit PlanReadCache(QString file, qint64 racyNs = 2'000'000'000);
    ~PlanReadCache();
    PlanReadCache(const PlanReadCache &) = delete;
    PlanReadCache &operator=(const PlanReadCache &) = delete;

    // The cache file of this user: plan-read-cache.sqlite in the cache folder.
    static QString standardFile();

    struct Entry
    {
        QString sha256;  // hex
        QByteArray plan; // from keptForm
    };
    // The entry of the plan at `path` if its stamp is still `stamp`.
    std::optional<Entry> find(const QString &path, const FileStamp &stamp);
    // The plan the entry holds, or nothing if it no longer reads as a plan without errors.
    static std::optional<Plan> planOf(const Entry &entry, const FactorLibrary *library);

    // What to keep of `plan`: its plan-format JSON, compressed (zlib, about a sixth of its
    // size); or nothing if the JSON does not read back as the very same plan (then the plan
    // is read from its file each time). Any thread.
    static std::optional<QByteArray> keptForm(const Plan &plan, const FactorLibrary *library);

    struct Read
    {
        QString path;
        FileStamp stamp;
        QString sha256;
        QByteArray plan; // from keptForm
    };
    // Keeps what was read, and notes the entries find() used (one transaction); entries no
    // open has used for 90 days are dropped.
    void store(const QList<Read> &reads);

    int hits() const { return m_hits; }

private:
    bool open();

    QString m_file;
    qint64 m_racyNs;
    QString m_connection;
    bool m_tried = false;
    bool m_open = false;
    int m_hits = 0;
    QStringList m_used; // paths find() found since the last store()
};

} // namespace zeroplan
