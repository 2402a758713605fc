#include "XlsxWorkbook.h"

#include "XlsxArchive.h"
#include "XlsxPart.h"
#include "XlsxReader.h"

#include <QDir>
#include <QUrl>

namespace zeroplan {
namespace {

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// The zip path of a relationship's target: relative to xl/ ("worksheets/sheet1.xml") or to
// the package root ("/xl/worksheets/sheet1.xml"), and percent-encoded as a URI.
QString partPath(QStringView target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path.sliced(1));
    return QDir::cleanPath(QLatin1StringView("xl/") + path);
}

} // namespace

bool XlsxWorkbook::read(const XlsxArchive &archive, QString *error)
{
    const auto readSheets = [this](XlsxPart &part) { return readWorkbook(part); };
    const auto readParts = [this](XlsxPart &part) { return readRelationships(part); };
    if (!archive.readPart(Part, XlsxReader::MaxPartBytes, readSheets, error))
        return false;
    if (!archive.contains(RelationshipsPart))
        return true; // then no sheet has a part, and the caller says so
    return archive.readPart(RelationshipsPart, XlsxReader::MaxPartBytes, readParts, error);
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(m_sheets.size());
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

qsizetype XlsxWorkbook::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name == name)
            return i;
    }
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString XlsxWorkbook::sheetPart(qsizetype index) const
{
    return m_relationships.value(m_sheets.at(index).relationship).part;
}

bool XlsxWorkbook::isChartSheet(qsizetype index) const
{
    const QString type = m_relationships.value(m_sheets.at(index).relationship).type;
    return type.endsWith(QLatin1StringView("/chartsheet")) ||
           type.endsWith(QLatin1StringView("/dialogsheet"));
}

qsizetype XlsxWorkbook::firstWorksheet() const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (!isChartSheet(i))
            return i;
    }
    return 0;
}

bool XlsxWorkbook::readWorkbook(XlsxPart &part)
{
    bool inSheets = false;
    while (part.readNext()) {
        if (part.isStart(QLatin1StringView("workbookPr")))
            m_date1904 = isTrue(part.xml().attributes().value(QLatin1StringView("date1904")));
        else if (part.isStart(QLatin1StringView("sheets")))
            inSheets = true;
        else if (part.isEnd(QLatin1StringView("sheets")))
            inSheets = false;
        else if (inSheets && part.isStart(QLatin1StringView("sheet")))
            readSheet(part);
    }
    return part.error().isEmpty();
}

void XlsxWorkbook::readSheet(const XlsxPart &part)
{
    Sheet sheet;
    for (const QXmlStreamAttribute &attribute : part.xml().attributes()) {
        if (attribute.name() == u"name" && attribute.namespaceUri().isEmpty())
            sheet.name = attribute.value().toString();
        else if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            sheet.relationship = attribute.value().toString(); // r:id
    }
    m_sheets.append(sheet);
}

bool XlsxWorkbook::readRelationships(XlsxPart &part)
{
    while (part.readNext()) {
        if (!part.isStart(QLatin1StringView("Relationship")))
            continue;
        const QXmlStreamAttributes attributes = part.xml().attributes();
        if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        const QString id = attributes.value(QLatin1StringView("Id")).toString();
        m_relationships.insert(id, {attributes.value(QLatin1StringView("Type")).toString(),
                                    partPath(attributes.value(QLatin1StringView("Target")))});
    }
    return part.error().isEmpty();
}

QString XlsxWorkbook::partOfType(QLatin1StringView typeSuffix, const char *fallback) const
{
    for (const Relationship &relationship : m_relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return relationship.part;
    }
    return QLatin1StringView(fallback);
}

} // namespace zeroplan
