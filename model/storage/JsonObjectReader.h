#pragma once

#include "PlanJson.h"
#include "PlanProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>

namespace zeroplan {

// JSON pointer (RFC 6901) of the member `key` or the item `index` below `path`.
QString jsonPointer(const QString &path, const QString &key);
QString jsonPointer(const QString &path, qsizetype index);

enum class Presence
{
    Required,
    Optional
};

// Reads the members of one JSON object and reports, at its JSON pointer, every member that
// is missing, of the wrong type or not one of the allowed ids. A null member counts as
// missing. warnUnknownKeys() then warns about each member nobody asked for.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonValue &value, const QString &path, PlanProblems &problems);

    bool isObject() const { return m_isObject; }
    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    bool has(const char *key) const; // present and not null; does not mark the key as read

    std::optional<QString> text(const char *key, Presence presence);
    QString text(const char *key, const QString &fallback);
    std::optional<double> number(const char *key, Presence presence);
    double number(const char *key, double fallback);
    std::optional<int> integer(const char *key, Presence presence);
    int integer(const char *key, int fallback);
    std::optional<QJsonArray> array(const char *key, Presence presence);
    std::optional<JsonObjectReader> object(const char *key, Presence presence);
    // The member as it is (Undefined when absent or null), marked as read.
    QJsonValue member(const char *key);

    // One of `all`, named in the file by its `toId` id.
    template <typename E, std::size_t N>
    std::optional<E> choice(const char *key, Presence presence, const E (&all)[N],
                            QString (*toId)(E))
    {
        const std::optional<QString> id = text(key, presence);
        if (!id)
            return std::nullopt;
        QStringList ids;
        for (E e : all) {
            if (toId(e) == *id)
                return e;
            if (!toId(e).isEmpty())
                ids << toId(e);
        }
        reportUnknownId(key, *id, ids);
        return std::nullopt;
    }

    // Reads each item of the list `key` with readItem(itemValue, itemPath), up to
    // PlanJson::kMaxListItems items, and stops early once too many problems were found.
    template <typename ReadItem>
    auto list(const char *key, ReadItem readItem, Presence presence = Presence::Optional)
        -> QList<decltype(readItem(QJsonValue(), QString()))>
    {
        QList<decltype(readItem(QJsonValue(), QString()))> items;
        const std::optional<QJsonArray> values = array(key, presence);
        if (!values)
            return items;
        const qsizetype count = checkListSize(key, values->size());
        for (qsizetype i = 0; i < count && !tooManyProblems(); ++i)
            items.append(readItem(values->at(i), jsonPointer(pathOf(key), i)));
        return items;
    }

    void warnUnknownKeys();
    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    PlanProblems &problems() { return m_problems; }
    bool tooManyProblems() const { return m_problems.size() >= PlanJson::kMaxProblems; }

    // How a value shows in a message: "text "abc"", "a list", "the number 3", …
    static QString describe(const QJsonValue &value);

private:
    // The member `key` if it is present and of `type`; reports a problem otherwise.
    std::optional<QJsonValue> typed(const char *key, Presence presence, QJsonValue::Type type,
                                    const QString &expected);
    void reportUnknownId(const char *key, const QString &id, const QStringList &ids);
    qsizetype checkListSize(const char *key, qsizetype size);

    QJsonObject m_object;
    QString m_path;
    PlanProblems &m_problems;
    QSet<QString> m_read;
    bool m_isObject = false;
};

// Append a problem unless PlanJson::kMaxProblems are there already: past that, reading
// stops and one line says that there are more (so hostile input cannot fill the memory).
inline void addError(PlanProblems &problems, const QString &path, const QString &message)
{
    if (problems.size() < PlanJson::kMaxProblems)
        problems.append({PlanProblem::Severity::Error, path, message});
}

inline void addWarning(PlanProblems &problems, const QString &path, const QString &message)
{
    if (problems.size() < PlanJson::kMaxProblems)
        problems.append({PlanProblem::Severity::Warning, path, message});
}

// Appends the problems of `later` whose path is not covered by `covered`: neither one of
// its paths nor below one of them. Used so that a field already reported as malformed is
// not reported again by a later check that saw only its fallback value.
void appendUncovered(PlanProblems &problems, const PlanProblems &later, const QStringList &covered);
// The paths of the errors among `problems`.
QStringList errorPaths(const PlanProblems &problems);

} // namespace zeroplan
