#include "MeasureTariffJson.h"

#include <QJsonObject>

namespace zeroplan {
namespace {

std::optional<MeasureTariff> readOne(const QJsonValue &value, const QString &path,
                                     PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    if (!r.isObject())
        return std::nullopt;
    const std::optional<QString> carrier = r.text("carrier", Presence::Required);
    const std::optional<QString> unit = r.text("unit", Presence::Required);
    const std::optional<double> price = r.number("price", Presence::Required);
    MeasureTariff t;
    t.capPerHousehold = r.number("cap_per_household", Presence::Optional);
    t.source = r.text("source", QString());
    r.warnUnknownKeys();
    if (!carrier || !unit || !price)
        return std::nullopt;
    t.carrier = *carrier;
    t.unit = *unit;
    t.price = *price;
    return t;
}

} // namespace

QList<MeasureTariff> MeasureTariffJson::read(JsonObjectReader &r)
{
    QList<MeasureTariff> out;
    const auto items = r.list("tariffs", [&](const QJsonValue &v, const QString &path) {
        return readOne(v, path, r.problems());
    });
    for (const std::optional<MeasureTariff> &t : items) {
        if (t)
            out.append(*t);
    }
    return out;
}

QJsonArray MeasureTariffJson::write(const QList<MeasureTariff> &tariffs)
{
    QJsonArray out;
    for (const MeasureTariff &t : tariffs) {
        QJsonObject o{{QStringLiteral("carrier"), t.carrier},
                      {QStringLiteral("unit"), t.unit},
                      {QStringLiteral("price"), t.price},
                      {QStringLiteral("source"), t.source}};
        if (t.capPerHousehold)
            o.insert(QStringLiteral("cap_per_household"), *t.capPerHousehold);
        out.append(o);
    }
    return out;
}

} // namespace zeroplan
