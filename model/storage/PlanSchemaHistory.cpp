// PlanSchema: the work on a plan besides the plan (its change log, versions, comments and
// review) into a project file's tables and back (PlanSchema.cpp has the tables).
#include "PlanSchema.h"

#include "PlanReader.h"
#include "TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zeroplan {

namespace {

// A value of a change as the file keeps it: the JSON text of a one-item array.
QString valueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void writeReview(const QSqlDatabase &db, const PlanReview &review, QString *failure)
{
    TableWriter remarks(db, QStringLiteral("remarks"), failure);
    for (qsizetype i = 0; i < review.remarks.size(); ++i) {
        const Remark &r = review.remarks.at(i);
        remarks.insert({i, r.id, r.thread, r.target.part, r.target.key, timeText(r.at), r.author,
                        r.organisation, remarkKindId(r.kind), r.text});
    }
    TableWriter marks(db, QStringLiteral("review_marks"), failure);
    for (qsizetype i = 0; i < review.marks.size(); ++i) {
        const ReviewMark &m = review.marks.at(i);
        marks.insert(
            {i, m.id, m.measure, reviewStateId(m.state), timeText(m.at), m.author, m.organisation});
    }
    if (review.copyOf) {
        TableWriter copy(db, QStringLiteral("review_copy"), failure);
        const ReviewCopy &c = *review.copyOf;
        copy.insert({1, c.source, timeText(c.at), c.author, c.organisation});
    }
}

void readReview(PlanReader &r, PlanReview &review)
{
    r.forEach(
        QStringLiteral("SELECT id, thread, part, key, at, author, organisation, kind, text "
                       "FROM remarks ORDER BY position"),
        [&](const QSqlQuery &q) {
            Remark m;
            m.id = r.text(q, 0);
            m.thread = r.text(q, 1);
            m.target = {r.text(q, 2), r.text(q, 3)};
            m.at = r.dateTime(q, 4);
            m.author = r.text(q, 5);
            m.organisation = r.text(q, 6);
            m.kind = r.id<Remark::Kind>(q, 7, &remarkKindFromId);
            m.text = r.text(q, 8);
            if (!ReviewTarget::fromObject(m.target.object()) && r.damage.isEmpty())
                r.damage =
                    QStringLiteral("remarks.part \"%1\" is no object of a plan").arg(m.target.part);
            review.remarks.append(std::move(m));
        });
    r.forEach(QStringLiteral("SELECT id, measure, state, at, author, organisation FROM "
                             "review_marks ORDER BY position"),
              [&](const QSqlQuery &q) {
                  ReviewMark m;
                  m.id = r.text(q, 0);
                  m.measure = r.text(q, 1);
                  m.state = r.id<ReviewState>(q, 2, &reviewStateFromId);
                  m.at = r.dateTime(q, 3);
                  m.author = r.text(q, 4);
                  m.organisation = r.text(q, 5);
                  review.marks.append(std::move(m));
              });
    r.forEach(
        QStringLiteral("SELECT source, at, author, organisation FROM review_copy"),
        [&](const QSqlQuery &q) {
            review.copyOf = ReviewCopy{r.text(q, 0), r.dateTime(q, 1), r.text(q, 2), r.text(q, 3)};
        });
    if (!r.damage.isEmpty())
        return;
    if (const auto problem = review.problem())
        r.damage =
            QStringLiteral("%1 row %2: %3")
                .arg(problem->list == QLatin1String("comments") ? QStringLiteral("remarks")
                                                                : QStringLiteral("review_marks"))
                .arg(problem->index + 1)
                .arg(problem->message);
}

} // namespace

