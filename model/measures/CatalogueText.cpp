#include "CatalogueText.h"

#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace zeroplan {
namespace {

// The Chinese translation, loaded once beside whatever the application installs.
const QTranslator &chineseTranslator()
{
    static const QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/zeroplan_zh_CN")))
            qWarning("ZeroPlan: the Chinese translation :/i18n/zeroplan_zh_CN.qm is missing");
        return t;
    }();
    return *translator;
}

} // namespace

QStringList CatalogueText::languages()
{
    return {english(), chinese()};
}

QString CatalogueText::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? chinese() : english();
}

bool CatalogueText::isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

QString CatalogueText::translate(const char *context, const char *source, const QString &language)
{
    if (!source || !*source)
        return {};
    if (isChinese(language)) {
        const QString text = chineseTranslator().translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace zeroplan
