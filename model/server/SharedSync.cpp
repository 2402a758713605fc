#include "SharedSync.h"

#include "storage/PlanJson.h"

#include <QJsonDocument>

namespace zeroplan {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The first error of a plan that does not read, as one line.
QString firstError(const PlanReadResult &read)
{
    for (const PlanProblem &p : read.problems)
        if (p.severity == PlanProblem::Severity::Error)
            return p.toString();
    return {};
}

SharedCheckout stamp(const SharedStore &store, int community, const QString &name, int revision)
{
    QString ignored;
    return {SharedStore::cleanServer(store.server(), &ignored),
            community,
            name,
            revision,
            QDateTime::currentDateTimeUtc(),
            store.login()};
}

} // namespace

std::optional<CheckedOutPlan> SharedSync::checkOut(SharedStore &store, const SharedCommunity &c,
                                                   QString *error)
{
    if (c.revision == 0) {
        *error =
            tr("%1 has no plan in the shared store yet: check a plan in to it first").arg(c.name);
        return std::nullopt;
    }
    const std::optional<SharedPlan> shared = store.plan(c.id, 0, error);
    if (!shared)
        return std::nullopt;
    PlanReadResult read = PlanJson::read(shared->json);
    if (!read.ok()) {
        *error = tr("the plan of %1 in the shared store (revision %2) does not read: %3")
                     .arg(c.name)
                     .arg(shared->revision)
                     .arg(firstError(read));
        return std::nullopt;
    }
    std::optional<PlanReview> review = store.review(c.id, error);
    if (!review)
        return std::nullopt;
    CheckedOutPlan out{std::move(*read.plan), {}};
    out.history.review = std::move(*review);
    out.history.checkout = stamp(store, c.id, shared->communityName, shared->revision);
    return out;
}

CheckInResult SharedSync::checkIn(SharedStore &store, const Plan &plan, const PlanHistory &history,
                                  const QHash<QString, MergeSide> &decided,
                                  std::optional<MergeSide> otherwise,
                                  const std::optional<SharedCommunity> &community)
{
    CheckInResult out;
    const auto failed = [&](const QString &why) {
        out.status = CheckInResult::Status::Failed;
        out.error = why;
        return out;
    };
    if (!history.checkout && !community)
        return failed(tr("this plan was not checked out of a shared store: name the community "
                         "it goes to"));
    const int id = history.checkout ? history.checkout->community : community->id;
    const QString name = history.checkout ? history.checkout->communityName : community->name;
    const int base = history.checkout ? history.checkout->revision : 0;

    // Comments and review marks first: they only add, so sending them before a check-in that
    // then fails writes nothing anyone loses.
    QString why;
    if (!store.addReview(id, history.review, &out.remarksSent, &why))
        return failed(why);

    const QJsonObject mine = PlanJson::toJson(plan);
    Plan sent = plan;
    QByteArray sentJson = compact(mine);
    int sentBase = base;
    // Someone may check in between the merge and its check-in: merge again, a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const CheckInOutcome o = store.checkIn(id, sentBase, sentJson);
        if (o.status == CheckInOutcome::Status::Failed)
            return failed(o.error);
        if (o.status == CheckInOutcome::Status::Done) {
            out.status = CheckInResult::Status::Done;
            out.plan = std::move(sent);
            out.revision = o.revision;
            out.history = history;
            out.history.checkout = stamp(store, id, name, o.revision);
            if (const std::optional<PlanReview> server = store.review(id, &why))
                out.history.review = history.review.merged(*server);
            return out;
        }
        const std::optional<SharedPlan> theirs = store.plan(id, 0, &why);
        if (!theirs)
            return failed(why);
        QJsonObject baseJson;
        if (base > 0) {
            const std::optional<SharedPlan> started = store.plan(id, base, &why);
            if (!started)
                return failed(why);
            baseJson = QJsonDocument::fromJson(started->json).object();
        }
        const QJsonObject theirsJson = QJsonDocument::fromJson(theirs->json).object();
        PlanMergeResult merge = PlanMerge::merge(baseJson, mine, theirsJson, decided);
        out.theirsBy = theirs->by;
        QHash<QString, MergeSide> all = decided;
        for (const MergeConflict &c : merge.conflicts) {
            if (all.contains(c.path()))
                continue;
            if (!otherwise) {
                out.status = CheckInResult::Status::Conflicts;
                out.conflicts = merge.conflicts;
                out.revision = theirs->revision;
                return out;
            }
            all.insert(c.path(), *otherwise);
        }
        if (all.size() != decided.size())
            merge = PlanMerge::merge(baseJson, mine, theirsJson, all);
        sentJson = compact(merge.merged);
        PlanReadResult read = PlanJson::read(sentJson);
        if (!read.ok())
            return failed(tr("this plan and the one %1 checked in (revision %2) merge into a plan "
                             "that does not hold together (%3); nothing was checked in")
                              .arg(theirs->by)
                              .arg(theirs->revision)
                              .arg(firstError(read)));
        sent = std::move(*read.plan);
        sentBase = theirs->revision;
        out.merged = true;
        out.fromTheirs = merge.fromTheirs;
        out.decided = int(merge.conflicts.size());
        out.conflicts = merge.conflicts;
    }
    return failed(tr("others kept checking in while this plan was merged; nothing was checked "
                     "in: try again"));
}

} // namespace zeroplan
