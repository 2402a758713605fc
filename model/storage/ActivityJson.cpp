#include "ActivityJson.h"

#include "JsonObjectReader.h"
#include "PlanEnums.h"

namespace zeroplan {

std::optional<ActivityLine> ActivityJson::read(const QJsonValue &value, const QString &path,
                                               PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    if (!r.isObject())
        return std::nullopt;
    ActivityLine line;
    line.notationKey = r.choice("notation_key", Presence::Optional, kAllNotationKeys, notationKeyId)
                           .value_or(NotationKey::None);
    // A line with a notation key has no number, so it needs neither amount, unit nor factor.
    const Presence quantity =
        line.notationKey == NotationKey::None ? Presence::Required : Presence::Optional;
    line.id = r.text("id", Presence::Required).value_or(QString());
    line.sector = r.choice("sector", Presence::Required, kAllSectors, sectorId)
                      .value_or(Sector::StationaryEnergy);
    line.subsector = r.text("subsector", QString());
    line.scope = r.integer("scope", Presence::Required).value_or(1);
    line.carrier = r.text("carrier", Presence::Required).value_or(QString());
    line.amount = r.number("amount", quantity).value_or(0);
    line.unit = r.text("unit", quantity).value_or(QString());
    line.factor = r.text("factor", quantity).value_or(QString());
    line.dataQuality =
        r.choice("data_quality", Presence::Optional, kAllDataQualities, dataQualityId)
            .value_or(DataQuality::Medium);
    line.driver =
        r.choice("driver", Presence::Optional, kAllDrivers, driverId).value_or(Driver::Population);
    line.source = r.text("source", QString());
    line.note = r.text("note", QString());
    r.warnUnknownKeys();
    return line;
}

QJsonObject ActivityJson::write(const ActivityLine &line)
{
    return {
        {QStringLiteral("id"), line.id},
        {QStringLiteral("sector"), sectorId(line.sector)},
        {QStringLiteral("subsector"), line.subsector},
        {QStringLiteral("scope"), line.scope},
        {QStringLiteral("carrier"), line.carrier},
        {QStringLiteral("amount"), line.amount},
        {QStringLiteral("unit"), line.unit},
        {QStringLiteral("factor"), line.factor},
        {QStringLiteral("data_quality"), dataQualityId(line.dataQuality)},
        {QStringLiteral("notation_key"), notationKeyId(line.notationKey)},
        {QStringLiteral("driver"), driverId(line.driver)},
        {QStringLiteral("source"), line.source},
        {QStringLiteral("note"), line.note},
    };
}

} // namespace zeroplan
