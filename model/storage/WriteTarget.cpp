#include "WriteTarget.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zeroplan {

namespace {

// Symbolic links followed at most (Linux's own limit for one path).
constexpr int kMaxLinks = 40;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// A write-only device over an open file descriptor that writes every byte it is given or
// keeps the errno of the write that failed (a QFile's message for a full disk can be
// "Unknown error"; this one keeps the cause).
class DescriptorDevice : public QIODevice
{
public:
    explicit DescriptorDevice(int fd) : m_fd(fd) { open(QIODevice::WriteOnly | Unbuffered); }
    int failure() const { return m_failure; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failure != 0)
            return -1;
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_failure = n < 0 ? errno : EIO;
                setErrorString(WriteTarget::systemReason(m_failure));
                return -1;
            }
            done += n;
        }
        return done;
    }

private:
    int m_fd;
    int m_failure = 0;
};

// Where the symbolic link `link` leads, as the link says it (relative to the link's folder).
QString linkTarget(const QString &link, int *error)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(encoded(link).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0 || n >= buffer.size()) {
        *error = n < 0 ? errno : ENAMETOOLONG;
        return {};
    }
    const QString target = QFile::decodeName(buffer.left(n));
    if (target.startsWith(QLatin1Char('/')))
        return target;
    return link.left(link.lastIndexOf(QLatin1Char('/')) + 1) + target;
}

// The real path of the existing `path`, through every link (realpath(3)); empty and *error.
QString realPath(const QString &path, int *error)
{
    char *real = ::realpath(encoded(path).constData(), nullptr);
    if (!real) {
        *error = errno;
        return {};
    }
    const QString out = QFile::decodeName(real);
    std::free(real);
    return out;
}

} // namespace

WriteTarget WriteTarget::refused(const QString &reason)
{
    WriteTarget target;
    target.m_kind = Kind::Refuse;
    target.m_refusal = reason;
    return target;
}

