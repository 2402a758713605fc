#include "DistrictStore.h"

#include "DistrictTemplateJson.h"
#include "PlanJson.h"
#include "PlanJsonReader.h"
#include "PlanSchema.h"
#include "SqliteFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace zeroplan {

namespace {

SqliteTables::Column col(const char *name, const char *declaration)
{
    return {QLatin1String(name), QLatin1String(declaration)};
}

// Version 1 → 2: the template, the own plan and its scenario in the district row, each link's
// overrides; a version 1 file has none of them (NULL: an empty template, no own plan, no
// overrides).
bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion != 1) {
        *error = QStringLiteral("no migration from schema version %1").arg(fromVersion);
        return false;
    }
    for (const char *sql :
         {"ALTER TABLE district ADD COLUMN template TEXT",
          "ALTER TABLE district ADD COLUMN own_plan TEXT",
          "ALTER TABLE district ADD COLUMN own_scenario TEXT",
          "ALTER TABLE communities ADD COLUMN overrides TEXT", "PRAGMA user_version = 2"}) {
        if (!SqliteTables::execConstant(db, QLatin1String(sql), error))
            return false;
    }
    return true;
}

// Compact JSON text of `json`.
QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The JSON text `text` of column `column` parsed; an empty or NULL column is Undefined.
// Why it is no JSON object (or list, with `list`), or "".
QString parseColumn(const QVariant &text, const char *column, bool list, QJsonValue *out)
{
    *out = QJsonValue(QJsonValue::Undefined);
    if (text.isNull() || text.toString().isEmpty())
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("%1 is not valid JSON (%2 at character %3)")
            .arg(QLatin1String(column), error.errorString())
            .arg(error.offset);
    if (list ? !document.isArray() : !document.isObject())
        return QStringLiteral("%1 is not a JSON %2")
            .arg(QLatin1String(column), list ? QStringLiteral("list") : QStringLiteral("object"));
    *out = list ? QJsonValue(document.array()) : QJsonValue(document.object());
    return {};
}

// The first error among `problems`, as "column: /path: message", or "".
QString firstError(const PlanProblems &problems, const char *column)
{
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error)
            return QStringLiteral("%1: %2%3")
                .arg(QLatin1String(column),
                     p.path.isEmpty() ? QString() : p.path + QStringLiteral(": "), p.message);
    }
    return {};
}

// The tables of district file version 2 (docs/district.md "The district file").
const SqliteFormat &districtFormat()
{
    using T = SqliteTables::Table;
    static const SqliteFormat format{
        DistrictStore::kApplicationId,
        DistrictStore::kVersion,
        {T{QStringLiteral("district"),
           {col("id", "INTEGER PRIMARY KEY CHECK (id = 1)"),
            col("format_version", "INTEGER NOT NULL"), col("name", "TEXT"), col("region", "TEXT"),
            col("base_year", "INTEGER NOT NULL"), col("horizon_end", "INTEGER NOT NULL"),
            col("currency", "TEXT"), col("note", "TEXT"), col("template", "TEXT"),
            col("own_plan", "TEXT"), col("own_scenario", "TEXT")},
           {}},
         T{QStringLiteral("communities"),
           {col("position", "INTEGER PRIMARY KEY"), col("path", "TEXT NOT NULL"),
            col("sha256", "TEXT"), col("scenario", "TEXT"), col("type", "TEXT NOT NULL"),
            col("overrides", "TEXT")},
           {}}},
        QStringLiteral("district files"),
        migrate};
    return format;
}

