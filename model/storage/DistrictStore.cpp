#include "DistrictStore.h"

#include "PlanSchema.h"
#include "SqliteFile.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace zeroplan {

namespace {

SqliteTables::Column col(const char *name, const char *declaration)
{
    return {QLatin1String(name), QLatin1String(declaration)};
}

// The tables of district file version 1 (docs/district.md "The district file").
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
            col("currency", "TEXT"), col("note", "TEXT")},
           {}},
         T{QStringLiteral("communities"),
           {col("position", "INTEGER PRIMARY KEY"), col("path", "TEXT NOT NULL"),
            col("sha256", "TEXT"), col("scenario", "TEXT"), col("type", "TEXT NOT NULL")},
           {}}},
        QStringLiteral("district files"),
        {}};
    return format;
}

bool writeRows(const QSqlDatabase &db, const District &district, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO district (id, format_version, name, region, "
                                  "base_year, horizon_end, currency, note) VALUES (1, ?, ?, ?, "
                                  "?, ?, ?, ?)")))
        return *error = q.lastError().text(), false;
    for (const QVariant &v :
         QVariantList{District::kFormatVersion, district.name, district.region, district.baseYear,
                      district.horizonEnd, district.currency, district.note})
        q.addBindValue(v);
    if (!q.exec())
        return *error = q.lastError().text(), false;
    QSqlQuery link(db);
    if (!link.prepare(QStringLiteral("INSERT INTO communities (position, path, sha256, scenario, "
                                     "type) VALUES (?, ?, ?, ?, ?)")))
        return *error = link.lastError().text(), false;
    for (qsizetype i = 0; i < district.communities.size(); ++i) {
        const CommunityLink &c = district.communities[i];
        for (const QVariant &v :
             QVariantList{qlonglong(i), c.path, c.sha256, c.scenario, communityTypeId(c.type)})
            link.addBindValue(v);
        if (!link.exec())
            return *error = link.lastError().text(), false;
    }
    return true;
}

// The rows back into `district`; why they don't make one, or "".
QString readRows(const QSqlDatabase &db, District &district)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT format_version, name, region, base_year, horizon_end, "
                               "currency, note FROM district")))
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

    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!links.exec(QStringLiteral("SELECT path, sha256, scenario, type FROM communities ORDER "
                                   "BY position")))
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
