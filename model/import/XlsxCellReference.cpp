#include "XlsxCellReference.h"

#include "XlsxReader.h"

namespace zeroplan {

int XlsxCellReference::column(QStringView reference)
{
    qsizetype letters = 0;
    int column = 0;
    for (; letters < reference.size() && reference[letters].isLetter(); ++letters) {
        const char16_t c = reference[letters].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        if (column <= XlsxReader::MaxColumns) // beyond, it need grow no further
            column = column * 26 + (c - u'A' + 1);
    }
    for (qsizetype i = letters; i < reference.size(); ++i) {
        if (reference[i] < u'0' || reference[i] > u'9')
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

qint64 XlsxCellReference::row(QStringView number)
{
    if (number.isEmpty() || number.size() > 7)
        return 0;
    qint64 row = 0;
    for (const QChar c : number) {
        if (c < u'0' || c > u'9')
            return 0;
        row = row * 10 + (c.unicode() - u'0');
    }
    return row <= XlsxReader::MaxRows ? row : 0;
}

QString XlsxCellReference::columnLetters(int column)
{
    if (column < 0)
        return QStringLiteral("?");
    QString letters;
    for (qint64 n = qint64(column) + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

} // namespace zeroplan
