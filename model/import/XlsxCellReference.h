#pragma once

#include <QString>
#include <QStringView>

namespace zeroplan {

// References in the A1 style that a sheet's XML uses: "C7" is column C (the third) of row 7.
class XlsxCellReference
{
public:
    // The 0-based column of a reference such as "C7" (or "c7"); -1 when the text is no
    // reference, XlsxReader::MaxColumns or more when the column is beyond XFD.
    static int column(QStringView reference);
    // The row of a row number "1" … "1048576"; 0 when the text is no such number.
    static qint64 row(QStringView number);
    // "A", "B", … "Z", "AA", … "XFD" for the 0-based column; "?" for a negative one.
    static QString columnLetters(int column);
};

} // namespace zeroplan
