#include "ReviewJson.h"

#include "JsonObjectReader.h"
#include "JsonSource.h"
#include "WriteTarget.h"
#include "plan/Plan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace zeroplan {

namespace {

const QLatin1String kFormat("zeroplan-comments");

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject remarkJson(const Remark &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("thread"), r.thread},
                  {QStringLiteral("on"), r.target.object()},
                  {QStringLiteral("at"), timeText(r.at)},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("organisation"), r.organisation},
                  {QStringLiteral("kind"), remarkKindId(r.kind)}};
    if (r.kind == Remark::Kind::Comment)
        o.insert(QStringLiteral("text"), r.text);
    return o;
}

QJsonObject markJson(const ReviewMark &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("measure"), m.measure},
            {QStringLiteral("state"), reviewStateId(m.state)},
            {QStringLiteral("at"), timeText(m.at)},
            {QStringLiteral("author"), m.author},
            {QStringLiteral("organisation"), m.organisation}};
}

QDateTime readTime(JsonObjectReader &r)
{
    const std::optional<QString> text = r.text("at", Presence::Required);
    if (!text)
        return {};
    const QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!at.isValid())
        r.error(r.pathOf("at"),
                ReviewJson::tr("\"%1\" is no date and time (2026-03-01T14:00:00Z)").arg(*text));
    return at.toUTC();
}

Remark readRemark(const QJsonValue &value, const QString &path, PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    Remark m;
    if (!r.isObject())
        return m;
    m.id = r.text("id", Presence::Required).value_or(QString());
    m.thread = r.text("thread", Presence::Required).value_or(QString());
    const QString on = r.text("on", Presence::Required).value_or(QString());
    if (const auto target = ReviewTarget::fromObject(on))
        m.target = *target;
    else if (!on.isEmpty())
        r.error(r.pathOf("on"), ReviewJson::tr("\"%1\" is no object of a plan (plan, "
                                               "activities[id], factors[id], measures[id], "
                                               "scenarios[name])")
                                    .arg(on));
    m.at = readTime(r);
    m.author = r.text("author", QString());
    m.organisation = r.text("organisation", QString());
    constexpr Remark::Kind kinds[] = {Remark::Kind::Comment, Remark::Kind::Resolve,
                                      Remark::Kind::Reopen};
    m.kind =
        r.choice("kind", Presence::Required, kinds, &remarkKindId).value_or(Remark::Kind::Comment);
    m.text = r.text("text", QString());
    r.warnUnknownKeys();
    return m;
}

ReviewMark readMark(const QJsonValue &value, const QString &path, PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    ReviewMark m;
    if (!r.isObject())
        return m;
    m.id = r.text("id", Presence::Required).value_or(QString());
    m.measure = r.text("measure", Presence::Required).value_or(QString());
    constexpr ReviewState states[] = {ReviewState::Draft, ReviewState::UnderReview,
                                      ReviewState::Approved};
    m.state =
        r.choice("state", Presence::Required, states, &reviewStateId).value_or(ReviewState::Draft);
    m.at = readTime(r);
    m.author = r.text("author", QString());
    m.organisation = r.text("organisation", QString());
    r.warnUnknownKeys();
    return m;
}

} // namespace

QJsonObject ReviewJson::toJson(const Plan &plan, const PlanReview &review)
{
    QJsonArray remarks, marks;
    for (const Remark &r : review.remarks)
        remarks.append(remarkJson(r));
    for (const ReviewMark &m : review.marks)
        marks.append(markJson(m));
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("title"), plan.title},
                                             {QStringLiteral("community"), plan.community.name}}},
        {QStringLiteral("comments"), remarks},
        {QStringLiteral("review_states"), marks}};
}

ReviewJson::ReadResult ReviewJson::read(const QByteArray &json)
{
    ReadResult result;
    QString error;
    const std::optional<QJsonDocument> document = JsonSource::parse(json, kMaxFileBytes, &error);
    if (!document || !document->isObject()) {
        addError(result.problems, QString(),
                 document ? tr("a comments file is a JSON object {…}") : error);
        return result;
    }
    JsonObjectReader r(document->object(), QString(), result.problems);
    const std::optional<QString> format = r.text("format", Presence::Required);
    if (format && *format != kFormat) {
        addError(result.problems, r.pathOf("format"),
                 tr("\"%1\" is not \"%2\": this is no comments file from ZeroPlan")
                     .arg(*format, kFormat));
        return result;
    }
    const std::optional<int> version = r.integer("format_version", Presence::Required);
    if (version && *version > kFormatVersion) {
        addError(result.problems, r.pathOf("format_version"),
                 tr("the file was written by a newer ZeroPlan (format %1; this version reads up "
                    "to %2)")
                     .arg(*version)
                     .arg(kFormatVersion));
        return result;
    }
    if (std::optional<JsonObjectReader> plan = r.object("plan", Presence::Optional)) {
        result.planTitle = plan->text("title", QString());
        result.community = plan->text("community", QString());
        plan->warnUnknownKeys();
    }
    PlanReview review;
    review.remarks = r.list("comments", [&](const QJsonValue &v, const QString &path) {
        return readRemark(v, path, result.problems);
    });
    review.marks = r.list("review_states", [&](const QJsonValue &v, const QString &path) {
        return readMark(v, path, result.problems);
    });
    r.warnUnknownKeys();
    if (hasErrors(result.problems))
        return result;
    if (const auto problem = review.problem()) { // in the file's order, before sorting
        addError(result.problems,
                 jsonPointer(jsonPointer(jsonPointer(QString(), problem->list), problem->index),
                             problem->field),
                 problem->message);
        return result;
    }
    review.sort();
    result.review = std::move(review);
    return result;
}

ReviewJson::ReadResult ReviewJson::readFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QString error;
    const std::optional<QByteArray> bytes = JsonSource::readFile(path, kMaxFileBytes, &error);
    if (!bytes) {
        ReadResult result;
        addError(result.problems, QString(), tr("%1: %2").arg(name, error));
        return result;
    }
    ReadResult result = read(*bytes);
    for (PlanProblem &problem : result.problems) {
        if (problem.path.isEmpty())
            problem.message = tr("%1: %2").arg(name, problem.message);
    }
    return result;
}

bool ReviewJson::writeFile(const Plan &plan, const PlanReview &review, const QString &path,
                           QString *error)
{
    QString reason;
    if (WriteTarget::write(path, QJsonDocument(toJson(plan, review)).toJson(), &reason))
        return true;
    if (error)
        *error = tr("%1: cannot save the comments: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace zeroplan