bool writeRows(const QSqlDatabase &db, const District &district, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO district (id, format_version, name, region, "
                                  "base_year, horizon_end, currency, note, template, own_plan, "
                                  "own_scenario) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return *error = q.lastError().text(), false;
    // No own plan (the empty plan): NULL, as a version 1 file reads.
    const QVariant ownPlan = district.ownPlan == Plan{}
                                 ? QVariant()
                                 : QVariant(jsonText(PlanJson::toJson(district.ownPlan)));
    for (const QVariant &v : QVariantList{
             District::kFormatVersion, district.name, district.region, district.baseYear,
             district.horizonEnd, district.currency, district.note,
             jsonText(DistrictTemplateJson::write(district.templ)), ownPlan, district.ownScenario})
        q.addBindValue(v);
    if (!q.exec())
        return *error = q.lastError().text(), false;
    QSqlQuery link(db);
    if (!link.prepare(QStringLiteral("INSERT INTO communities (position, path, sha256, scenario, "
                                     "type, overrides) VALUES (?, ?, ?, ?, ?, ?)")))
        return *error = link.lastError().text(), false;
    for (qsizetype i = 0; i < district.communities.size(); ++i) {
        const CommunityLink &c = district.communities[i];
        const QVariant overrides =
            c.overrides.isEmpty() ? QVariant()
                                  : QVariant(QString::fromUtf8(
                                        QJsonDocument(DistrictTemplateJson::writeKeys(c.overrides))
                                            .toJson(QJsonDocument::Compact)));
        for (const QVariant &v : QVariantList{qlonglong(i), c.path, c.sha256, c.scenario,
                                              communityTypeId(c.type), overrides})
            link.addBindValue(v);
        if (!link.exec())
            return *error = link.lastError().text(), false;
    }
    return true;
}

// The district row's template (columns 7), own plan (8) and its scenario (9) into `district`;
// why they don't make them, or "".
QString readTemplateAndOwnPlan(const QSqlQuery &q, District &district)
{
    QJsonValue json;
    if (const QString bad = parseColumn(q.value(7), "district.template", false, &json);
        !bad.isEmpty())
        return bad;
    if (!json.isUndefined()) {
        PlanProblems problems;
        district.templ = DistrictTemplateJson::read(json, QString(), problems);
        if (const QString bad = firstError(problems, "district.template"); !bad.isEmpty())
            return bad;
    }
    if (const QString bad = parseColumn(q.value(8), "district.own_plan", false, &json);
        !bad.isEmpty())
        return bad;
    if (!json.isUndefined()) {
        PlanProblems problems;
        PlanJsonReader reader(problems);
        const std::optional<Plan> plan = reader.read(json.toObject());
        if (const QString bad = firstError(problems, "district.own_plan"); !bad.isEmpty())
            return bad;
        if (!plan)
            return QStringLiteral("district.own_plan is not a plan");
        district.ownPlan = *plan;
    }
    district.ownScenario = q.value(9).toString();
    return {};
}

// The rows back into `district`; why they don't make one, or "".
QString readRows(const QSqlDatabase &db, District &district)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT format_version, name, region, base_year, horizon_end, "
                               "currency, note, template, own_plan, own_scenario FROM district")))
        return q.lastError().text();
    if (!q.next())
        return q.lastError().isValid() ? q.lastError().text()
                                       : QStringLiteral("district has no row");
    const auto integer = [&](int column, const char *name, int *out) {
        bool ok = false;
        *out = q.value(column).toInt(&ok);
        return ok ? QString()
                  : QStringLiteral("district.%1 is not a number").arg(QLatin1String(name));
    };
    int format = 0;
    for (const QString &problem :
         {integer(0, "format_version", &format), integer(3, "base_year", &district.baseYear),
          integer(4, "horizon_end", &district.horizonEnd)})
        if (!problem.isEmpty())
            return problem;
    if (format < 1 || format > District::kFormatVersion)
        return QStringLiteral("district.format_version has an unknown value \"%1\"").arg(format);
    if (district.horizonEnd < district.baseYear)
        return QStringLiteral("district.horizon_end %1 is before base_year %2")
            .arg(district.horizonEnd)
            .arg(district.baseYear);
    district.name = q.value(1).toString();
    district.region = q.value(2).toString();
    district.currency = q.value(5).toString();
    district.note = q.value(6).toString();
    if (const QString problem = readTemplateAndOwnPlan(q, district); !problem.isEmpty())
        return problem;

    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!links.exec(QStringLiteral("SELECT path, sha256, scenario, type, overrides FROM "
                                   "communities ORDER BY position")))
        return links.lastError().text();
    while (links.next()) {
        CommunityLink link{links.value(0).toString(), links.value(1).toString(),
                           links.value(2).toString()};
        const QString typeId = links.value(3).toString();
        const auto type = communityTypeFromId(typeId);
        if (!type)
            return QStringLiteral("communities.type has an unknown value \"%1\"").arg(typeId);
        if (link.path.isEmpty())
            return QStringLiteral("communities.path is empty");
        link.type = *type;
        QJsonValue overrides;
        if (const QString bad =
                parseColumn(links.value(4), "communities.overrides", true, &overrides);
            !bad.isEmpty())
            return bad;
        if (!overrides.isUndefined()) {
            PlanProblems problems;
            link.overrides = DistrictTemplateJson::readKeys(overrides, QString(), problems);
            if (const QString bad = firstError(problems, "communities.overrides"); !bad.isEmpty())
                return bad;
        }
        district.communities.append(link);
    }
    return links.lastError().isValid() ? links.lastError().text() : QString();
}

} // namespace

