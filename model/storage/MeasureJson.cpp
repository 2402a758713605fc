#include "MeasureJson.h"

#include "CoBenefitJson.h"
#include "JsonObjectReader.h"
#include "MeasureTariffJson.h"
#include "PlanEnums.h"
#include "measures/MeasureCatalogue.h"

#include <QJsonArray>
#include <cmath>

namespace zeroplan {
namespace {

constexpr int kDefaultLifetimeYears = 25;

std::optional<UncertainValue> readParameter(const QJsonValue &value, const QString &path,
                                            PlanProblems &problems)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return UncertainValue{value.toDouble(), std::nullopt, std::nullopt, QString()};
    if (!value.isObject()) {
        addError(problems, path,
                 PlanJson::tr("a parameter must be a number or an object {value, low, high, "
                              "source}, not %1")
                     .arg(JsonObjectReader::describe(value)));
        return std::nullopt;
    }
    JsonObjectReader r(value, path, problems);
    const std::optional<double> likely = r.number("value", Presence::Required);
    UncertainValue result;
    result.low = r.number("low", Presence::Optional);
    result.high = r.number("high", Presence::Optional);
    result.source = r.text("source", QString());
    r.warnUnknownKeys();
    if (!likely)
        return std::nullopt;
    result.value = *likely;
    return result;
}

// Parameters given in the file replace the catalogue's; unknown keys are kept for the
// validator to report, so that what was read is what is written.
void readParameters(JsonObjectReader &r, Measure &measure)
{
    const std::optional<JsonObjectReader> parameters = r.object("parameters", Presence::Optional);
    if (!parameters)
        return;
    const QJsonObject object = r.member("parameters").toObject();
    if (object.size() > PlanJson::kMaxListItems) {
        r.error(parameters->path(), PlanJson::tr("parameters has %1 entries; at most %2 are read")
                                        .arg(object.size())
                                        .arg(PlanJson::kMaxListItems));
        return;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        const QString path = jsonPointer(parameters->path(), it.key());
        if (const auto value = readParameter(it.value(), path, r.problems()))
            measure.parameters.insert(it.key(), *value);
    }
}

QString readTarget(const QJsonValue &value, const QString &path, PlanProblems &problems)
{
    if (value.isString())
        return value.toString();
    addError(problems, path,
             PlanJson::tr("a target must be an activity line id (text), not %1")
                 .arg(JsonObjectReader::describe(value)));
    return QString();
}

void readCosts(JsonObjectReader &r, Measure &measure)
{
    std::optional<JsonObjectReader> costs = r.object("costs", Presence::Optional);
    if (!costs)
        return;
    measure.costs.capex = costs->number("capex", 0.0);
    measure.costs.opexPerYear = costs->number("opex_per_year", 0.0);
    costs->warnUnknownKeys();
}

void readSchedule(JsonObjectReader &r, Measure &measure)
{
    measure.rampYears = r.integer("ramp_years", 0);
    measure.rampShape = r.choice("ramp_shape", Presence::Optional, kAllRampShapes, rampShapeId)
                            .value_or(RampShape::Linear);
    measure.lifetimeYears = r.integer("lifetime_years", kDefaultLifetimeYears);
    measure.status = r.choice("status", Presence::Optional, kAllMeasureStatuses, measureStatusId)
                         .value_or(MeasureStatus::Proposed);
}

QJsonObject writeParameter(const UncertainValue &value)
{
    QJsonObject o{{QStringLiteral("value"), value.value}};
    if (value.low)
        o.insert(QStringLiteral("low"), *value.low);
    if (value.high)
        o.insert(QStringLiteral("high"), *value.high);
    if (!value.source.isEmpty())
        o.insert(QStringLiteral("source"), value.source);
    return o;
}

} // namespace

std::optional<UncertainValue> MeasureJson::readValue(const QJsonValue &value, const QString &path,
                                                     PlanProblems &problems)
{
    return readParameter(value, path, problems);
}

