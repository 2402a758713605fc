#include "PriceLibrary.h"

#include "inventory/Carrier.h"
#include "inventory/Units.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace zeroplan {
namespace {

// "CN-South" → "CN": the country part of a grid region.
QString country(const QString &region)
{
    return region.section(QLatin1Char('-'), 0, 0);
}

// One price entry; nothing, with the reason, if a field is missing or out of range.
std::optional<PriceDefault> readPrice(const QJsonObject &o, QString *reason)
{
    PriceDefault p;
    p.id = o.value(QLatin1String("id")).toString();
    p.carrier = o.value(QLatin1String("carrier")).toString();
    p.unit = o.value(QLatin1String("unit")).toString();
    p.price = o.value(QLatin1String("price")).toDouble(-1);
    p.currency = o.value(QLatin1String("currency")).toString();
    p.region = o.value(QLatin1String("region")).toString();
    p.year = o.value(QLatin1String("year")).toInt();
    p.source = o.value(QLatin1String("source")).toString();
    p.sourceZh = o.value(QLatin1String("source_zh")).toString();
    p.confidence = o.value(QLatin1String("confidence")).toString();
    const Carrier *carrier = Carriers::find(p.carrier);
    const auto unit = Units::find(p.unit);
    if (p.id.isEmpty())
        *reason = PriceLibrary::tr("a price has no id");
    else if (!carrier)
        *reason = PriceLibrary::tr("price %1: unknown carrier \"%2\"").arg(p.id, p.carrier);
    else if (!unit || !carrier->fits(unit->dimension))
        *reason =
            PriceLibrary::tr("price %1: unit \"%2\" does not fit %3").arg(p.id, p.unit, p.carrier);
    else if (!(p.price > 0) || !std::isfinite(p.price))
        *reason = PriceLibrary::tr("price %1: the price must be a number above 0").arg(p.id);
    else if (p.currency.size() != 3 || p.region.isEmpty() || p.year < 1990 || p.source.isEmpty())
        *reason =
            PriceLibrary::tr("price %1: currency, region, year and source are required").arg(p.id);
    else if (!QSet<QString>{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}
                  .contains(p.confidence))
        *reason = PriceLibrary::tr("price %1: confidence must be high, medium or low").arg(p.id);
    else
        return p;
    return std::nullopt;
}

PriceLibrary loadBuiltIn()
{
    QFile file(QStringLiteral(":/prices/prices.json"));
    QString error;
    std::optional<PriceLibrary> library;
    if (file.open(QIODevice::ReadOnly))
        library = PriceLibrary::fromJson(file.readAll(), &error);
    else
        error = file.errorString();
    if (!library)
        qFatal("the shipped price library is broken: %s", qPrintable(error));
    return *library;
}

} // namespace

const PriceLibrary &PriceLibrary::builtIn()
{
    static const PriceLibrary library = loadBuiltIn();
    return library;
}

std::optional<PriceLibrary> PriceLibrary::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    const QJsonObject root = document.object();
    if (parse.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("format")).toString() != QLatin1String("zeroplan-prices")) {
        *error = PriceLibrary::tr("not a ZeroPlan price library");
        return std::nullopt;
    }
    PriceLibrary library;
    library.m_version = root.value(QLatin1String("version")).toString();
    const QJsonObject currencies = root.value(QLatin1String("currencies")).toObject();
    for (auto it = currencies.begin(); it != currencies.end(); ++it)
        library.m_currencies.insert(it.key(), it.value().toString());
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(QLatin1String("prices")).toArray()) {
        std::optional<PriceDefault> price = readPrice(value.toObject(), error);
        if (!price)
            return std::nullopt;
        if (ids.contains(price->id)) {
            *error = PriceLibrary::tr("price %1 is listed twice").arg(price->id);
            return std::nullopt;
        }
        ids.insert(price->id);
        library.m_prices.append(*price);
    }
    return library;
}

QString PriceLibrary::currencyFor(const QString &gridRegion) const
{
    return m_currencies.value(country(gridRegion));
}

QList<Price> PriceLibrary::defaultsFor(const QString &gridRegion, const QString &currency) const
{
    QList<Price> out;
    if (gridRegion.isEmpty())
        return out;
    QHash<QString, const PriceDefault *> chosen; // carrier → its most specific price
    for (const PriceDefault &p : m_prices) {
        if (p.currency != currency)
            continue;
        const bool own = p.region == gridRegion;
        const bool national = p.region == country(gridRegion);
        const PriceDefault *before = chosen.value(p.carrier);
        if (own || (national && (!before || before->region != gridRegion)))
            chosen.insert(p.carrier, &p);
    }
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const Carrier &c : Carriers::all()) { // in the carriers' order, not the hash's
        if (const PriceDefault *p = chosen.value(c.id)) {
            const QString source = chinese && !p->sourceZh.isEmpty() ? p->sourceZh : p->source;
            out.append(Price{p->carrier, p->unit, p->price, source});
        }
    }
    return out;
}

QString PriceLibrary::displaySource(const Price &price, const QString &language) const
{
    const bool chinese = language.isEmpty() ? QLocale().language() == QLocale::Chinese
                                            : language.startsWith(QLatin1String("zh"));
    for (const PriceDefault &p : m_prices) {
        if (p.carrier != price.carrier || price.source.isEmpty())
            continue;
        if (price.source == p.source || price.source == p.sourceZh)
            return chinese && !p.sourceZh.isEmpty() ? p.sourceZh : p.source;
    }
    return price.source;
}

bool PriceLibrary::areDefaults(const QList<Price> &prices, const QString &gridRegion,
                               const QString &currency) const
{
    const QList<Price> defaults = defaultsFor(gridRegion, currency);
    if (prices.size() != defaults.size())
        return false;
    const QString english = QStringLiteral("en");
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const Price &p = prices[i];
        const Price &d = defaults[i];
        if (p.carrier != d.carrier || p.unit != d.unit || p.price != d.price ||
            displaySource(p, english) != displaySource(d, english))
            return false;
    }
    return true;
}

} // namespace zeroplan
