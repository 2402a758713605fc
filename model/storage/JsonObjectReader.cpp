#include "JsonObjectReader.h"

#include <cmath>

namespace zeroplan {
namespace {

constexpr qsizetype kQuotedTextLength = 40; // characters of a wrong value quoted in a message
constexpr double kMaxInteger = 1.0e9;

QString quoted(const QString &text)
{
    if (text.size() <= kQuotedTextLength)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kQuotedTextLength) + QStringLiteral("…\"");
}

// Whether `path` or one of its parents ("/a/b/c" → "/a/b", "/a", "") is in `covered`.
bool isCovered(const QSet<QString> &covered, const QString &path)
{
    qsizetype end = path.size();
    while (true) {
        if (covered.contains(path.left(end)))
            return true;
        if (end <= 0)
            return false;
        end = path.lastIndexOf(QLatin1Char('/'), end - 1);
        if (end < 0)
            return false;
    }
}

} // namespace

QString jsonPointer(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

QString jsonPointer(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

JsonObjectReader::JsonObjectReader(const QJsonValue &value, const QString &path,
                                   PlanProblems &problems)
    : m_object(value.toObject()), m_path(path), m_problems(problems), m_isObject(value.isObject())
{
    if (!m_isObject)
        error(path, PlanJson::tr("expected an object {…} here, not %1").arg(describe(value)));
}

QString JsonObjectReader::pathOf(const char *key) const
{
    return jsonPointer(m_path, QString::fromLatin1(key));
}

bool JsonObjectReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonObjectReader::member(const char *key)
{
    m_read.insert(QString::fromLatin1(key));
    const QJsonValue value = m_object.value(QLatin1String(key));
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

std::optional<QJsonValue> JsonObjectReader::typed(const char *key, Presence presence,
                                                  QJsonValue::Type type, const QString &expected)
{
    const QJsonValue value = member(key);
    if (value.isUndefined()) {
        if (presence == Presence::Required && m_isObject)
            error(pathOf(key), PlanJson::tr("%1 is required but missing").arg(QLatin1String(key)));
        return std::nullopt;
    }
    if (value.type() != type) {
        error(pathOf(key), PlanJson::tr("%1 must be %2, not %3")
                               .arg(QLatin1String(key), expected, describe(value)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonObjectReader::text(const char *key, Presence presence)
{
    const auto value = typed(key, presence, QJsonValue::String, PlanJson::tr("text"));
    if (!value)
        return std::nullopt;
    QString result = value->toString();
    if (result.size() > PlanJson::kMaxTextLength) {
        error(pathOf(key), PlanJson::tr("%1 is %2 characters long; at most %3 are allowed")
                               .arg(QLatin1String(key))
                               .arg(result.size())
                               .arg(PlanJson::kMaxTextLength));
        return std::nullopt;
    }
    if (!QStringView(result).isValidUtf16()) {
        error(pathOf(key), PlanJson::tr("%1 holds an invalid character (a lone surrogate escape "
                                        "such as \\ud800)")
                               .arg(QLatin1String(key)));
        return std::nullopt;
    }
    return result;
}

QString JsonObjectReader::text(const char *key, const QString &fallback)
{
    return text(key, Presence::Optional).value_or(fallback);
}

std::optional<double> JsonObjectReader::number(const char *key, Presence presence)
{
    const auto value = typed(key, presence, QJsonValue::Double, PlanJson::tr("a number"));
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!std::isfinite(number)) {
        error(pathOf(key), PlanJson::tr("%1 must be a finite number").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return number;
}

double JsonObjectReader::number(const char *key, double fallback)
{
    return number(key, Presence::Optional).value_or(fallback);
}

std::optional<int> JsonObjectReader::integer(const char *key, Presence presence)
{
    const auto value = typed(key, presence, QJsonValue::Double, PlanJson::tr("a whole number"));
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!std::isfinite(number) || std::abs(number) > kMaxInteger) {
        error(pathOf(key), PlanJson::tr("%1 = %2 is out of range for a whole number")
                               .arg(QLatin1String(key), QString::number(number)));
        return std::nullopt;
    }
    if (number != std::floor(number)) {
        error(pathOf(key), PlanJson::tr("%1 must be a whole number, not %2")
                               .arg(QLatin1String(key), QString::number(number)));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

int JsonObjectReader::integer(const char *key, int fallback)
{
    return integer(key, Presence::Optional).value_or(fallback);
}

std::optional<QJsonArray> JsonObjectReader::array(const char *key, Presence presence)
{
    const auto value = typed(key, presence, QJsonValue::Array, PlanJson::tr("a list […]"));
    return value ? std::optional<QJsonArray>(value->toArray()) : std::nullopt;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const char *key, Presence presence)
{
    const auto value = typed(key, presence, QJsonValue::Object, PlanJson::tr("an object {…}"));
    if (!value)
        return std::nullopt;
    return JsonObjectReader(*value, pathOf(key), m_problems);
}

void JsonObjectReader::warnUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            warning(jsonPointer(m_path, it.key()),
                    PlanJson::tr("unknown field %1 is ignored").arg(quoted(it.key())));
        }
    }
}

void JsonObjectReader::error(const QString &path, const QString &message)
{
    addError(m_problems, path, message);
}

void JsonObjectReader::warning(const QString &path, const QString &message)
{
    addWarning(m_problems, path, message);
}

QString JsonObjectReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PlanJson::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? PlanJson::tr("true") : PlanJson::tr("false");
    case QJsonValue::Double:
        return PlanJson::tr("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return PlanJson::tr("text %1").arg(quoted(value.toString()));
    case QJsonValue::Array:
        return PlanJson::tr("a list […]");
    case QJsonValue::Object:
        return PlanJson::tr("an object {…}");
    case QJsonValue::Undefined:
        break;
    }
    return PlanJson::tr("nothing");
}

void JsonObjectReader::reportUnknownId(const char *key, const QString &id, const QStringList &ids)
{
    error(pathOf(key), PlanJson::tr("%1 %2 is not known; expected one of %3")
                           .arg(QLatin1String(key), quoted(id), ids.join(QLatin1String(", "))));
}

qsizetype JsonObjectReader::checkListSize(const char *key, qsizetype size)
{
    if (size <= PlanJson::kMaxListItems)
        return size;
    error(pathOf(key), PlanJson::tr("%1 has %2 items; only the first %3 are read")
                           .arg(QLatin1String(key))
                           .arg(size)
                           .arg(PlanJson::kMaxListItems));
    return PlanJson::kMaxListItems;
}

void appendUncovered(PlanProblems &problems, const PlanProblems &later, const QStringList &covered)
{
    const QSet<QString> coveredPaths(covered.cbegin(), covered.cend());
    for (const PlanProblem &problem : later) {
        if (!isCovered(coveredPaths, problem.path))
            problems.append(problem);
    }
}

QStringList errorPaths(const PlanProblems &problems)
{
    QStringList paths;
    for (const PlanProblem &problem : problems) {
        if (problem.severity == PlanProblem::Severity::Error)
            paths << problem.path;
    }
    return paths;
}

} // namespace zeroplan
