#include "PlanJson.h"

#include "ActivityJson.h"
#include "FactorJson.h"
#include "FactorLibraryJson.h"
#include "JsonDuplicateKeys.h"
#include "JsonObjectReader.h"
#include "JsonSource.h"
#include "MeasureJson.h"
#include "MonitoringJson.h"
#include "PeopleJson.h"
#include "PlanJsonReader.h"
#include "PlanValidator.h"
#include "ResidentsJson.h"
#include "WriteTarget.h"
#include "inventory/FactorLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace zeroplan {
namespace {

template <typename List, typename Write> QJsonArray writeList(const List &items, Write write)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(write(item));
    return array;
}

QJsonObject writeTargets(const Targets &t)
{
    QJsonObject o;
    if (t.neutralityYear)
        o.insert(QStringLiteral("neutrality_year"), *t.neutralityYear);
    o.insert(
        QStringLiteral("interim"), writeList(t.interim, [](const InterimTarget &i) {
            return QJsonObject{{QStringLiteral("year"), i.year}, {QStringLiteral("cut"), i.cut}};
        }));
    if (t.carbonBudget)
        o.insert(QStringLiteral("carbon_budget_t"), *t.carbonBudget);
    return o;
}

QJsonObject writeCommunity(const Community &c)
{
    QJsonObject o{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("region"), c.region},
        {QStringLiteral("grid_region"), c.gridRegion},
        {QStringLiteral("population"), c.population},
        {QStringLiteral("households"), c.households},
        {QStringLiteral("base_year"), c.baseYear},
        {QStringLiteral("horizon_end"), c.horizonEnd},
        {QStringLiteral("targets"), writeTargets(c.targets)},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("discount_rate"), c.discountRate},
        {QStringLiteral("electricity_factor"), c.electricityFactor},
        {QStringLiteral("source"), c.source},
    };
    if (c.areaHa)
        o.insert(QStringLiteral("area_ha"), *c.areaHa);
    return o;
}

QJsonObject writePrice(const Price &p)
{
    return {{QStringLiteral("carrier"), p.carrier},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("price"), p.price},
            {QStringLiteral("source"), p.source}};
}

QJsonObject writeDrivers(const Drivers &d)
{
    return {{QStringLiteral("population_growth"), d.populationGrowth},
            {QStringLiteral("household_growth"), d.householdGrowth},
            {QStringLiteral("sector_trends"),
             writeList(d.sectorTrends,
                       [](const SectorTrend &t) {
                           return QJsonObject{{QStringLiteral("sector"), sectorId(t.sector)},
                                              {QStringLiteral("rate"), t.rate}};
                       })},
            {QStringLiteral("source"), d.source}};
}

QJsonObject writeScenario(const Scenario &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("measures"), writeList(s.measures, [](const ScenarioMeasure &m) {
                       return QJsonObject{{QStringLiteral("measure"), m.measure},
                                          {QStringLiteral("level"), m.level}};
                   })}};
    // Written only when set, so that a plan without them reads as it did in format 5.
    if (!s.basedOn.isEmpty())
        o.insert(QStringLiteral("based_on"), s.basedOn);
    if (!s.overrides.isEmpty()) {
        o.insert(QStringLiteral("overrides"), writeList(s.overrides, [](const ScenarioOverride &v) {
                     return QJsonObject{{QStringLiteral("measure"), v.measure},
                                        {QStringLiteral("field"), v.field},
                                        {QStringLiteral("value"), v.value}};
                 }));
    }
    return o;
}

// Keeps the first kMaxProblems problems and says that there were more.
void capProblems(PlanProblems &problems)
{
    if (problems.size() < PlanJson::kMaxProblems)
        return;
    problems.resize(PlanJson::kMaxProblems);
    problems.append({PlanProblem::Severity::Error, QString(),
                     PlanJson::tr("there are %1 or more problems; only the first %1 are listed")
                         .arg(PlanJson::kMaxProblems)});
}

// QJsonDocument keeps the last of a repeated member silently; the user hears of each.
void warnDuplicateKeys(const QByteArray &json, PlanProblems &problems)
{
    for (const JsonDuplicateKey &d : JsonDuplicateKeys::find(json, PlanJson::kMaxProblems)) {
        addWarning(problems, d.path,
                   PlanJson::tr("\"%1\" is given %n times in this object; only the last one "
                                "is read",
                                nullptr, d.count)
                       .arg(d.key));
    }
}

