#include "PlanReview.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace zeroplan {

namespace {

template <typename T> bool earlier(const T &a, const T &b)
{
    return a.at != b.at ? a.at < b.at : a.id < b.id;
}

// The union of `ours` and `theirs` by id, ours first where both have one.
template <typename T> QList<T> united(const QList<T> &ours, const QList<T> &theirs, int *added)
{
    QList<T> all = ours;
    QSet<QString> ids;
    for (const T &item : ours)
        ids.insert(item.id);
    for (const T &item : theirs) {
        if (ids.contains(item.id))
            continue;
        ids.insert(item.id);
        all.append(item);
        ++*added;
    }
    std::stable_sort(all.begin(), all.end(), earlier<T>);
    return all;
}

} // namespace

QList<CommentThread> PlanReview::threads() const
{
    QList<CommentThread> out;
    QHash<QString, qsizetype> index;
    for (const Remark &r : remarks) {
        if (r.startsThread()) {
            index.insert(r.id, out.size());
            out.append({r.id, r.target, {r}, false, r});
        }
    }
    for (const Remark &r : remarks) {
        if (r.startsThread())
            continue;
        const auto it = index.constFind(r.thread);
        if (it == index.cend())
            continue; // a thread that starts nowhere: problem() names it
        CommentThread &t = out[*it];
        t.latest = r;
        if (r.kind == Remark::Kind::Comment)
            t.comments.append(r);
        t.resolved = r.kind == Remark::Kind::Resolve;
    }
    return out;
}

QList<CommentThread> PlanReview::threadsOn(const ReviewTarget &target) const
{
    QList<CommentThread> all = threads();
    all.removeIf([&](const CommentThread &t) { return t.target != target; });
    return all;
}

std::optional<CommentThread> PlanReview::thread(const QString &id) const
{
    for (const CommentThread &t : threads()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

int PlanReview::openThreadsOn(const ReviewTarget &target) const
{
    const QList<CommentThread> on = threadsOn(target);
    return int(
        std::count_if(on.cbegin(), on.cend(), [](const CommentThread &t) { return !t.resolved; }));
}

int PlanReview::openThreads() const
{
    const QList<CommentThread> all = threads();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [](const CommentThread &t) { return !t.resolved; }));
}

QHash<QString, int> PlanReview::openThreadsByObject() const
{
    QHash<QString, int> open;
    for (const CommentThread &t : threads()) {
        if (!t.resolved)
            ++open[t.target.object()];
    }
    return open;
}

ReviewState PlanReview::stateOf(const QString &measure) const
{
    const std::optional<ReviewMark> mark = latestMarkOf(measure);
    return mark ? mark->state : ReviewState::Draft;
}

std::optional<ReviewMark> PlanReview::latestMarkOf(const QString &measure) const
{
    for (auto it = marks.crbegin(); it != marks.crend(); ++it) {
        if (it->measure == measure)
            return *it;
    }
    return std::nullopt;
}

PlanReview PlanReview::merged(const PlanReview &other, int *added) const
{
    int count = 0;
    PlanReview out;
    out.remarks = united(remarks, other.remarks, &count);
    out.marks = united(marks, other.marks, &count);
    out.copyOf = copyOf;
    if (added)
        *added = count;
    return out;
}

void PlanReview::sort()
{
    std::stable_sort(remarks.begin(), remarks.end(), earlier<Remark>);
    std::stable_sort(marks.begin(), marks.end(), earlier<ReviewMark>);
}

std::optional<PlanReview::Problem> PlanReview::problem() const
{
    const QString comments = QStringLiteral("comments");
    QHash<QString, const Remark *> byId;
    for (const Remark &r : remarks)
        byId.insert(r.id, &r);
    QSet<QString> seen;
    for (qsizetype i = 0; i < remarks.size(); ++i) {
        const Remark &r = remarks.at(i);
        if (r.id.isEmpty())
            return Problem{comments, i, QStringLiteral("id"), tr("the comment has no id")};
        if (seen.contains(r.id))
            return Problem{comments, i, QStringLiteral("id"),
                           tr("the id \"%1\" is used by another comment").arg(r.id)};
        if (!r.at.isValid())
            return Problem{comments, i, QStringLiteral("at"), tr("the time is missing")};
        if (r.kind == Remark::Kind::Comment && r.text.trimmed().isEmpty())
            return Problem{comments, i, QStringLiteral("text"), tr("the comment has no words")};
        if (!r.startsThread()) {
            const Remark *first = byId.value(r.thread);
            if (!first || !first->startsThread())
                return Problem{comments, i, QStringLiteral("thread"),
                               tr("the thread \"%1\" starts nowhere").arg(r.thread)};
            if (first->target != r.target)
                return Problem{comments, i, QStringLiteral("on"),
                               tr("it is on %1 but its thread is on %2")
                                   .arg(r.target.object(), first->target.object())};
        }
        seen.insert(r.id);
    }
    const QString states = QStringLiteral("review_states");
    QSet<QString> markIds;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const ReviewMark &m = marks.at(i);
        if (m.id.isEmpty() || markIds.contains(m.id))
            return Problem{states, i, QStringLiteral("id"),
                           m.id.isEmpty()
                               ? tr("the review state has no id")
                               : tr("the id \"%1\" is used by another review state").arg(m.id)};
        if (m.measure.isEmpty())
            return Problem{states, i, QStringLiteral("measure"), tr("no measure is named")};
        if (!m.at.isValid())
            return Problem{states, i, QStringLiteral("at"), tr("the time is missing")};
        markIds.insert(m.id);
    }
    return std::nullopt;
}

QString PlanReview::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace zeroplan
