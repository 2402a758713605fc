// MeasureCatalogue's names and sources in a reader's language: a name or source the plan
// holds as the catalogue wrote it (in any of the catalogue's languages, or as "Catalogue
// default: …" / 目录默认：…) is shown from the catalogue in the language asked for; one the
// user edited is the user's, as typed.
#include "MeasureCatalogue.h"

#include "CatalogueText.h"
#include "Measure.h"

#include <QCoreApplication>
#include <cstring>

namespace zeroplan {

namespace {

const char *const kCatalogueContext = "zeroplan::MeasureCatalogue";

// `stored` is `catalogueText` in one of the catalogue's languages.
bool isCatalogueText(const QString &stored, const char *catalogueText)
{
    for (const QString &language : CatalogueText::languages()) {
        if (stored == CatalogueText::translate(kCatalogueContext, catalogueText, language))
            return true;
    }
    return false;
}

QString languageOrCurrent(const QString &language)
{
    return language.isEmpty() ? CatalogueText::currentLanguage() : language;
}

// How a default's source is stored when the plan says it is the catalogue's, e.g.
// "Catalogue default: Jordan & Kurtz 2013, median 0.5 %/yr" (the European sample).
const char *const kDefaultSource =
    QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Catalogue default: %1");

// `stored` after a "Catalogue default:" prefix in one of the catalogue's languages (and the
// Chinese wordings 目录默认： and 目录默认值：, as the form's tooltip says it), trimmed; a null
// string when `stored` has no such prefix.
QString afterDefaultPrefix(const QString &stored)
{
    QStringList prefixes = {QStringLiteral("Catalogue default:"), QStringLiteral("目录默认："),
                            QStringLiteral("目录默认值：")};
    for (const QString &language : CatalogueText::languages()) {
        const QString text = CatalogueText::translate(kCatalogueContext, kDefaultSource, language);
        const qsizetype arg = text.indexOf(QLatin1String("%1"));
        if (arg > 0)
            prefixes.append(text.left(arg).trimmed());
    }
    for (const QString &prefix : std::as_const(prefixes)) {
        if (stored.startsWith(prefix, Qt::CaseInsensitive))
            return stored.mid(prefix.size()).trimmed();
    }
    return QString();
}

} // namespace

QString MeasureCatalogue::displayName(const Measure &m, const QString &language)
{
    if (m.name.isEmpty())
        return m.id;
    const char *catalogueName = spec(m.kind).name;
    if (isCatalogueText(m.name, catalogueName))
        return CatalogueText::translate(kCatalogueContext, catalogueName,
                                        languageOrCurrent(language));
    // "Rooftop solar PV 2": the catalogue's name and the number a second one of the kind got.
    const qsizetype space = m.name.lastIndexOf(QLatin1Char(' '));
    bool isNumber = false;
    if (space > 0)
        m.name.mid(space + 1).toInt(&isNumber);
    if (isNumber && isCatalogueText(m.name.left(space), catalogueName)) {
        return CatalogueText::translate(kCatalogueContext, catalogueName,
                                        languageOrCurrent(language)) +
               m.name.mid(space);
    }
    return m.name;
}

QString MeasureCatalogue::displaySource(const Measure &m, const QString &key,
                                        const QString &language)
{
    const ParameterSpec *p = spec(m.kind).parameter(key);
    const auto it = m.parameters.constFind(key);
    const QString stored = it == m.parameters.cend() ? QString() : it->source;
    if (!p)
        return stored;
    const QString lang = languageOrCurrent(language);
    if (stored.isEmpty() || isCatalogueText(stored, p->source))
        return CatalogueText::translate(kCatalogueContext, p->source, lang);
    // "Catalogue default: <the catalogue's source>" in either language, in `language`.
    const QString prefixed = afterDefaultPrefix(stored);
    if (!prefixed.isNull() && isCatalogueText(prefixed, p->source))
        return CatalogueText::translate(kCatalogueContext, kDefaultSource, lang)
            .arg(CatalogueText::translate(kCatalogueContext, p->source, lang));
    return stored;
}

QString measureStageName(MeasureStage stage)
{
    switch (stage) {
    case MeasureStage::DemandReduction:
        return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Demand reduction");
    case MeasureStage::Switching:
        return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Switching");
    case MeasureStage::Supply:
        return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Clean supply");
    case MeasureStage::SinksAndCredits:
        return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Sinks and credits");
    }
    return {};
}

} // namespace zeroplan
