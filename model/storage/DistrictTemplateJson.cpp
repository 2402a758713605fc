#include "DistrictTemplateJson.h"

#include "FactorJson.h"
#include "JsonObjectReader.h"
#include "MeasureJson.h"
#include "PlanJsonReader.h"

namespace zeroplan {

QJsonObject DistrictTemplateJson::write(const DistrictTemplate &templ)
{
    QJsonObject o{{QStringLiteral("version"), templ.version}};
    QJsonArray factors, prices, costRates;
    for (const EmissionFactor &f : templ.factors)
        factors.append(FactorJson::write(f));
    for (const Price &p : templ.prices)
        prices.append(PlanJson::priceJson(p));
    for (const TemplateCostRate &c : templ.costRates)
        costRates.append(QJsonObject{{QStringLiteral("kind"), measureKindId(c.kind)},
                                     {QStringLiteral("parameter"), c.parameter},
                                     {QStringLiteral("value"), MeasureJson::writeValue(c.value)}});
    o.insert(QStringLiteral("factors"), factors);
    o.insert(QStringLiteral("prices"), prices);
    if (templ.discountRate)
        o.insert(QStringLiteral("discount_rate"), *templ.discountRate);
    if (templ.targets)
        o.insert(QStringLiteral("targets"), PlanJson::targetsJson(*templ.targets));
    o.insert(QStringLiteral("cost_rates"), costRates);
    return o;
}

DistrictTemplate DistrictTemplateJson::read(const QJsonValue &value, const QString &path,
                                            PlanProblems &problems)
{
    DistrictTemplate templ;
    JsonObjectReader r(value, path, problems);
    if (!r.isObject())
        return templ;
    PlanJsonReader plan(problems);
    templ.version = r.integer("version", 0);
    templ.factors = r.list("factors", [&](const QJsonValue &v, const QString &p) {
        return FactorJson::read(v, p, problems).value_or(EmissionFactor());
    });
    templ.prices = r.list(
        "prices", [&](const QJsonValue &v, const QString &p) { return plan.readPrice(v, p); });
    templ.discountRate = r.number("discount_rate", Presence::Optional);
    if (std::optional<JsonObjectReader> targets = r.object("targets", Presence::Optional))
        templ.targets = plan.readTargets(*targets);
    templ.costRates = r.list("cost_rates", [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader c(v, p, problems);
        TemplateCostRate rate;
        rate.kind = c.choice("kind", Presence::Required, kAllMeasureKinds, measureKindId)
                        .value_or(MeasureKind::Custom);
        rate.parameter = c.text("parameter", Presence::Required).value_or(QString());
        const QJsonValue v2 = c.member("value");
        if (v2.isUndefined())
            c.error(c.pathOf("value"),
                    PlanJson::tr("%1 is required but missing").arg(QStringLiteral("value")));
        else
            rate.value =
                MeasureJson::readValue(v2, c.pathOf("value"), problems).value_or(UncertainValue());
        c.warnUnknownKeys();
        return rate;
    });
    r.warnUnknownKeys();
    return templ;
}

QJsonArray DistrictTemplateJson::writeKeys(const QStringList &keys)
{
    return QJsonArray::fromStringList(keys);
}

QStringList DistrictTemplateJson::readKeys(const QJsonValue &value, const QString &path,
                                           PlanProblems &problems)
{
    QStringList keys;
    if (!value.isArray()) {
        addError(problems, path,
                 PlanJson::tr("a list of template keys must be a list […], not %1")
                     .arg(JsonObjectReader::describe(value)));
        return keys;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            addError(problems, jsonPointer(path, i),
                     PlanJson::tr("a template key must be text, not %1")
                         .arg(JsonObjectReader::describe(array[i])));
            continue;
        }
        keys << array[i].toString();
    }
    return keys;
}

} // namespace zeroplan
