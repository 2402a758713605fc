#pragma once

#include <QHash>
#include <QList>

namespace zeroplan {

class XlsxPart;

// What of the workbook's styles (xl/styles.xml) matters for reading values: which cell
// formats (the <xf> of <cellXfs> that a cell's s attribute counts) show numbers as dates.
class XlsxStyles
{
public:
    // Reads the styles from their part; false on an error, which the part then holds.
    bool read(XlsxPart &part);
    // True when cell format `style` shows its number as a date or time.
    bool isDate(qsizetype style) const
    {
        return style >= 0 && style < m_dateStyles.size() && m_dateStyles[style];
    }

private:
    void readNumberFormat(const XlsxPart &part);
    void readCellFormat(const XlsxPart &part);

    QHash<int, bool> m_customFormats; // numFmtId → is a date, for the workbook's own formats
    QList<int> m_cellFormats;         // numFmtId of each cell format
    QList<bool> m_dateStyles;
};

} // namespace zeroplan
