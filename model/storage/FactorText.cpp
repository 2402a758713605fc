#include "FactorText.h"

#include "FactorLibraryJson.h"
#include "measures/CatalogueText.h"

#include <QStringList>

namespace zeroplan {
namespace {

QString languageOrCurrent(const QString &language)
{
    return language.isEmpty() ? CatalogueText::currentLanguage() : language;
}

// The library's factor of the same id, when `factor` is a plan's own.
const EmissionFactor *libraryFactor(const EmissionFactor &factor)
{
    if (!factor.nameZh.isEmpty() || !factor.sourceZh.isEmpty())
        return &factor; // the library's own (only the library has Chinese text)
    return FactorLibraryJson::builtIn().find(factor.id);
}

const RegionName *regionOf(const QString &id)
{
    for (const RegionName &r : FactorLibraryJson::builtInRegions()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString inLanguage(const QString &english, const QString &chinese, const QString &language)
{
    return CatalogueText::isChinese(language) && !chinese.isEmpty() ? chinese : english;
}

} // namespace

QString FactorText::name(const EmissionFactor &factor, const QString &language)
{
    const EmissionFactor *library = libraryFactor(factor);
    if (library && !factor.name.isEmpty() &&
        (factor.name == library->name || factor.name == library->nameZh))
        return library->displayName(languageOrCurrent(language));
    return factor.name.isEmpty() ? factor.id : factor.name;
}

QString FactorText::source(const EmissionFactor &factor, const QString &language)
{
    const EmissionFactor *library = libraryFactor(factor);
    if (library && !factor.source.isEmpty() &&
        (factor.source == library->source || factor.source == library->sourceZh))
        return library->displaySource(languageOrCurrent(language));
    return factor.source;
}

QString FactorText::regionName(const QString &region, const QString &language)
{
    const RegionName *r = regionOf(region);
    return r ? inLanguage(r->name, r->nameZh, languageOrCurrent(language)) : region;
}

QString FactorText::regionWithProvinces(const QString &region, const QString &language)
{
    const RegionName *r = regionOf(region);
    if (!r || r->provinces.isEmpty())
        return regionName(region, language);
    const QString lang = languageOrCurrent(language);
    QStringList names;
    for (const ProvinceName &p : r->provinces)
        names << inLanguage(p.name, p.nameZh, lang);
    if (CatalogueText::isChinese(lang))
        return r->nameZh + QStringLiteral("（") + names.join(QStringLiteral("、")) +
               QStringLiteral("）");
    return r->name + QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QList<FactorText::Province> FactorText::provinces(const QString &language)
{
    const QString lang = languageOrCurrent(language);
    QList<Province> all;
    for (const RegionName &r : FactorLibraryJson::builtInRegions()) {
        for (const ProvinceName &p : r.provinces)
            all.append({inLanguage(p.name, p.nameZh, lang), r.id});
    }
    return all;
}

} // namespace zeroplan
