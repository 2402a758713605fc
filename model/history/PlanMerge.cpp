#include "PlanMerge.h"

#include "PlanDiff.h"

#include <QJsonArray>
#include <QSet>

namespace zeroplan {

namespace {

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

bool objectOrNone(const QJsonValue &v)
{
    return v.isObject() || v.isUndefined();
}

bool listOrNone(const QJsonValue &v)
{
    return v.isArray() || v.isUndefined();
}

// How many values differ between `a` and `b` as PlanDiff counts them (a part taken whole from
// theirs counts each of its values they changed).
int valuesChanged(const QJsonValue &a, const QJsonValue &b)
{
    const QString name = QStringLiteral("v");
    QJsonObject before, after;
    if (!a.isUndefined())
        before.insert(name, a);
    if (!b.isUndefined())
        after.insert(name, b);
    return std::max(1, int(PlanDiff::between(before, after).size()));
}

class Merger
{
public:
    Merger(PlanMergeResult &out, const QHash<QString, MergeSide> &decided)
        : m_out(out), m_decided(decided)
    {
    }

    // The merged value of `part`[`key`] at `field`; Undefined: not there.
    QJsonValue value(const QString &part, const QString &key, const QString &field,
                     const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
    {
        if (mine == theirs || theirs == base)
            return mine;
        if (mine == base) {
            m_out.fromTheirs += valuesChanged(base, theirs);
            return theirs;
        }
        if (mine.isObject() && theirs.isObject() && objectOrNone(base))
            return objects(part, key, field, base.toObject(), mine.toObject(), theirs.toObject());
        if ((PlanDiff::isListOfObjects(base) || PlanDiff::isListOfObjects(mine) ||
             PlanDiff::isListOfObjects(theirs)) &&
            listOrNone(base) && mine.isArray() && theirs.isArray()) {
            // As PlanDiff: a list of the plan or of a one-of part holds objects of its own, a
            // list inside such an object items of it.
            if (key.isEmpty())
                return lists(field.isEmpty() ? part : joined(part, field), {}, {}, base.toArray(),
                             mine.toArray(), theirs.toArray());
            return lists(part, key, field, base.toArray(), mine.toArray(), theirs.toArray());
        }
        const auto none = [](const QJsonValue &v) {
            return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
        };
        MergeConflict c{part, key, field, none(base), none(mine), none(theirs)};
        const bool takeTheirs = m_decided.value(c.path(), MergeSide::Mine) == MergeSide::Theirs;
        m_out.conflicts.append(std::move(c));
        return takeTheirs ? theirs : mine;
    }

private:
    QJsonObject objects(const QString &part, const QString &key, const QString &field,
                        const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
    {
        QJsonObject out;
        const auto take = [&](const QString &name) {
            if (out.contains(name))
                return;
            const QJsonValue v = value(part, key, joined(field, name), base.value(name),
                                       mine.value(name), theirs.value(name));
            if (!v.isUndefined())
                out.insert(name, v);
        };
        for (const QJsonObject *side : {&mine, &theirs, &base})
            for (auto it = side->constBegin(); it != side->constEnd(); ++it)
                take(it.key());
        return out;
    }

    QJsonArray lists(const QString &part, const QString &key, const QString &field,
                     const QJsonArray &base, const QJsonArray &mine, const QJsonArray &theirs)
    {
        QHash<QString, QJsonValue> baseItems, theirItems;
        for (const auto &[k, v] : PlanDiff::keyedItems(base))
            baseItems.insert(k, v);
        const auto theirsKeyed = PlanDiff::keyedItems(theirs);
        for (const auto &[k, v] : theirsKeyed)
            theirItems.insert(k, v);
        QJsonArray out;
        QSet<QString> done;
        const auto take = [&](const QString &k, const QJsonValue &mineItem) {
            done.insert(k);
            const QJsonValue none(QJsonValue::Undefined);
            const QString itemKey = key.isEmpty() ? k : key;
            const QString itemField =
                key.isEmpty() ? QString() : field + QLatin1Char('[') + k + QLatin1Char(']');
            const QJsonValue v = value(part, itemKey, itemField, baseItems.value(k, none), mineItem,
                                       theirItems.value(k, none));
            if (!v.isUndefined())
                out.append(v);
        };
        for (const auto &[k, v] : PlanDiff::keyedItems(mine))
            take(k, v);
        for (const auto &[k, v] : theirsKeyed)
            if (!done.contains(k))
                take(k, QJsonValue(QJsonValue::Undefined));
        // An item of the base both sides removed is gone; one only theirs removed is met above.
        return out;
    }

    PlanMergeResult &m_out;
    const QHash<QString, MergeSide> &m_decided;
};

} // namespace

PlanMergeResult PlanMerge::merge(const QJsonObject &base, const QJsonObject &mine,
                                 const QJsonObject &theirs,
                                 const QHash<QString, MergeSide> &decided)
{
    PlanMergeResult out;
    Merger merger(out, decided);
    QSet<QString> done;
    // The plan's own fields (title, prepared_by, …) belong to the part "plan", as in PlanDiff.
    for (const QJsonObject *side : {&mine, &theirs, &base}) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it) {
            const QString name = it.key();
            if (done.contains(name))
                continue;
            done.insert(name);
            const bool part = it.value().isObject() || it.value().isArray();
            const QJsonValue v =
                merger.value(part ? name : QStringLiteral("plan"), {}, part ? QString() : name,
                             base.value(name), mine.value(name), theirs.value(name));
            if (!v.isUndefined())
                out.merged.insert(name, v);
        }
    }
    return out;
}

} // namespace zeroplan