bool PlanSchema::writeHistory(const QSqlDatabase &db, const PlanHistory &history, QString *error)
{
    const ChangeLog &log = history.changeLog;
    QString failure;
    TableWriter entries(db, QStringLiteral("change_log"), &failure);
    TableWriter fields(db, QStringLiteral("change_log_fields"), &failure);
    for (qsizetype i = 0; i < log.size(); ++i) {
        const ChangeEntry &e = log[i];
        entries.insert({i, e.at.toUTC().toString(Qt::ISODate), e.author, e.organisation,
                        changeKindId(e.kind), e.action, e.reason});
        for (qsizetype f = 0; f < e.changes.size(); ++f) {
            const FieldChange &c = e.changes[f];
            fields.insert({i, f, c.part, c.key, c.field, valueText(c.before), valueText(c.after)});
        }
    }
    TableWriter versions(db, QStringLiteral("versions"), &failure);
    for (const PlanVersion &v : history.versions)
        versions.insert({v.number, v.at.toUTC().toString(Qt::ISODate), v.author, v.organisation,
                         versionKindId(v.kind), v.name, v.comment, v.changeCount, v.planData});
    writeReview(db, history.review, &failure);
    if (const auto &c = history.checkout) {
        TableWriter checkout(db, QStringLiteral("shared_checkout"), &failure);
        checkout.insert(
            {1, c->server, c->community, c->communityName, c->revision, timeText(c->at), c->login});
    }
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}

QString PlanSchema::readHistory(const QSqlDatabase &db, PlanHistory &history)
{
    ChangeLog &log = history.changeLog;
    PlanReader r(db);
    r.forEach(
        QStringLiteral("SELECT position, at, author, organisation, kind, action, reason "
                       "FROM change_log ORDER BY position"),
        [&](const QSqlQuery &q) {
            ChangeEntry e;
            e.at = r.dateTime(q, 1);
            e.author = r.text(q, 2);
            e.organisation = r.text(q, 3);
            e.kind = r.id<ChangeEntry::Kind>(q, 4, &changeKindFromId);
            e.action = r.text(q, 5);
            e.reason = r.text(q, 6);
            if (r.integer(q, 0) != log.size() && r.damage.isEmpty())
                r.damage =
                    QStringLiteral("change_log.position %1 is out of order").arg(r.integer(q, 0));
            log.append(std::move(e));
        });
    // A value as the file keeps it, the JSON text of a one-item array, else damage.
    const auto value = [&](const QSqlQuery &q, int column) {
        const QJsonDocument d = QJsonDocument::fromJson(r.text(q, column).toUtf8());
        if ((!d.isArray() || d.array().size() != 1) && r.damage.isEmpty())
            r.damage = QStringLiteral("change_log_fields holds a value that is no JSON array of "
                                      "one item");
        return d.isArray() ? d.array().at(0) : QJsonValue();
    };
    r.forEach(QStringLiteral("SELECT entry_position, part, key, field, before, after FROM "
                             "change_log_fields ORDER BY entry_position, position"),
              [&](const QSqlQuery &q) {
                  const int entry = r.integer(q, 0);
                  if (entry < 0 || entry >= log.size()) {
                      if (r.damage.isEmpty())
                          r.damage = QStringLiteral("a row refers to change %1, which does not "
                                                    "exist")
                                         .arg(entry);
                      return;
                  }
                  log[entry].changes.append(
                      {r.text(q, 1), r.text(q, 2), r.text(q, 3), value(q, 4), value(q, 5)});
              });
    r.forEach(QStringLiteral("SELECT number, at, author, organisation, kind, name, comment, "
                             "change_count, plan FROM versions ORDER BY number"),
              [&](const QSqlQuery &q) {
                  PlanVersion v;
                  v.number = r.integer(q, 0);
                  v.at = r.dateTime(q, 1);
                  v.author = r.text(q, 2);
                  v.organisation = r.text(q, 3);
                  v.kind = r.id<PlanVersion::Kind>(q, 4, &versionKindFromId);
                  v.name = r.text(q, 5);
                  v.comment = r.text(q, 6);
                  v.changeCount = r.integer(q, 7);
                  if ((v.changeCount < 0 || v.changeCount > log.size()) && r.damage.isEmpty())
                      r.damage = QStringLiteral("versions.change_count %1 is not a place in the "
                                                "change log")
                                     .arg(v.changeCount);
                  v.planData = q.value(8).toByteArray();
                  history.versions.append(std::move(v));
              });
    readReview(r, history.review);
    r.forEach(QStringLiteral("SELECT server, community, community_name, revision, at, login FROM "
                             "shared_checkout"),
              [&](const QSqlQuery &q) {
                  history.checkout =
                      SharedCheckout{r.text(q, 0),    r.integer(q, 1),  r.text(q, 2),
                                     r.integer(q, 3), r.dateTime(q, 4), r.text(q, 5)};
              });
    return r.damage;
}

} // namespace zeroplan
