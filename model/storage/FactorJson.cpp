#include "FactorJson.h"

#include "JsonObjectReader.h"
#include "PlanEnums.h"
#include "ProblemReport.h"
#include "inventory/Carrier.h"
#include "inventory/Units.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;

bool isPlausibleYear(int year)
{
    return year >= kEarliestYear && year <= kLatestYear;
}

QStringList gasIds()
{
    QStringList ids;
    for (Gas gas : kAllGases)
        ids << gasId(gas);
    return ids;
}

void readGasesObject(JsonObjectReader &r, EmissionFactor &factor)
{
    std::optional<JsonObjectReader> gases = r.object("gases", Presence::Required);
    if (!gases)
        return;
    const QJsonObject object = r.member("gases").toObject();
    if (object.isEmpty())
        r.error(gases->path(), PlanJson::tr("gases is empty; give at least one gas and its value"));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!gasFromId(it.key())) {
            r.error(jsonPointer(gases->path(), it.key()),
                    PlanJson::tr("gas %1 is not known; expected one of %2")
                        .arg(it.key(), gasIds().join(QLatin1String(", "))));
        }
    }
    // In the order of kAllGases: the members of a JSON object have none.
    for (Gas gas : kAllGases) {
        const QByteArray key = gasId(gas).toLatin1();
        if (const auto value = gases->number(key.constData(), Presence::Optional))
            factor.gases.append({gas, *value});
    }
}

void readGases(JsonObjectReader &r, EmissionFactor &factor)
{
    if (r.has("gases")) {
        if (r.has("value") || r.has("gas")) {
            r.error(r.pathOf("gases"),
                    PlanJson::tr("give either value (with gas) or gases, not both"));
            r.member("value"); // reported here, not again as unknown
            r.member("gas");
        }
        readGasesObject(r, factor);
        return;
    }
    if (!r.has("value")) {
        r.error(r.pathOf("value"),
                PlanJson::tr("value is required but missing; give value (with gas) or gases"));
        r.member("value");
        r.member("gas");
        return;
    }
    const std::optional<double> value = r.number("value", Presence::Required);
    const Gas gas = r.choice("gas", Presence::Optional, kAllGases, gasId).value_or(Gas::CO2e);
    if (value)
        factor.gases.append({gas, *value});
}

void readUnit(JsonObjectReader &r, EmissionFactor &factor)
{
    const std::optional<QString> unit = r.text("unit", Presence::Required);
    if (!unit) {
        factor.activityUnit.clear();
        return;
    }
    const qsizetype slash = unit->indexOf(QLatin1Char('/'));
    factor.massUnit = slash < 0 ? *unit : unit->left(slash).trimmed();
    factor.activityUnit = slash < 0 ? QString() : unit->mid(slash + 1).trimmed();
}

FactorPoint readPoint(const QJsonValue &value, const QString &path, PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    FactorPoint point;
    point.year = r.integer("year", Presence::Required).value_or(0);
    point.value = r.number("value", Presence::Required).value_or(0);
    r.warnUnknownKeys();
    return point;
}

QString valuePath(const EmissionFactor &factor, const QString &path, Gas gas)
{
    return factor.gases.size() == 1
               ? jsonPointer(path, QStringLiteral("value"))
               : jsonPointer(jsonPointer(path, QStringLiteral("gases")), gasId(gas));
}

void checkGases(const EmissionFactor &factor, const QString &path, PlanProblems &problems)
{
    if (factor.gases.isEmpty()) {
        addError(problems, jsonPointer(path, QStringLiteral("value")),
                 PlanJson::tr("the factor has no value; give value (with gas) or gases"));
    }
    QList<Gas> seen;
    for (const GasAmount &g : factor.gases) {
        if (seen.contains(g.gas))
            addError(problems, valuePath(factor, path, g.gas),
                     PlanJson::tr("gas %1 is given twice").arg(gasId(g.gas)));
        seen << g.gas;
        if (!std::isfinite(g.value) || g.value < 0) {
            addError(problems, valuePath(factor, path, g.gas),
                     PlanJson::tr("the %1 value %2 must be a number of at least 0 (sinks are "
                                  "measures, not negative factors)")
                         .arg(gasId(g.gas), ProblemReport::number(g.value)));
        }
    }
}

QString dimensionNames(const Carrier &carrier)
{
    QStringList names;
    for (Dimension d : carrier.dimensions)
        names << Units::dimensionName(d);
    return names.join(QLatin1String(", "));
}

void checkUnit(const EmissionFactor &factor, const QString &path, PlanProblems &problems)
{
    const QString unitPath = jsonPointer(path, QStringLiteral("unit"));
    const auto mass = Units::find(factor.massUnit);
    const auto activity = Units::find(factor.activityUnit);
    if (!mass || mass->dimension != Dimension::Mass || !activity) {
        addError(problems, unitPath,
                 PlanJson::tr("unit %1 must be a mass (g, kg or t), a slash and a known "
                              "activity unit, such as kg/kWh")
                     .arg(factor.unit()));
        return;
    }
    const Carrier *carrier = Carriers::find(factor.carrier);
    if (carrier && !carrier->fits(activity->dimension)) {
        addError(problems, unitPath,
                 PlanJson::tr("unit %1 does not fit %2, which is measured in %3")
                     .arg(factor.unit(), carrier->displayName(), dimensionNames(*carrier)));
    }
}

