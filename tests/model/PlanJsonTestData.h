#pragma once

// Fixtures and helpers shared by the tests of the JSON plan format (TestPlanJson,
// TestPlanJsonShape, TestPlanValidator, TestHostileInput).
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace zeroplan::test {

inline QByteArray planFixture(const char *name)
{
    QFile file(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/plans/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

inline QJsonObject planFixtureObject(const char *name)
{
    return QJsonDocument::fromJson(planFixture(name)).object();
}

// tests/fixtures/plans/factor-library.json, version "test-1".
inline const FactorLibrary &testLibrary()
{
    static const FactorLibrary library = [] {
        QString error;
        const auto parsed = FactorLibraryJson::read(planFixture("factor-library.json"), &error);
        if (!parsed)
            qFatal("test library: %s", qPrintable(error));
        return *parsed;
    }();
    return library;
}

// The problems one per line, "E" or "W" first, for failure messages.
inline QByteArray listed(const PlanProblems &problems)
{
    QStringList lines;
    for (const PlanProblem &p : problems) {
        const bool error = p.severity == PlanProblem::Severity::Error;
        lines << (error ? QStringLiteral("E ") : QStringLiteral("W ")) + p.toString();
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

inline bool hasProblem(const PlanProblems &problems, const QString &path, bool isError,
                       const QString &fragment)
{
    const auto severity = isError ? PlanProblem::Severity::Error : PlanProblem::Severity::Warning;
    return std::any_of(problems.cbegin(), problems.cend(), [&](const PlanProblem &p) {
        return p.path == path && p.severity == severity && p.message.contains(fragment);
    });
}

// `node` with the value at the JSON pointer `keys` replaced by `value`, or removed if
// `value` is undefined; an index one past the end of a list appends.
inline QJsonValue replaced(const QJsonValue &node, QStringList keys, const QJsonValue &value)
{
    if (keys.isEmpty())
        return value;
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (keys.isEmpty() && value.isUndefined()) {
            array.removeAt(index);
            return array;
        }
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = replaced(array.at(index), keys, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (keys.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = replaced(object.value(key), keys, value);
    return object;
}

inline QJsonObject edited(const QJsonObject &root, const QString &pointer, const QJsonValue &value)
{
    return replaced(root, pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts), value).toObject();
}

// A JSON value written as JSON text.
inline QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

inline PlanReadResult readObject(const QJsonObject &root)
{
    return PlanJson::read(QJsonDocument(root).toJson(), &testLibrary());
}

} // namespace zeroplan::test