WriteTarget WriteTarget::classify(const QString &path)
{
    WriteTarget target;
    if (path == QLatin1String("-")) {
        target.m_kind = Kind::Stream;
        target.m_filePath = path;
        return target;
    }
    if (path.isEmpty())
        return refused(tr("no file name given"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    struct stat linkInfo = {};
    const bool isLink =
        ::lstat(encoded(absolute).constData(), &linkInfo) == 0 && S_ISLNK(linkInfo.st_mode);
    struct stat info = {};
    if (::stat(encoded(absolute).constData(), &info) == 0) {
        if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) {
            target.m_kind = Kind::Stream;
            target.m_filePath = absolute; // opening it follows any link, /proc's too
            return target;
        }
        if (S_ISDIR(info.st_mode))
            return refused(tr("it is a folder"));
        if (S_ISSOCK(info.st_mode))
            return refused(tr("it is a socket, not a file"));
        if (S_ISBLK(info.st_mode))
            return refused(tr("it is a block device (a disk), not a file"));
        if (!S_ISREG(info.st_mode))
            return refused(tr("it is neither a file, a device nor a named pipe"));
        target.m_kind = Kind::Replace;
        target.m_filePath = absolute;
        if (!isLink)
            return target;
        // A link to a file: the file is replaced in its own folder. It must be the very file
        // the link leads to (not, say, a deleted file's "NAME (deleted)" in /proc).
        int error = 0;
        target.m_filePath = realPath(absolute, &error);
        struct stat resolved = {};
        if (target.m_filePath.isEmpty())
            return refused(systemReason(error));
        if (::lstat(encoded(target.m_filePath).constData(), &resolved) != 0 ||
            resolved.st_dev != info.st_dev || resolved.st_ino != info.st_ino)
            return refused(tr("the file the link leads to cannot be found"));
        return target;
    }
    if (errno != ENOENT)
        return refused(systemReason(errno));
    // Nothing there, or a link to nothing: the file is made where the last link leads.
    QString place = absolute;
    if (isLink) {
        for (int hops = 0;; ++hops) {
            struct stat step = {};
            if (::lstat(encoded(place).constData(), &step) != 0)
                break; // the end of the chain: nothing there yet
            if (!S_ISLNK(step.st_mode) || hops == kMaxLinks)
                return refused(systemReason(ELOOP));
            int error = 0;
            place = linkTarget(place, &error);
            if (place.isEmpty())
                return refused(systemReason(error));
        }
    }
    const qsizetype slash = place.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash == 0 ? QStringLiteral("/") : place.left(slash);
    const QString name = place.mid(slash + 1);
    struct stat folderInfo = {};
    if (::stat(encoded(folder).constData(), &folderInfo) != 0 || !S_ISDIR(folderInfo.st_mode))
        return refused(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    if (name.isEmpty())
        return refused(tr("it is a folder"));
    target.m_kind = Kind::Replace;
    if (!isLink) {
        target.m_filePath = absolute;
        return target;
    }
    int error = 0;
    const QString realFolder = realPath(folder, &error);
    if (realFolder.isEmpty())
        return refused(systemReason(error));
    target.m_filePath =
        (realFolder == QLatin1String("/") ? QString() : realFolder) + QLatin1Char('/') + name;
    return target;
}

bool WriteTarget::write(const QString &path, const Producer &produce, QString *reason)
{
    const WriteTarget target = classify(path);
    switch (target.m_kind) {
    case Kind::Replace:
        return target.replace(produce, reason);
    case Kind::Stream:
        return target.stream(produce, reason);
    case Kind::Refuse:
        break;
    }
    *reason = target.m_refusal;
    return false;
}

bool WriteTarget::write(const QString &path, const QByteArray &bytes, QString *reason)
{
    return write(
        path,
        [&bytes](QIODevice &device, QString *) { return device.write(bytes) == bytes.size(); },
        reason);
}

bool WriteTarget::writeTo(int fd, const Producer &produce, QString *reason)
{
    DescriptorDevice device(fd);
    QString own;
    const bool made = produce(device, &own);
    if (device.failure() != 0) {
        *reason = systemReason(device.failure());
        return false;
    }
    if (!made)
        *reason = own;
    return made;
}

bool WriteTarget::stream(const Producer &produce, QString *reason) const
{
    if (m_filePath == QLatin1String("-")) {
        std::fflush(stdout); // what was printed before stays before
        return writeTo(STDOUT_FILENO, produce, reason);
    }
    int fd = -1;
    do
        fd = ::open(encoded(m_filePath).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *reason = systemReason(errno);
        return false;
    }
    // It may have changed since it was looked at: never write into a regular file unreplaced.
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !(S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) {
        ::close(fd);
        *reason = tr("it changed while it was being written");
        return false;
    }
    const bool written = writeTo(fd, produce, reason);
    if (::close(fd) != 0 && written && errno != EINTR) {
        *reason = systemReason(errno);
        return false;
    }
    return written;
}

bool WriteTarget::replace(const Producer &produce, QString *reason) const
{
    const QFileInfo file(m_filePath);
    const QDir dir = file.absoluteDir();
    const QByteArray target = encoded(m_filePath);
    struct stat existing = {};
    const bool exists = ::stat(target.constData(), &existing) == 0;
    // As QSaveFile did: an existing file this user may not write is not replaced either.
    if (exists && ::access(target.constData(), W_OK) != 0) {
        *reason = systemReason(errno);
        return false;
    }
    // A new file gets the usual permissions (0666 less the umask); a replaced one keeps its
    // own, given to the temporary file before anything is in it.
    const QString temp = createTemporary(dir, file.fileName(), reason, exists ? 0600 : 0666);
    if (temp.isEmpty())
        return false;
    const QByteArray tempName = encoded(temp);
    const auto fail = [&](const QString &why) {
        ::unlink(tempName.constData());
        *reason = why;
        return false;
    };
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(systemReason(errno));
    if (exists && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        const int code = errno;
        ::close(fd);
        return fail(systemReason(code));
    }
    QString produced;
    bool written = writeTo(fd, produce, &produced);
    if (written && ::fsync(fd) != 0) {
        produced = systemReason(errno);
        written = false;
    }
    if (::close(fd) != 0 && written) {
        produced = systemReason(errno);
        written = false;
    }
    if (!written)
        return fail(produced);
    QString changed;
    if (!stillReplaceable(m_filePath, &changed))
        return fail(changed);
    if (::rename(tempName.constData(), target.constData()) != 0)
        return fail(systemReason(errno));
    // Make the rename itself durable; the new file is complete and in place either way.
    const int folder =
        ::open(encoded(dir.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    removeStaleTemporaries(dir, file.fileName(), QFileInfo(m_filePath).lastModified());
    return true;
}

bool WriteTarget::stillReplaceable(const QString &filePath, QString *reason)
{
    struct stat info = {};
    if (::lstat(encoded(filePath).constData(), &info) != 0) {
        if (errno == ENOENT)
            return true;
        *reason = systemReason(errno);
        return false;
    }
    if (S_ISREG(info.st_mode))
        return true;
    // Something else took the file's place meanwhile: never rename over it.
    const WriteTarget now = classify(filePath);
    *reason =
        now.kind() == Kind::Refuse ? now.refusal() : tr("it changed while it was being written");
    return false;
}

QString WriteTarget::systemReason(int code)
{
    switch (code) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG:
        return tr("the file would exceed the file-size limit (ulimit -f)");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the file system is read-only");
    case EIO:
        return tr("input/output error (the disk or its connection failed)");
    case ELOOP:
        return tr("too many symbolic links");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case ENOENT:
        return tr("a folder of the path does not exist");
    case EISDIR:
        return tr("it is a folder");
    case EPIPE:
        return tr("the reading end of the pipe was closed");
    default:
        return QString::fromLocal8Bit(std::strerror(code));
    }
}

QString WriteTarget::exhaustedReason(int code)
{
    return code == ENOSPC || code == EDQUOT || code == EFBIG ? systemReason(code) : QString();
}

void WriteTarget::ignoreFileSizeSignal()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

QString WriteTarget::createTemporary(const QDir &dir, const QString &fileName, QString *reason,
                                     int mode)
{
    static constexpr char kLetters[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(kLetters[QRandomGenerator::system()->bounded(62)]);
        const QString path = dir.filePath(QStringLiteral(".%1.%2.tmp").arg(fileName, suffix));
        const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                              mode_t(mode));
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST) {
            *reason = systemReason(errno);
            return {};
        }
    }
    *reason = systemReason(EEXIST);
    return {};
}

void WriteTarget::removeStaleTemporaries(const QDir &dir, const QString &fileName,
                                         const QDateTime &saved)
{
    const QRegularExpression ours(QRegularExpression::anchoredPattern(
        QStringLiteral("\\.%1\\.[A-Za-z0-9]{6}\\.tmp").arg(QRegularExpression::escape(fileName))));
    const QStringList candidates =
        dir.entryList({QLatin1Char('.') + fileName + QStringLiteral(".*.tmp")},
                      QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : candidates) {
        const QFileInfo info(dir.filePath(name));
        if (ours.match(name).hasMatch() &&
            info.lastModified().secsTo(saved) > kStaleTemporarySeconds)
            QFile::remove(info.filePath());
    }
}

} // namespace zeroplan
