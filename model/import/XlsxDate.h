#pragma once

#include <QByteArray>
#include <QStringView>

namespace zeroplan {

// Dates in a SpreadsheetML workbook: a cell holds a serial number (days since the workbook's
// epoch, the time as the fraction) and only its number format says that it is a date.
class XlsxDate
{
public:
    // True for the built-in number formats Excel shows as dates or times of day: 14–22,
    // 27–36, 45, 47 and 50–58 (the last two ranges as Excel's CJK locales use them). 46,
    // "[h]:mm:ss", is a duration, not a date, and is read as a number.
    static bool isBuiltInDateFormat(int numFmtId);
    // True when a format code shows a date or time: it has one of the letters y, m, d, h, s
    // outside "quoted text", \escapes and [brackets] ("[$-804]", "[Red]"). A duration such as
    // "[h]:mm" is not a date.
    static bool isDateFormat(QStringView formatCode);
    // The serial as ISO 8601 text: "2024-01-01", "2024-01-01T08:30:00", or "08:30:00" for a
    // time of day alone (a serial below 1). The 1900 system keeps Excel's leap-year bug
    // (serial 60 is 1900-02-29, a day that never was). Empty when the serial is no date
    // (negative, not finite, after 9999-12-31).
    static QByteArray fromSerial(double serial, bool date1904);
};

} // namespace zeroplan
