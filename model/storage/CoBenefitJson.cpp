#include "CoBenefitJson.h"

namespace zeroplan {
namespace {

std::optional<CoBenefitQuantity> readQuantity(JsonObjectReader &r)
{
    std::optional<JsonObjectReader> q = r.object("quantity", Presence::Optional);
    if (!q)
        return std::nullopt;
    const std::optional<double> value = q->number("value", Presence::Required);
    CoBenefitQuantity out;
    out.unit = q->text("unit", QString());
    out.basis = q->choice("per", Presence::Optional, kAllCoBenefitBases, coBenefitBasisId)
                    .value_or(CoBenefitBasis::PerYear);
    out.source = q->text("source", QString());
    q->warnUnknownKeys();
    if (!value)
        return std::nullopt;
    out.value = *value;
    return out;
}

std::optional<CoBenefit> readOne(const QJsonValue &value, const QString &path,
                                 PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    if (!r.isObject())
        return std::nullopt;
    const auto dimension =
        r.choice("dimension", Presence::Required, kAllCoBenefitDimensions, coBenefitDimensionId);
    CoBenefit b;
    b.rating = r.choice("rating", Presence::Optional, kAllCoBenefitRatings, coBenefitRatingId)
                   .value_or(CoBenefitRating::NotAssessed);
    b.note = r.text("note", QString());
    b.source = r.text("source", QString());
    b.quantity = readQuantity(r);
    r.warnUnknownKeys();
    if (!dimension)
        return std::nullopt;
    b.dimension = *dimension;
    return b;
}

} // namespace

QList<CoBenefit> CoBenefitJson::read(JsonObjectReader &r)
{
    QList<CoBenefit> out;
    const auto items = r.list("co_benefits", [&](const QJsonValue &v, const QString &path) {
        return readOne(v, path, r.problems());
    });
    for (const std::optional<CoBenefit> &b : items) {
        if (b)
            out.append(*b);
    }
    return out;
}

QJsonObject CoBenefitJson::write(const CoBenefit &b)
{
    QJsonObject o{
        {QStringLiteral("dimension"), coBenefitDimensionId(b.dimension)},
        {QStringLiteral("rating"), coBenefitRatingId(b.rating)},
        {QStringLiteral("note"), b.note},
        {QStringLiteral("source"), b.source},
    };
    if (b.quantity) {
        o.insert(QStringLiteral("quantity"),
                 QJsonObject{{QStringLiteral("value"), b.quantity->value},
                             {QStringLiteral("unit"), b.quantity->unit},
                             {QStringLiteral("per"), coBenefitBasisId(b.quantity->basis)},
                             {QStringLiteral("source"), b.quantity->source}});
    }
    return o;
}

QJsonArray CoBenefitJson::write(const QList<CoBenefit> &benefits)
{
    QJsonArray out;
    for (const CoBenefit &b : benefits)
        out.append(write(b));
    return out;
}

} // namespace zeroplan
