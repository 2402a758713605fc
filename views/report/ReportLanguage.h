#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace zeroplan {

// The language one report is written in, whatever language the window speaks: while it
// lives, ZeroPlan's and Qt's translators and the default QLocale are those of `code` ("en"
// or "zh_CN"); its destructor puts the window's back. The LanguageChange events that
// swapping translators sends are held back, so the open window doesn't retranslate itself
// twice for a report.
class ReportLanguage : public QObject
{
    Q_OBJECT

public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage() override;

    QString code() const { return m_code; }
    bool isChinese() const { return m_code == chineseCode(); }
    static QString chineseCode() { return QStringLiteral("zh_CN"); }
    static QString englishCode() { return QStringLiteral("en"); }
    // "en" or "zh_CN" from what a user typed ("zh", "zh_CN", "zh-CN", "en", "en_US"); empty
    // if it is neither.
    static QString normalise(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_code;
    QLocale m_previousLocale;
    QList<QTranslator *> m_installed;
    QList<QTranslator *> m_previous; // the app's own, taken out while the report is made
};

} // namespace zeroplan
