#pragma once

#include <QByteArray>
#include <QString>

namespace zeroplan {

// What a plan file was when it was read: its size, modification time, inode (device and file
// number) and the SHA-256 of its content. Whoever rewrites the plan takes a stamp before it
// reads and checks stillMatches() just before it replaces the file, so that a change made by
// another program in between is noticed instead of overwritten (docs/project-file.md, "Two
// writers"). A symbolic link is followed: the stamp is of the file it leads to.
class PlanFileStamp
{
public:
    // No stamp: matches no file, not even a missing one.
    PlanFileStamp() = default;

    // The file at `path` as it is now; of a missing or unreadable file, a stamp that says so.
    static PlanFileStamp take(const QString &path);

    bool isNull() const { return !m_taken; }
    bool exists() const { return m_exists; }
    qint64 size() const { return m_size; }
    QByteArray sha256() const { return m_sha256; }

    // True if the file at `path` is still the one stamped: same size, modification time, inode
    // and content (the content is read only when the rest agrees).
    bool stillMatches(const QString &path) const;

    bool operator==(const PlanFileStamp &) const = default;

private:
    // Everything but the content; equal metadata is the cheap first test.
    bool sameMetadata(const PlanFileStamp &other) const;

    bool m_taken = false;
    bool m_exists = false;
    qint64 m_size = -1;
    qint64 m_modifiedNs = 0; // nanoseconds since the epoch, where the system says
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QByteArray m_sha256; // empty: the file could not be read
};

} // namespace zeroplan
