#include "ResultJsonFigures.h"

#include "storage/ResultJson.h"

#include <QJsonArray>

namespace zeroplan {

namespace {

QJsonValue optionalYear(const std::optional<int> &year)
{
    return year ? QJsonValue(*year) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ResultJsonFigures::add(QJsonObject json, const PlanResult &result)
{
    QJsonArray scenarios = json.value(QStringLiteral("scenarios")).toArray();
    for (qsizetype i = 0; i < scenarios.size() && size_t(i) < result.scenarios.size(); ++i)
        scenarios[i] = addTo(scenarios.at(i).toObject(), result.scenarios[size_t(i)]);
    json.insert(QStringLiteral("scenarios"), scenarios);
    return json;
}

QJsonObject ResultJsonFigures::addTo(QJsonObject o, const ScenarioResult &r)
{
    o.insert(QStringLiteral("neutral_from"), optionalYear(r.neutralFrom));
    o.insert(QStringLiteral("baseline_empty"), r.baselineEmpty);
    o.insert(QStringLiteral("present_abatement_cost"), ResultJson::number(r.presentAbatementCost));
    o.insert(QStringLiteral("credited_total"), ResultJson::number(r.creditedTotal));
    o.insert(QStringLiteral("present_credits"), ResultJson::number(r.presentCredits));
    o.insert(QStringLiteral("present_credit_cost"), ResultJson::number(r.presentCreditCost));
    o.insert(QStringLiteral("cost_per_credit"), ResultJson::number(r.costPerCredit));
    QJsonArray measures = o.value(QStringLiteral("measures")).toArray();
    for (qsizetype i = 0; i < measures.size() && size_t(i) < r.measures.size(); ++i) {
        const MeasureResult &m = r.measures[size_t(i)];
        QJsonObject mo = measures.at(i).toObject();
        mo.insert(QStringLiteral("credited_total"), ResultJson::number(m.creditedTotal));
        mo.insert(QStringLiteral("cost_per_credit"), ResultJson::number(m.costPerCredit));
        measures[i] = mo;
    }
    o.insert(QStringLiteral("measures"), measures);
    return o;
}

} // namespace zeroplan
