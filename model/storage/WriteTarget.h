#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QString>
#include <functional>

class QIODevice;

namespace zeroplan {

// The one door through which ZeroPlan writes a file the user named: exports, reports, chart
// pictures and plans (docs/project-file.md, "Writing onto anything"). It looks at what the
// name is before writing anything:
//   - a regular file, or nothing yet: replaced atomically. The bytes go to a new temporary
//     file ".NAME.XXXXXX.tmp" in the file's own folder, which is renamed over it once complete.
//     A symbolic link is followed to the file it names (also one that does not exist yet), so
//     the link stays a link and its target gets the bytes.
//   - "-" (standard output), a character device (/dev/null, a terminal) or a named pipe
//     (FIFO): written straight to, never replaced.
//   - anything else (a folder, a socket, a block device): refused, nothing written.
// A failure comes back as one translated reason without the file's name ("the disk is
// full"), for the caller to put after it; the target is then as it was (a device or pipe may
// have had part of the bytes) and no temporary file is left.
class WriteTarget
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::WriteTarget)

public:
    enum class Kind
    {
        Replace, // filePath() is the regular file (or the place of a new one) to replace
        Stream,  // filePath() is written straight: "-" for standard output
        Refuse   // refusal() says why
    };

    // What writing to `path` would do; nothing is written.
    static WriteTarget classify(const QString &path);

    Kind kind() const { return m_kind; }
    QString filePath() const { return m_filePath; }
    QString refusal() const { return m_refusal; }

    // Writes into `device`; false (and *reason) when it fails for a reason of its own. A write
    // to the device that fails is noticed by the door, whatever `produce` returns.
    using Producer = std::function<bool(QIODevice &device, QString *reason)>;
    // Writes what `produce` writes to `path`, as classify() decided.
    static bool write(const QString &path, const Producer &produce, QString *reason);
    static bool write(const QString &path, const QByteArray &bytes, QString *reason);
    // Writes `produce`'s bytes straight to the open descriptor `fd` (not closed).
    static bool writeTo(int fd, const Producer &produce, QString *reason);

    // The translated reason for an errno met while writing: "the disk is full", "the file
    // would exceed the file-size limit (ulimit -f)", "permission denied", …
    static QString systemReason(int code);
    // The reason for errno `code` if it says that room ran out (disk full, quota, file-size
    // limit), else empty: for failures inside a library that writes files itself (SQLite,
    // libxlsxwriter) and has its own, vaguer words for them.
    static QString exhaustedReason(int code);

    // Makes the process survive a write beyond the file-size limit (ulimit -f): the write then
    // fails with EFBIG, which is reported, instead of SIGXFSZ killing the process silently.
    // Both programs call it first thing in main().
    static void ignoreFileSizeSignal();

    // Temporary files of a replace ("NAME" is the target's file name). A killed writer leaves
    // its own; the next replace of the same file removes those older than this.
    static constexpr qint64 kStaleTemporarySeconds = 600;
    // A new, empty file ".NAME.XXXXXX.tmp" in `dir`, created exclusively with `mode` (less the
    // umask); its path, or empty and *reason. The letters come from the operating system's
    // random source on every call, so a forked child never runs into its parent's names.
    static QString createTemporary(const QDir &dir, const QString &fileName, QString *reason,
                                   int mode = 0600);
    // Removes the temporary files of killed writes of `fileName` in `dir`: exactly our name
    // pattern, and more than kStaleTemporarySeconds older than `saved` (the file just written,
    // so the same file system's clock), so that a write still running elsewhere keeps its own.
    static void removeStaleTemporaries(const QDir &dir, const QString &fileName,
                                       const QDateTime &saved);
    // True if a temporary file may now be renamed over `filePath` (a Replace target): it is
    // still a regular file or absent; else false and *reason.
    static bool stillReplaceable(const QString &filePath, QString *reason);

private:
    bool stream(const Producer &produce, QString *reason) const;
    bool replace(const Producer &produce, QString *reason) const;
    static WriteTarget refused(const QString &reason);

    Kind m_kind = Kind::Refuse;
    QString m_filePath;
    QString m_refusal;
};

} // namespace zeroplan