PlanReadResult fileProblem(const QString &message)
{
    PlanReadResult result;
    addError(result.problems, QString(), message);
    return result;
}

} // namespace

PlanReadResult PlanJson::read(const QByteArray &json, const FactorLibrary *library)
{
    PlanReadResult result;
    QString error;
    const std::optional<QJsonDocument> document = JsonSource::parse(json, kMaxFileBytes, &error);
    if (!document)
        return fileProblem(error);
    if (!document->isObject())
        return fileProblem(tr("a plan is a JSON object {…}, but this JSON text holds a list […]"));
    warnDuplicateKeys(json, result.problems);
    PlanJsonReader reader(result.problems);
    result.plan = reader.read(document->object());
    if (result.plan && !reader.stoppedEarly()) {
        const PlanProblems checks = PlanValidator::validate(
            *result.plan, library ? *library : FactorLibraryJson::builtIn());
        appendUncovered(result.problems, checks,
                        errorPaths(result.problems) + reader.unreadItems());
    }
    capProblems(result.problems);
    return result;
}

PlanReadResult PlanJson::readFile(const QString &path, const FactorLibrary *library)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fileProblem(tr("%1: the file does not exist").arg(name));
    if (!info.isFile())
        return fileProblem(tr("%1: not a plan file (a folder or a device)").arg(name));
    if (info.size() > kMaxFileBytes) {
        return fileProblem(
            tr("%1: the file is %2; ZeroPlan reads plan files of at most %3")
                .arg(name, JsonSource::sizeText(info.size()), JsonSource::sizeText(kMaxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(tr("%1: cannot open the file: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(kMaxFileBytes + 1); // it may have grown since
    if (file.error() != QFileDevice::NoError)
        return fileProblem(tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    if (bytes.size() > kMaxFileBytes) {
        return fileProblem(tr("%1: the file is larger than %2, the most ZeroPlan reads")
                               .arg(name, JsonSource::sizeText(kMaxFileBytes)));
    }
    PlanReadResult result = read(bytes, library);
    for (PlanProblem &problem : result.problems) {
        if (problem.path.isEmpty())
            problem.message = tr("%1: %2").arg(name, problem.message);
    }
    return result;
}

QJsonObject PlanJson::toJson(const Plan &plan)
{
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("zeroplan-plan")},
        {QStringLiteral("format_version"), Plan::kFormatVersion},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("prepared_by"), plan.preparedBy},
        {QStringLiteral("factor_set"), plan.factorSet},
        {QStringLiteral("gwp"), gwpSetId(plan.gwp)},
        {QStringLiteral("community"), writeCommunity(plan.community)},
        {QStringLiteral("factors"), writeList(plan.factors, FactorJson::write)},
        {QStringLiteral("prices"), writeList(plan.prices, writePrice)},
        {QStringLiteral("drivers"), writeDrivers(plan.drivers)},
        {QStringLiteral("activities"), writeList(plan.activities, ActivityJson::write)},
        {QStringLiteral("measures"), writeList(plan.measures, MeasureJson::write)},
        {QStringLiteral("scenarios"), writeList(plan.scenarios, writeScenario)},
    };
    if (!plan.currentScenario.isEmpty())
        json.insert(QStringLiteral("current_scenario"), plan.currentScenario);
    if (!plan.monitoring.isEmpty())
        json.insert(QStringLiteral("monitoring"), MonitoringJson::write(plan.monitoring));
    if (!plan.residents.isEmpty())
        json.insert(QStringLiteral("residents"), ResidentsJson::write(plan.residents));
    if (!plan.people.isEmpty())
        json.insert(QStringLiteral("people"), PeopleJson::write(plan.people));
    return json;
}

QJsonObject PlanJson::targetsJson(const Targets &targets)
{
    return writeTargets(targets);
}

QJsonObject PlanJson::priceJson(const Price &price)
{
    return writePrice(price);
}

QByteArray PlanJson::write(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

bool PlanJson::writeFile(const Plan &plan, const QString &path, QString *error)
{
    QString reason;
    if (WriteTarget::write(path, write(plan), &reason))
        return true;
    if (error)
        *error = tr("%1: cannot save the plan: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace zeroplan
