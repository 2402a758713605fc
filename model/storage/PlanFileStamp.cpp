#include "PlanFileStamp.h"

#include "FileSha256.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace zeroplan {
namespace {

// The file's metadata into `stamp`'s fields; false if there is no such file.
bool readMetadata(const QString &path, bool *exists, qint64 *size, qint64 *modifiedNs,
                  quint64 *device, quint64 *inode)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) // follows symbolic links
        return *exists = false;
    *exists = true;
    *size = qint64(st.st_size);
    *modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec);
    *device = quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return *exists = false;
    *exists = true;
    *size = info.size();
    *modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000LL;
    *device = 0;
    *inode = 0;
    return true;
#endif
}

// Only a regular file's content is read: a named pipe or a device would block or be consumed
// by reading it (`convert PLAN pipe.zeroplan`), and it holds no plan to compare anyway.
bool isRegularFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
#else
    return QFileInfo(path).isFile();
#endif
}

QByteArray contentHash(const QString &path)
{
    if (!isRegularFile(path))
        return {};
    return fileSha256(path);
}

} // namespace

PlanFileStamp PlanFileStamp::take(const QString &path)
{
    PlanFileStamp stamp;
    stamp.m_taken = true;
    if (readMetadata(path, &stamp.m_exists, &stamp.m_size, &stamp.m_modifiedNs, &stamp.m_device,
                     &stamp.m_inode))
        stamp.m_sha256 = contentHash(path);
    return stamp;
}

bool PlanFileStamp::sameMetadata(const PlanFileStamp &other) const
{
    return m_taken == other.m_taken && m_exists == other.m_exists && m_size == other.m_size &&
           m_modifiedNs == other.m_modifiedNs && m_device == other.m_device &&
           m_inode == other.m_inode;
}

bool PlanFileStamp::stillMatches(const QString &path) const
{
    if (!m_taken)
        return false;
    PlanFileStamp now;
    now.m_taken = true;
    readMetadata(path, &now.m_exists, &now.m_size, &now.m_modifiedNs, &now.m_device, &now.m_inode);
    if (!sameMetadata(now))
        return false;
    if (!m_exists)
        return true; // missing then, missing now
    return contentHash(path) == m_sha256;
}

} // namespace zeroplan