QJsonObject MeasureJson::writeValue(const UncertainValue &value)
{
    return writeParameter(value);
}

Measure MeasureJson::withDefaults(MeasureKind kind)
{
    const MeasureKindSpec &spec = MeasureCatalogue::spec(kind);
    Measure measure;
    measure.kind = kind;
    measure.name = QString::fromUtf8(spec.name);
    measure.ownerGroup = QString::fromUtf8(spec.ownerGroup);
    measure.lifetimeYears = kDefaultLifetimeYears;
    for (const ParameterSpec &p : spec.parameters) {
        UncertainValue value{p.value, std::nullopt, std::nullopt, QString::fromUtf8(p.source)};
        if (p.high > p.low) {
            value.low = p.low;
            value.high = p.high;
        }
        measure.parameters.insert(QString::fromUtf8(p.key), value);
    }
    return measure;
}

std::optional<Measure> MeasureJson::read(const QJsonValue &value, const QString &path,
                                         PlanProblems &problems)
{
    JsonObjectReader r(value, path, problems);
    if (!r.isObject())
        return std::nullopt;
    const QString id = r.text("id", Presence::Required).value_or(QString());
    const auto kind = r.choice("kind", Presence::Required, kAllMeasureKinds, measureKindId);
    const int startYear = r.integer("start_year", Presence::Required).value_or(0);
    if (!kind)
        return std::nullopt; // without a kind there are no parameters to read
    Measure measure = withDefaults(*kind);
    measure.id = id;
    measure.startYear = startYear;
    measure.name = r.text("name", measure.name);
    readParameters(r, measure);
    measure.targets = r.list("targets", [&](const QJsonValue &v, const QString &p) {
        return readTarget(v, p, problems);
    });
    readSchedule(r, measure);
    readCosts(r, measure);
    measure.ownerGroup = r.text("owner_group", measure.ownerGroup);
    measure.source = r.text("source", QString());
    measure.note = r.text("note", QString());
    measure.coBenefits = CoBenefitJson::read(r);  // none in an older file: not assessed
    measure.tariffs = MeasureTariffJson::read(r); // none in an older file: the plan's prices
    r.warnUnknownKeys();
    return measure;
}

QJsonObject MeasureJson::write(const Measure &measure)
{
    QJsonObject parameters;
    for (auto it = measure.parameters.cbegin(); it != measure.parameters.cend(); ++it)
        parameters.insert(it.key(), writeParameter(it.value()));
    QJsonObject o{
        {QStringLiteral("id"), measure.id},
        {QStringLiteral("kind"), measureKindId(measure.kind)},
        {QStringLiteral("name"), measure.name},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("targets"), QJsonArray::fromStringList(measure.targets)},
        {QStringLiteral("start_year"), measure.startYear},
        {QStringLiteral("ramp_years"), measure.rampYears},
        {QStringLiteral("ramp_shape"), rampShapeId(measure.rampShape)},
        {QStringLiteral("lifetime_years"), measure.lifetimeYears},
        {QStringLiteral("costs"),
         QJsonObject{{QStringLiteral("capex"), measure.costs.capex},
                     {QStringLiteral("opex_per_year"), measure.costs.opexPerYear}}},
        {QStringLiteral("owner_group"), measure.ownerGroup},
        {QStringLiteral("status"), measureStatusId(measure.status)},
        {QStringLiteral("source"), measure.source},
        {QStringLiteral("note"), measure.note},
    };
    if (!measure.coBenefits.isEmpty()) // a measure nobody assessed keeps its version 3 shape
        o.insert(QStringLiteral("co_benefits"), CoBenefitJson::write(measure.coBenefits));
    if (!measure.tariffs.isEmpty())
        o.insert(QStringLiteral("tariffs"), MeasureTariffJson::write(measure.tariffs));
    return o;
}

} // namespace zeroplan