bool DistrictStore::save(const District &district, const QString &path, QString *error)
{
    QString reason;
    const bool saved = SqliteFile::save(
        path,
        [&district](QSqlDatabase &db, QString *why) {
            const SqliteFormat &f = districtFormat();
            return SqliteTables::create(db, f.tables, f.applicationId, f.version, why) &&
                   writeRows(db, district, why);
        },
        &reason);
    if (!saved && error)
        *error =
            tr("%1: could not save the district: %2").arg(QDir::toNativeSeparators(path), reason);
    return saved;
}

QString DistrictStore::failureMessage(const QString &path, const SqliteFileFailure &failure)
{
    using Kind = SqliteFileFailure::Kind;
    const QString name = QDir::toNativeSeparators(path);
    const auto damaged = [&](const QString &reason) {
        return tr("%1: the district file is damaged (%2)").arg(name, reason);
    };
    switch (failure.kind) {
    case Kind::None:
        return {};
    case Kind::Missing:
        return tr("%1: the file does not exist").arg(name);
    case Kind::NotFile:
        return tr("%1: not a ZeroPlan district file (a folder or a device)").arg(name);
    case Kind::CannotOpen:
        return tr("%1: cannot open the file: %2").arg(name, failure.detail);
    case Kind::NotSqlite:
        return tr("%1: not a ZeroPlan district file (not an SQLite database)").arg(name);
    case Kind::HeaderTruncated:
    case Kind::LengthMismatch:
        return tr("%1: the district file is truncated or damaged; it was probably not copied or "
                  "downloaded completely")
            .arg(name);
    case Kind::BadPageSize:
        return damaged(tr("its header gives the page size %1").arg(failure.number));
    case Kind::WalPending:
        return tr("%1: the district file has changes not yet written into it in %2; close the "
                  "program that has it open, then try again")
            .arg(name, failure.detail);
    case Kind::Damaged:
        return damaged(failure.detail);
    case Kind::Slow:
        return tr("%1: reading the district file took too long and was stopped; the file is "
                  "damaged")
            .arg(name);
    case Kind::ForeignApplication:
        if (failure.number == PlanSchema::kApplicationId)
            return tr("%1: this is a community plan (a .zeroplan project file), not a district "
                      "file")
                .arg(name);
        return tr("%1: not a ZeroPlan district file (an SQLite database of another program)")
            .arg(name);
    case Kind::Newer:
        return tr("%1: made by a newer ZeroPlan (district file format %2, this version reads up "
                  "to %3)")
            .arg(name)
            .arg(failure.number)
            .arg(kVersion);
    case Kind::NoSuchVersion:
        return damaged(tr("file format %1 does not exist").arg(failure.number));
    }
    return {};
}

DistrictStoreResult DistrictStore::load(const QString &path, qint64 timeLimitMs)
{
    DistrictStoreResult result;
    District district;
    district.communities.clear();
    const SqliteFileFailure failure = SqliteFile::load(
        path, districtFormat(),
        [&district](const QSqlDatabase &db) { return readRows(db, district); }, timeLimitMs,
        &result.readOnly);
    if (failure.failed()) {
        result.error = failureMessage(path, failure);
        return result;
    }
    result.district = district;
    return result;
}

} // namespace zeroplan
