#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

class XlsxArchive;
class XlsxPart;

// The workbook part (xl/workbook.xml) and its relationships (xl/_rels/workbook.xml.rels):
// the sheets in order, where each sheet's part is, where the shared strings and styles are,
// and which date system the workbook counts in.
class XlsxWorkbook
{
public:
    static constexpr QLatin1StringView Part{"xl/workbook.xml"};
    static constexpr QLatin1StringView RelationshipsPart{"xl/_rels/workbook.xml.rels"};

    struct Sheet
    {
        QString name;
        QString relationship; // r:id
    };

    // Reads both parts from the archive; false with a message in *error.
    bool read(const XlsxArchive &archive, QString *error);

    QStringList sheetNames() const;
    // The sheet called `name` (exactly, or else ignoring case); -1 when there is none.
    qsizetype indexOf(const QString &name) const;
    // The part of sheet `index` in the zip, e.g. "xl/worksheets/sheet1.xml"; empty when the
    // relationships don't say.
    QString sheetPart(qsizetype index) const;
    // True when sheet `index` is a chart sheet (or another kind that holds no cells).
    bool isChartSheet(qsizetype index) const;
    // The first sheet that is not a chart sheet; 0 when all are.
    qsizetype firstWorksheet() const;
    bool date1904() const { return m_date1904; }
    // The parts of the shared strings and the styles, as the relationships say or else where
    // Excel puts them; the archive may not have them.
    QString sharedStringsPart() const
    {
        return partOfType(QLatin1StringView("/sharedStrings"), "xl/sharedStrings.xml");
    }
    QString stylesPart() const { return partOfType(QLatin1StringView("/styles"), "xl/styles.xml"); }

private:
    struct Relationship
    {
        QString type;
        QString part;
    };

    bool readWorkbook(XlsxPart &part);
    bool readRelationships(XlsxPart &part);
    void readSheet(const XlsxPart &part);
    QString partOfType(QLatin1StringView typeSuffix, const char *fallback) const;

    QList<Sheet> m_sheets;
    QHash<QString, Relationship> m_relationships; // by Id
    bool m_date1904 = false;
};

} // namespace zeroplan
