#include "FactorLibraryJson.h"

#include "FactorJson.h"
#include "JsonObjectReader.h"
#include "JsonSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSet>

namespace zeroplan {
namespace {

constexpr qint64 kMaxLibraryBytes = 32 * 1024 * 1024;
const char *const kFormat = "zeroplan-factors";

// The first error of `problems` and how many there are, as one line.
QString summary(const PlanProblems &problems)
{
    qsizetype errors = 0;
    const PlanProblem *first = nullptr;
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error) {
            ++errors;
            if (!first)
                first = &p;
        }
    }
    if (errors == 1)
        return first->toString();
    // A plain variable for the count: lupdate 6.4 loops forever on "int(errors - 1)" here.
    const int more = static_cast<int>(errors) - 1;
    return QCoreApplication::translate("zeroplan::FactorLibrary", "%1 (and %n more problem(s))",
                                       nullptr, more)
        .arg(first->toString());
}

void checkUniqueIds(const QList<EmissionFactor> &factors, PlanProblems &problems)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        if (seen.contains(factors[i].id)) {
            addError(problems, QStringLiteral("/factors/%1/id").arg(i),
                     QCoreApplication::translate("zeroplan::FactorLibrary",
                                                 "factor id \"%1\" is used twice")
                         .arg(factors[i].id));
        }
        seen.insert(factors[i].id);
    }
}

// A library factor: a plan's factor (FactorJson) with its Chinese name and source beside.
std::optional<EmissionFactor> readFactor(const QJsonValue &value, const QString &path,
                                         PlanProblems &problems)
{
    QJsonObject object = value.toObject();
    const QJsonValue nameZh = object.take(QStringLiteral("name_zh"));
    const QJsonValue sourceZh = object.take(QStringLiteral("source_zh"));
    for (const auto &[key, text] :
         {std::pair{"name_zh", nameZh}, std::pair{"source_zh", sourceZh}}) {
        if (!text.isUndefined() && !text.isString())
            addError(problems, jsonPointer(path, QLatin1String(key)),
                     QCoreApplication::translate("zeroplan::FactorLibrary", "%1 must be text")
                         .arg(QLatin1String(key)));
    }
    std::optional<EmissionFactor> factor =
        FactorJson::read(value.isObject() ? QJsonValue(object) : value, path, problems);
    if (factor) {
        factor->nameZh = nameZh.toString();
        factor->sourceZh = sourceZh.toString();
    }
    return factor;
}

// The names of the grid regions and their provinces (the library's "regions").
QList<RegionName> readRegions(JsonObjectReader &library)
{
    const auto province = [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader r(v, p, library.problems());
        ProvinceName name;
        name.name = r.text("name", Presence::Required).value_or(QString());
        name.nameZh = r.text("name_zh", Presence::Required).value_or(QString());
        r.warnUnknownKeys();
        return name;
    };
    const auto region = [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader r(v, p, library.problems());
        RegionName name;
        name.id = r.text("id", Presence::Required).value_or(QString());
        name.name = r.text("name", Presence::Required).value_or(QString());
        name.nameZh = r.text("name_zh", Presence::Required).value_or(QString());
        name.provinces = r.list("provinces", province);
        r.warnUnknownKeys();
        return name;
    };
    return library.list("regions", region);
}

struct LibraryContents
{
    QString version;
    QList<EmissionFactor> factors;
    QList<RegionName> regions;
};

LibraryContents readContents(JsonObjectReader &r)
{
    LibraryContents contents;
    contents.version = r.text("version", Presence::Required).value_or(QString());
    if (contents.version.isEmpty() && r.has("version")) {
        r.error(r.pathOf("version"),
                QCoreApplication::translate("zeroplan::FactorLibrary", "version is empty"));
    }
    const QList<std::optional<EmissionFactor>> factors = r.list(
        "factors",
        [&](const QJsonValue &v, const QString &p) { return readFactor(v, p, r.problems()); },
        Presence::Required);
    contents.regions = readRegions(r);
    for (const std::optional<EmissionFactor> &f : factors) {
        if (f)
            contents.factors.append(*f);
    }
    if (factors.size() == contents.factors.size())
        checkUniqueIds(contents.factors, r.problems());
    return contents;
}

// The shipped library and its region names, read once.
struct BuiltIn
{
    FactorLibrary library;
    QList<RegionName> regions;
};

const BuiltIn &builtInLibrary()
{
    static const BuiltIn builtIn = [] {
        const QString path = QStringLiteral(":/factors/factors.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("ZeroPlan: the built-in factor library %s is missing", qPrintable(path));
        QString error;
        BuiltIn b;
        std::optional<FactorLibrary> library =
            FactorLibraryJson::read(file.readAll(), &error, &b.regions);
        if (!library)
            qFatal("ZeroPlan: the built-in factor library is broken: %s", qPrintable(error));
        b.library = *library;
        return b;
    }();
    return builtIn;
}

} // namespace

const FactorLibrary &FactorLibraryJson::builtIn()
{
    return builtInLibrary().library;
}

const QList<RegionName> &FactorLibraryJson::builtInRegions()
{
    return builtInLibrary().regions;
}

std::optional<FactorLibrary> FactorLibraryJson::read(const QByteArray &json, QString *error,
                                                     QList<RegionName> *regions)
{
    QString reason;
    const std::optional<QJsonDocument> document =
        JsonSource::parse(json, kMaxLibraryBytes, &reason);
    if (document && !document->isObject())
        reason = QCoreApplication::translate("zeroplan::FactorLibrary",
                                             "a factor library must be a JSON object");
    PlanProblems problems;
    JsonObjectReader r(document ? document->object() : QJsonObject(), QString(), problems);
    const QString format = r.text("format", QString());
    if (reason.isEmpty() && format != QLatin1String(kFormat)) {
        reason = QCoreApplication::translate(
                     "zeroplan::FactorLibrary",
                     "not a ZeroPlan factor library: format is \"%1\", expected \"%2\"")
                     .arg(format, QLatin1String(kFormat));
    }
    FactorLibrary library;
    if (reason.isEmpty()) {
        LibraryContents contents = readContents(r);
        library = FactorLibrary(contents.version, std::move(contents.factors));
        if (regions)
            *regions = contents.regions;
        if (hasErrors(problems))
            reason = summary(problems);
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return library;
}

} // namespace zeroplan
