#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

class QTranslator;

namespace zeroplan {

// The language the app speaks: English or Simplified Chinese, from the system locale or
// chosen in Preferences. Installing one loads ZeroPlan's translation and Qt's own (so
// standard dialogs speak it too) and sets the default QLocale for numbers and dates; Qt then
// sends every widget a LanguageChange event. The font with the language's glyphs is font();
// the desktop app applies it to its widgets (window/LanguageFont), which this layer never links.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::Language)

public:
    static QString systemCode(); // "" in Preferences: follow the system
    // The codes the app offers ("en", "zh_CN") with their names in their own language.
    static QList<QPair<QString, QString>> available();
    // What `code` resolves to: itself if offered, else the system language if offered, else "en".
    static QString resolve(const QString &code);
    // Installs the translators for `code` ("" = the system's) and returns the code in use.
    static QString install(const QString &code);
    // `base` with the font families that show `code`'s script (a resolved code).
    static QFont font(const QString &code, QFont base);
    static QString current();

private:
    static void removeInstalled();
};

} // namespace zeroplan
