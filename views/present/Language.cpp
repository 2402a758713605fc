#include "Language.h"

#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace zeroplan {
namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentCode()
{
    static QString code;
    return code;
}

QString chineseCode()
{
    return QStringLiteral("zh_CN");
}

QString englishCode()
{
    return QStringLiteral("en");
}

} // namespace

QString Language::systemCode()
{
    return resolve(QString());
}

QList<QPair<QString, QString>> Language::available()
{
    return {{englishCode(), QStringLiteral("English")},
            {chineseCode(), QStringLiteral("简体中文")}};
}

QString Language::resolve(const QString &code)
{
    for (const auto &language : available()) {
        if (language.first == code)
            return code;
    }
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalHanScript)
        return chineseCode();
    return englishCode();
}

QString Language::install(const QString &code)
{
    const QString resolved = resolve(code);
    removeInstalled();
    const QLocale locale(resolved);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (resolved != englishCode() && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    // English too, for its plural forms ("1 line", "2 lines").
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/zeroplan_") + resolved)) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
    currentCode() = resolved;
    return resolved;
}

// Chinese text needs a CJK font; Noto Sans CJK SC (Debian fonts-noto-cjk) is the one the
// project prefers. Latin text keeps the platform's font, with CJK as the fallback family
// so names typed in Chinese never show as boxes in an English interface.
QFont Language::font(const QString &code, QFont base)
{
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (code == chineseCode())
        base.setFamilies({cjk});
    else
        base.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), cjk});
    return base;
}

QString Language::current()
{
    return currentCode().isEmpty() ? systemCode() : currentCode();
}

void Language::removeInstalled()
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

} // namespace zeroplan
