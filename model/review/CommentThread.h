#pragma once

#include "Remark.h"

#include <QList>

namespace zeroplan {

// A thread of comments on one object (docs/review.md), as its remarks make it: the comments
// in the order they were made, and whether it is resolved now (its latest remark resolves
// it; a later comment or a Reopen opens it again).
struct CommentThread
{
    QString id; // its first comment's id
    ReviewTarget target;
    QList<Remark> comments; // oldest first; the first starts the thread
    bool resolved = false;
    Remark latest; // its latest remark of any kind: who resolved it, when, …
};

} // namespace zeroplan
