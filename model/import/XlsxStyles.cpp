#include "XlsxStyles.h"

#include "XlsxDate.h"
#include "XlsxPart.h"

namespace zeroplan {
namespace {

int numFmtId(const XlsxPart &part)
{
    bool ok = false;
    const int id = part.xml().attributes().value(QLatin1StringView("numFmtId")).toInt(&ok);
    return ok ? id : 0;
}

} // namespace

bool XlsxStyles::read(XlsxPart &part)
{
    enum class Section
    {
        Other,
        NumberFormats,
        CellFormats
    } section = Section::Other;
    while (part.readNext()) {
        if (part.isStart(QLatin1StringView("numFmts")))
            section = Section::NumberFormats;
        else if (part.isStart(QLatin1StringView("cellXfs")))
            section = Section::CellFormats;
        else if (part.isEnd(QLatin1StringView("numFmts")) ||
                 part.isEnd(QLatin1StringView("cellXfs")))
            section = Section::Other;
        else if (section == Section::NumberFormats && part.isStart(QLatin1StringView("numFmt")))
            readNumberFormat(part);
        else if (section == Section::CellFormats && part.isStart(QLatin1StringView("xf")))
            readCellFormat(part);
    }
    if (!part.error().isEmpty())
        return false;
    m_dateStyles.reserve(m_cellFormats.size());
    for (const int id : std::as_const(m_cellFormats)) {
        const auto custom = m_customFormats.constFind(id);
        m_dateStyles.append(custom != m_customFormats.cend() ? *custom
                                                             : XlsxDate::isBuiltInDateFormat(id));
    }
    m_customFormats.clear();
    m_cellFormats.clear();
    return true;
}

void XlsxStyles::readNumberFormat(const XlsxPart &part)
{
    const QXmlStreamAttributes attributes = part.xml().attributes();
    const QStringView code = attributes.value(QLatin1StringView("formatCode"));
    m_customFormats.insert(numFmtId(part), XlsxDate::isDateFormat(code));
}

void XlsxStyles::readCellFormat(const XlsxPart &part)
{
    m_cellFormats.append(numFmtId(part));
}

} // namespace zeroplan
