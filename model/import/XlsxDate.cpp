#include "XlsxDate.h"

#include <QDate>
#include <QTime>
#include <cmath>

namespace zeroplan {
namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

bool isDateLetter(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'y':
    case 'm':
    case 'd':
    case 'h':
    case 's':
        return true;
    default:
        return false;
    }
}

// "[h]", "[mm]", "[ss]": elapsed hours, minutes or seconds.
bool isElapsedTime(QStringView bracketed)
{
    if (bracketed.isEmpty())
        return false;
    const QChar first = bracketed.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (const QChar c : bracketed) {
        if (c.toLower() != first)
            return false;
    }
    return true;
}

QDate dateOf(qint64 days, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts 1900-02-29 (serial 60) as a day, so from serial 61 on it is one day ahead.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

} // namespace

bool XlsxDate::isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
           numFmtId == 45 || numFmtId == 47 || (numFmtId >= 50 && numFmtId <= 58);
}

bool XlsxDate::isDateFormat(QStringView formatCode)
{
    bool hasDateLetter = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (c == u'"') {
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            i = close < 0 ? formatCode.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text, padding or fill
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            if (close < 0)
                break;
            if (isElapsedTime(formatCode.sliced(i + 1, close - i - 1)))
                return false;
            i = close;
        } else if (isDateLetter(c)) {
            hasDateLetter = true;
        }
    }
    return hasDateLetter;
}

QByteArray XlsxDate::fromSerial(double serial, bool date1904)
{
    // 2958466 is 10000-01-01 in the 1900 system; the 1904 system ends 1462 days earlier.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return {};
    const qint64 seconds = std::llround(serial * double(SecondsPerDay));
    const qint64 days = seconds / SecondsPerDay;
    const int secondOfDay = int(seconds % SecondsPerDay);
    const QByteArray time = QTime(0, 0).addSecs(secondOfDay).toString(Qt::ISODate).toLatin1();
    if (days == 0)
        return time;
    QByteArray text;
    if (!date1904 && days == 60) {
        text = "1900-02-29";
    } else {
        const QDate date = dateOf(days, date1904);
        if (!date.isValid() || date.year() > 9999)
            return {};
        text = date.toString(Qt::ISODate).toLatin1();
    }
    if (secondOfDay != 0)
        text += 'T' + time;
    return text;
}

} // namespace zeroplan
