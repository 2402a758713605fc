#pragma once
// What TestXlsxReader and TestXlsxBadFiles share.
#include "import/XlsxDate.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>
#include <zip.h>

namespace zeroplan::test {

using Parts = QMap<QString, QByteArray>;

inline QString fixturePath(const char *name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Each row as "number: cell|cell|…", and the error, if any, as the last line.
inline QStringList readAll(XlsxReader &reader)
{
    QStringList lines;
    TableRow row;
    while (reader.next(row)) {
        QStringList cells;
        for (int column = 0; column < row.size(); ++column)
            cells.append(row.text(column));
        lines.append(QString::number(row.number()) + QStringLiteral(": ") +
                     cells.join(QLatin1Char('|')));
    }
    if (!reader.error().isEmpty())
        lines.append(QStringLiteral("error: ") + reader.error());
    return lines;
}

// A zip archive of `parts`, made with libzip in a temporary directory.
inline QByteArray zipOf(const Parts &parts, zip_int32_t method = ZIP_CM_DEFLATE)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        qFatal("zip_open failed: %d", code);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_source_t *source =
            zip_source_buffer(archive, it->constData(), zip_uint64_t(it->size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0 || zip_set_file_compression(archive, zip_uint64_t(index), method, 0) != 0)
            qFatal("zip_file_add failed: %s", zip_strerror(archive));
    }
    if (zip_close(archive) != 0)
        qFatal("zip_close failed: %s", zip_strerror(archive));
    return fileBytes(path);
}

inline QByteArray worksheet(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
           "<sheetData>\n" +
           sheetData + "\n</sheetData>\n</worksheet>\n";
}

inline QByteArray sharedStrings(const QByteArray &items)
{
    return "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items +
           "</sst>";
}

// Cell formats: 0 General, 1 built-in date 14, 2 custom date-time, 3 a custom number format
// whose text holds date letters in quotes, 4 a duration.
inline QByteArray styles()
{
    return R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
inline <numFmts count="3"><numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/>
inline <numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>
inline <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
inline <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>
inline <xf numFmtId="165"><alignment horizontal="left"/></xf><xf numFmtId="166"/></cellXfs>
inline <dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs></styleSheet>)";
}

inline QByteArray workbookXml(const QByteArray &sheets, bool date1904)
{
    return "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
           QByteArray(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" +
           sheets + "</sheets></workbook>";
}

inline QByteArray relationship(const char *id, const char *type, const char *target)
{
    return QByteArray("<Relationship Id=\"") + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"/>";
}

// A workbook with one sheet, "Data", whose <sheetData> holds `sheetData`. Its relationship
// has an absolute target, the others relative ones, as both occur.
inline Parts workbookParts(const QByteArray &sheetData, const QByteArray &stringItems = {},
                           bool date1904 = false)
{
    Parts parts;
    parts[QStringLiteral("[Content_Types].xml")] =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts[QStringLiteral("xl/workbook.xml")] =
        workbookXml("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>", date1904);
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        relationship("rId1", "worksheet", "/xl/worksheets/sheet1.xml") +
        relationship("rId2", "sharedStrings", "sharedStrings.xml") +
        relationship("rId3", "styles", "styles.xml") + "</Relationships>";
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = worksheet(sheetData);
    parts[QStringLiteral("xl/sharedStrings.xml")] = sharedStrings(stringItems);
    parts[QStringLiteral("xl/styles.xml")] = styles();
    return parts;
}

inline QByteArray workbook(const QByteArray &sheetData, const QByteArray &stringItems = {},
                           bool date1904 = false)
{
    return zipOf(workbookParts(sheetData, stringItems, date1904));
}

inline QByteArray utf16(const char *text)
{
    QByteArray bytes;
    for (const char *c = text; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

} // namespace zeroplan::test
