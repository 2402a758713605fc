#pragma once

#include "ReviewTarget.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// One entry of a comment thread (docs/review.md): a comment, or the thread marked resolved
// or open again. Remarks are only ever added, never changed or removed, each with an id of
// its own, so that the remarks of two copies of a plan merge without conflict: the union of
// the two (PlanReview::merged).
struct Remark
{
    enum class Kind
    {
        Comment, // the first of a thread starts it; later ones answer, and reopen it if resolved
        Resolve, // the thread is resolved
        Reopen   // and open again
    };

    QString id;     // unique (a UUID): the same remark in two copies has the same id
    QString thread; // the id of the thread's first comment (its own id for that one)
    ReviewTarget target;
    QDateTime at; // UTC, to the millisecond
    QString author;
    QString organisation;
    Kind kind = Kind::Comment;
    QString text; // a comment's words; empty for Resolve and Reopen

    bool startsThread() const { return kind == Kind::Comment && id == thread; }
    bool operator==(const Remark &) const = default;
};

// "comment", "resolve", "reopen" (the file's and the CLI's names) and back.
QString remarkKindId(Remark::Kind kind);
std::optional<Remark::Kind> remarkKindFromId(const QString &id);

} // namespace zeroplan
