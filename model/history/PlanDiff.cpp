#include "PlanDiff.h"

#include "plan/Plan.h"
#include "storage/PlanJson.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace zeroplan {

namespace {

// The keys an item of a list is known by, tried in this order; the first the item has (a
// string or a number) names it. "measure" + "year" together for yearly progress.
QString itemKey(const QJsonValue &item)
{
    if (!item.isObject())
        return {};
    const QJsonObject o = item.toObject();
    const auto text = [](const QJsonValue &v) {
        return v.isString()   ? v.toString()
               : v.isDouble() ? QString::number(v.toDouble())
                              : QString();
    };
    if (o.contains(QLatin1String("measure")) && o.contains(QLatin1String("year")))
        return text(o.value(QLatin1String("measure"))) + QLatin1Char('@') +
               text(o.value(QLatin1String("year")));
    for (const char *name : {"id", "name", "measure", "carrier", "year", "date", "label"}) {
        const QString k = text(o.value(QLatin1String(name)));
        if (!k.isEmpty())
            return k;
    }
    return {};
}

// The items of `list` by key, in order; an item without a key, or whose key another item of
// the list has already, is known by its place ("#3").
QList<std::pair<QString, QJsonValue>> keyed(const QJsonArray &list)
{
    return PlanDiff::keyedItems(list);
}

bool listOfObjects(const QJsonValue &v)
{
    return PlanDiff::isListOfObjects(v);
}

} // namespace

QList<std::pair<QString, QJsonValue>> PlanDiff::keyedItems(const QJsonArray &list)
{
    QList<std::pair<QString, QJsonValue>> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString k = itemKey(list.at(i));
        if (k.isEmpty() || seen.contains(k))
            k = QLatin1Char('#') + QString::number(i + 1);
        seen.insert(k);
        out.append({k, list.at(i)});
    }
    return out;
}

bool PlanDiff::isListOfObjects(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return !a.isEmpty() && a.first().isObject();
}

namespace {

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

class Differ
{
public:
    explicit Differ(QList<FieldChange> &out) : m_out(out) {}

    // Two values of the object `part`[`key`] at `field`.
    void values(const QString &part, const QString &key, const QString &field, const QJsonValue &a,
                const QJsonValue &b)
    {
        if (a == b)
            return;
        if (a.isObject() && b.isObject()) {
            objects(part, key, field, a.toObject(), b.toObject());
            return;
        }
        if ((listOfObjects(a) || listOfObjects(b)) && (a.isArray() || a.isUndefined()) &&
            (b.isArray() || b.isUndefined())) {
            // A list in the plan or in a one-of part holds objects of its own (measures,
            // monitoring.actuals); a list inside such an object, items of it (a scenario's
            // measures: scenarios[Cautious], field measures[led].level).
            if (key.isEmpty())
                lists(field.isEmpty() ? part : joined(part, field), {}, a.toArray(), b.toArray());
            else
                lists(part, key, a.toArray(), b.toArray(), field);
            return;
        }
        m_out.append({part, key, field, nullIfUndefined(a), nullIfUndefined(b)});
    }

private:
    static QJsonValue nullIfUndefined(const QJsonValue &v)
    {
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    }

    void objects(const QString &part, const QString &key, const QString &field,
                 const QJsonObject &a, const QJsonObject &b)
    {
        for (auto it = b.constBegin(); it != b.constEnd(); ++it)
            values(part, key, joined(field, it.key()), a.value(it.key()), it.value());
        for (auto it = a.constBegin(); it != a.constEnd(); ++it)
            if (!b.contains(it.key()))
                values(part, key, joined(field, it.key()), it.value(), QJsonValue());
    }

    // A list of objects, item by item: each item the object `part`[its key] when `key` is
    // empty, else the field `field`[its key] of `part`[`key`].
    void lists(const QString &part, const QString &key, const QJsonArray &a, const QJsonArray &b,
               const QString &field = {})
    {
        const auto where = [&](const QString &k) {
            return key.isEmpty() ? std::pair{k, QString()}
                                 : std::pair{key, field + QLatin1Char('[') + k + QLatin1Char(']')};
        };
        const QList<std::pair<QString, QJsonValue>> before = keyed(a);
        const QList<std::pair<QString, QJsonValue>> after = keyed(b);
        QHash<QString, QJsonValue> byKey;
        for (const auto &[k, v] : before)
            byKey.insert(k, v);
        QSet<QString> kept;
        for (const auto &[k, v] : after) {
            kept.insert(k);
            const auto [objectKey, objectField] = where(k);
            const auto it = byKey.constFind(k);
            if (it == byKey.cend())
                m_out.append({part, objectKey, objectField, QJsonValue(QJsonValue::Null), v});
            else if (it->isObject() && v.isObject())
                objects(part, objectKey, objectField, it->toObject(), v.toObject());
            else if (*it != v)
                m_out.append({part, objectKey, objectField, *it, v});
        }
        for (const auto &[k, v] : before) {
            if (kept.contains(k))
                continue;
            const auto [objectKey, objectField] = where(k);
            m_out.append({part, objectKey, objectField, v, QJsonValue(QJsonValue::Null)});
        }
    }

    QList<FieldChange> &m_out;
};

} // namespace

QList<FieldChange> PlanDiff::between(const Plan &before, const Plan &after)
{
    return between(PlanJson::toJson(before), PlanJson::toJson(after));
}

QList<FieldChange> PlanDiff::between(const QJsonObject &before, const QJsonObject &after)
{
    QList<FieldChange> out;
    Differ differ(out);
    // The plan's own fields (title, prepared_by, …) belong to the part "plan".
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const bool part = it.value().isObject() || it.value().isArray();
        differ.values(part ? it.key() : QStringLiteral("plan"), {}, part ? QString() : it.key(),
                      before.value(it.key()), it.value());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.contains(it.key()))
            continue;
        const bool part = it.value().isObject() || it.value().isArray();
        differ.values(part ? it.key() : QStringLiteral("plan"), {}, part ? QString() : it.key(),
                      it.value(), QJsonValue());
    }
    return out;
}

} // namespace zeroplan
