#pragma once

#include <QString>
#include <QStringList>

namespace zeroplan {

// The catalogue's and the factor library's text in a given language, whatever translator the
// application has installed: English is the source text, Chinese comes from the compiled
// zh_CN translation (:/i18n/zeroplan_zh_CN.qm) loaded into a translator of its own. Pages and
// the report use it to tell text the user never edited (equal to the catalogue's in some
// language) from text the user typed (docs/measures.md, "Names and sources in two languages").
class CatalogueText
{
public:
    static QString english() { return QStringLiteral("en"); }
    static QString chinese() { return QStringLiteral("zh_CN"); }
    // The languages the catalogue's text exists in.
    static QStringList languages();
    // "zh_CN" while the default QLocale is Chinese (the window's language, or a report's
    // while it is written: views/present/Language, views/report/ReportLanguage), else "en".
    static QString currentLanguage();
    static bool isChinese(const QString &language);
    // `source` (a QT_TRANSLATE_NOOP text of `context`) in `language`; the English source
    // text when the translation has none.
    static QString translate(const char *context, const char *source, const QString &language);
};

} // namespace zeroplan