void checkTrajectory(const EmissionFactor &factor, const QString &path, PlanProblems &problems)
{
    const QString trajectoryPath = jsonPointer(path, QStringLiteral("trajectory"));
    if (!factor.trajectory.isEmpty() && factor.gases.size() != 1) {
        addError(problems, trajectoryPath,
                 PlanJson::tr("only a factor with a single value can have a trajectory"));
    }
    for (qsizetype i = 0; i < factor.trajectory.size(); ++i) {
        const FactorPoint &point = factor.trajectory[i];
        const QString pointPath = jsonPointer(trajectoryPath, i);
        if (!isPlausibleYear(point.year)) {
            addError(problems, jsonPointer(pointPath, QStringLiteral("year")),
                     PlanJson::tr("year %1 is not plausible; expected %2–%3")
                         .arg(point.year)
                         .arg(kEarliestYear)
                         .arg(kLatestYear));
        } else if (i > 0 && point.year <= factor.trajectory[i - 1].year) {
            addError(problems, jsonPointer(pointPath, QStringLiteral("year")),
                     PlanJson::tr("year %1 does not come after %2; trajectory years must increase")
                         .arg(point.year)
                         .arg(factor.trajectory[i - 1].year));
        }
        if (!std::isfinite(point.value) || point.value < 0) {
            addError(problems, jsonPointer(pointPath, QStringLiteral("value")),
                     PlanJson::tr("value %1 must be a number of at least 0")
                         .arg(ProblemReport::number(point.value)));
        }
    }
}

void checkIdentity(const EmissionFactor &factor, const QString &path, PlanProblems &problems)
{
    if (factor.id.trimmed().isEmpty())
        addError(problems, jsonPointer(path, QStringLiteral("id")),
                 PlanJson::tr("the factor id is empty"));
    if (!factor.carrier.isEmpty() && !Carriers::find(factor.carrier)) {
        QStringList ids;
        for (const Carrier &c : Carriers::all())
            ids << c.id;
        addError(problems, jsonPointer(path, QStringLiteral("carrier")),
                 PlanJson::tr("carrier \"%1\" is not known; expected one of %2, or empty for any")
                     .arg(factor.carrier, ids.join(QLatin1String(", "))));
    }
    if (factor.year != 0 && !isPlausibleYear(factor.year)) {
        addError(problems, jsonPointer(path, QStringLiteral("year")),
                 PlanJson::tr("year %1 is not plausible; expected %2–%3, or 0 if unknown")
                     .arg(factor.year)
                     .arg(kEarliestYear)
                     .arg(kLatestYear));
    }
    if (factor.source.trimmed().isEmpty()) {
        addWarning(problems, jsonPointer(path, QStringLiteral("source")),
                   PlanJson::tr("the factor cites no source; say where its figure comes from"));
    }
}

} // namespace

std::optional<EmissionFactor> FactorJson::read(const QJsonValue &value, const QString &path,
                                               PlanProblems &problems)
{
    PlanProblems own;
    JsonObjectReader r(value, path, own);
    if (!r.isObject()) {
        problems += own;
        return std::nullopt;
    }
    EmissionFactor factor;
    factor.id = r.text("id", Presence::Required).value_or(QString());
    factor.name = r.text("name", QString());
    factor.carrier = r.text("carrier", QString());
    readGases(r, factor);
    readUnit(r, factor);
    factor.gwp = r.choice("gwp", Presence::Optional, kAllGwpSets, gwpSetId).value_or(GwpSet::AR6);
    factor.region = r.text("region", QString());
    factor.year = r.integer("year", 0);
    factor.source = r.text("source", QString());
    factor.confidence = r.choice("confidence", Presence::Optional, kAllConfidences, confidenceId)
                            .value_or(Confidence::Medium);
    factor.trajectory = r.list(
        "trajectory", [&](const QJsonValue &v, const QString &p) { return readPoint(v, p, own); });
    r.warnUnknownKeys();

    PlanProblems checks;
    check(factor, path, checks);
    problems += own;
    appendUncovered(problems, checks, errorPaths(own));
    return factor;
}

void FactorJson::check(const EmissionFactor &factor, const QString &path, PlanProblems &problems)
{
    checkIdentity(factor, path, problems);
    checkGases(factor, path, problems);
    checkUnit(factor, path, problems);
    checkTrajectory(factor, path, problems);
}

QJsonObject FactorJson::write(const EmissionFactor &factor)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), factor.id);
    o.insert(QStringLiteral("name"), factor.name);
    o.insert(QStringLiteral("carrier"), factor.carrier);
    if (factor.gases.size() == 1) {
        o.insert(QStringLiteral("value"), factor.gases.first().value);
        o.insert(QStringLiteral("gas"), gasId(factor.gases.first().gas));
    } else {
        QJsonObject gases;
        for (const GasAmount &g : factor.gases)
            gases.insert(gasId(g.gas), g.value);
        o.insert(QStringLiteral("gases"), gases);
    }
    o.insert(QStringLiteral("unit"), factor.unit());
    o.insert(QStringLiteral("gwp"), gwpSetId(factor.gwp));
    o.insert(QStringLiteral("region"), factor.region);
    o.insert(QStringLiteral("year"), factor.year);
    o.insert(QStringLiteral("source"), factor.source);
    o.insert(QStringLiteral("confidence"), confidenceId(factor.confidence));
    QJsonArray trajectory;
    for (const FactorPoint &p : factor.trajectory)
        trajectory.append(
            QJsonObject{{QStringLiteral("year"), p.year}, {QStringLiteral("value"), p.value}});
    o.insert(QStringLiteral("trajectory"), trajectory);
    return o;
}

} // namespace zeroplan
