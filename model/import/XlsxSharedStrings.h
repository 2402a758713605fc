#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace zeroplan {

class XlsxPart;

// The workbook's table of shared strings (xl/sharedStrings.xml), which cells of type "s"
// refer to by index. Held as one UTF-8 buffer, as most of a workbook's text lives here.
class XlsxSharedStrings
{
public:
    // Reads the table from its part; false on an error, which the part then holds.
    bool read(XlsxPart &part);
    qsizetype size() const { return m_ends.size(); }
    // The string at `index` (0 ≤ index < size()) as UTF-8.
    QByteArrayView at(qsizetype index) const;

    // Reads the text of a string item (<si> here, <is> in an inline-string cell) up to the end
    // of `element`: the <t> of plain text, or of each run <r><t> of rich text, joined; the
    // phonetic guides <rPh> are left out. Appends to *text; false on an error.
    static bool readItem(XlsxPart &part, QLatin1StringView element, QString *text);
    // Undoes Excel's escapes for characters XML can't hold: "_x000D_" → U+000D, "_x005F_" → "_".
    static void unescape(QString &text);

private:
    QByteArray m_text;
    QList<qsizetype> m_ends; // where each string ends in m_text
};

} // namespace zeroplan
