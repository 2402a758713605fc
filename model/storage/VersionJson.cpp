#include "VersionJson.h"

#include "ChangeLogJson.h"

#include <QJsonArray>

namespace zeroplan {

namespace {

QJsonValue outcomeJson(const std::optional<ScenarioOutcome> &outcome)
{
    if (!outcome)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("neutral_from"),
         outcome->neutralFrom ? QJsonValue(*outcome->neutralFrom) : QJsonValue::Null},
        {QStringLiteral("last_year"), outcome->lastYear},
        {QStringLiteral("net_in_last_year"), outcome->netInLastYear},
        {QStringLiteral("cumulative_net"), outcome->cumulativeNet},
        {QStringLiteral("present_cost"), outcome->presentCost},
        {QStringLiteral("currency"), outcome->currency},
    };
}

} // namespace

QJsonObject VersionJson::versionJson(const PlanVersion &version)
{
    return {
        {QStringLiteral("number"), version.number},
        {QStringLiteral("at"), version.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("author"), version.author},
        {QStringLiteral("organisation"), version.organisation},
        {QStringLiteral("kind"), versionKindId(version.kind)},
        {QStringLiteral("name"), version.name},
        {QStringLiteral("comment"), version.comment},
        {QStringLiteral("changes_before"), qint64(version.changeCount)},
        {QStringLiteral("kept"), version.isKept()},
    };
}

QJsonObject VersionJson::toJson(const PlanVersions &versions)
{
    QJsonArray list;
    for (const PlanVersion &v : versions)
        list.append(versionJson(v));
    return {{QStringLiteral("format_version"), kFormatVersion}, {QStringLiteral("versions"), list}};
}

QJsonObject VersionJson::comparisonJson(const VersionComparison &comparison, const QString &from,
                                        const QString &to)
{
    QJsonArray scenarios;
    for (const OutcomePair &pair : comparison.outcomes)
        scenarios.append(QJsonObject{{QStringLiteral("name"), pair.scenario},
                                     {QStringLiteral("from"), outcomeJson(pair.from)},
                                     {QStringLiteral("to"), outcomeJson(pair.to)}});
    return {
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("inputs"), ChangeLogJson::fieldsJson(comparison.inputs)},
        {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("from"), comparison.baselineFrom},
                                                 {QStringLiteral("to"), comparison.baselineTo}}},
        {QStringLiteral("scenarios"), scenarios},
    };
}

} // namespace zeroplan
