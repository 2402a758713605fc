#include "ReportLanguage.h"

#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

namespace zeroplan {

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(normalise(code).isEmpty() ? englishCode() : normalise(code)),
      m_previousLocale(QLocale())
{
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(this);
    // Qt keeps no public list of installed translators: take out the ones the app installed
    // as its children (views/window/Language and the CLI both parent them to the app).
    for (QTranslator *translator : app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        if (QCoreApplication::removeTranslator(translator))
            m_previous.append(translator);
    }
    const QLocale locale(m_code);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator;
    if (m_code != englishCode() && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed.append(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/zeroplan_") + m_code)) {
        QCoreApplication::installTranslator(own);
        m_installed.append(own);
    } else {
        delete own;
    }
}

ReportLanguage::~ReportLanguage()
{
    for (QTranslator *translator : m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // In the order the app installed them (its children's order), so the last is asked first
    // again, as before.
    for (QTranslator *translator : m_previous)
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(m_previousLocale);
    QCoreApplication::instance()->removeEventFilter(this);
}

QString ReportLanguage::normalise(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("zh_hans"))
        return chineseCode();
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return englishCode();
    return {};
}

bool ReportLanguage::eventFilter(QObject *watched, QEvent *event)
{
    // Only the application's own LanguageChange: QApplication passes it on to every window.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        return true;
    return QObject::eventFilter(watched, event);
}

} // namespace zeroplan
