// PlanDocument: comments and review (docs/review.md).
#include "PlanDocument.h"

#include "storage/PlanStore.h"

#include <QDir>
#include <QFileInfo>

namespace zeroplan {

namespace {

bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool PlanDocument::canReview(QString *why) const
{
    if (!m_versionShown.isEmpty())
        return refuse(
            why,
            tr("%1 is a version shown read-only: comment on the plan itself.").arg(m_versionShown));
    if (m_format == FileFormat::Json)
        return refuse(why, tr("%1 is a JSON plan, which keeps no comments: save it as a "
                              "ZeroPlan project (.zeroplan) with Save As first.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    return true;
}

void PlanDocument::setReview(PlanReview review)
{
    const bool wasModified = isModified();
    m_history.review = std::move(review);
    m_reviewUnsaved = true;
    if (!wasModified)
        emit modifiedChanged(true);
    emit reviewChanged();
}

QString PlanDocument::addComment(const ReviewTarget &target, const QString &text, QString *error,
                                 const QString &thread)
{
    if (!canReview(error))
        return {};
    if (text.trimmed().isEmpty()) {
        refuse(error, tr("A comment needs some words."));
        return {};
    }
    Remark remark;
    remark.id = PlanReview::newId();
    remark.thread = thread.isEmpty() ? remark.id : thread;
    remark.target = target;
    if (!thread.isEmpty()) {
        const std::optional<CommentThread> t = review().thread(thread);
        if (!t) {
            refuse(error, tr("There is no such comment thread."));
            return {};
        }
        remark.target = t->target;
    }
    remark.at = QDateTime::currentDateTimeUtc();
    if (const std::optional<CommentThread> t = review().thread(remark.thread))
        remark.at = std::max(remark.at, t->latest.at.addMSecs(1)); // after what it answers
    remark.author = m_author;
    remark.organisation = m_organisation;
    remark.text = text.trimmed();
    PlanReview review = m_history.review;
    review.remarks.append(remark);
    review.sort();
    setReview(std::move(review));
    return remark.id;
}

bool PlanDocument::setThreadResolved(const QString &thread, bool resolved, QString *error)
{
    if (!canReview(error))
        return false;
    const std::optional<CommentThread> t = review().thread(thread);
    if (!t)
        return refuse(error, tr("There is no such comment thread."));
    if (t->resolved == resolved)
        return true;
    Remark remark;
    remark.id = PlanReview::newId();
    remark.thread = thread;
    remark.target = t->target;
    remark.at =
        std::max(QDateTime::currentDateTimeUtc(), t->latest.at.addMSecs(1)); // after what it ends
    remark.author = m_author;
    remark.organisation = m_organisation;
    remark.kind = resolved ? Remark::Kind::Resolve : Remark::Kind::Reopen;
    PlanReview review = m_history.review;
    review.remarks.append(remark);
    review.sort();
    setReview(std::move(review));
    return true;
}

bool PlanDocument::setReviewState(const QString &measure, ReviewState state, QString *error)
{
    if (!canReview(error))
        return false;
    if (!m_plan.findMeasure(measure))
        return refuse(error, tr("The plan has no measure \"%1\".").arg(measure));
    if (review().stateOf(measure) == state)
        return true;
    ReviewMark mark;
    mark.id = PlanReview::newId();
    mark.measure = measure;
    mark.state = state;
    mark.at = QDateTime::currentDateTimeUtc();
    if (const std::optional<ReviewMark> last = review().latestMarkOf(measure))
        mark.at = std::max(mark.at, last->at.addMSecs(1));
    mark.author = m_author;
    mark.organisation = m_organisation;
    PlanReview review = m_history.review;
    review.marks.append(mark);
    review.sort();
    setReview(std::move(review));
    return true;
}

int PlanDocument::mergeReview(const PlanReview &other, QString *error)
{
    if (!canReview(error))
        return -1;
    int added = 0;
    PlanReview merged = m_history.review.merged(other, &added);
    if (added > 0)
        setReview(std::move(merged));
    return added;
}

bool PlanDocument::exportReviewCopy(const QString &path, QString *error) const
{
    if (!m_filePath.isEmpty() && QFileInfo(path) == QFileInfo(m_filePath))
        return refuse(error, tr("A review copy cannot replace the plan's own file: choose "
                                "another name."));
    PlanHistory history = m_history;
    history.review.copyOf =
        ReviewCopy{displayName(), QDateTime::currentDateTimeUtc(), m_author, m_organisation};
    return PlanStore::save(planToWrite(), history, path, error);
}

} // namespace zeroplan
