#include "XlsxPart.h"

#include "XlsxReader.h"

#include <zip.h>

namespace zeroplan {
namespace {

constexpr zip_uint64_t ChunkBytes = 64 * 1024;

} // namespace

XlsxPart::XlsxPart(zip_file *file, qint64 size, const QString &fileName, const QString &name)
    : m_file(file), m_size(size), m_fileName(fileName), m_name(name)
{
}

XlsxPart::~XlsxPart()
{
    zip_fclose(m_file);
}

bool XlsxPart::readNext()
{
    while (m_error.isEmpty() && !m_ended) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++m_depth;
            return true;
        case QXmlStreamReader::EndElement:
            m_ended = --m_depth == 0;
            return true;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            return true;
        case QXmlStreamReader::EndDocument:
            m_ended = true;
            break;
        case QXmlStreamReader::Invalid:
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_fed)
                feed();
            else
                failXml();
            break;
        default:
            break;
        }
    }
    return false;
}

bool XlsxPart::isStart(QLatin1StringView localName) const
{
    return m_xml.tokenType() == QXmlStreamReader::StartElement && m_xml.name() == localName;
}

bool XlsxPart::isEnd(QLatin1StringView localName) const
{
    return m_xml.tokenType() == QXmlStreamReader::EndElement && m_xml.name() == localName;
}

bool XlsxPart::isText() const
{
    return m_xml.tokenType() == QXmlStreamReader::Characters ||
           m_xml.tokenType() == QXmlStreamReader::EntityReference;
}

// Hands the parser the next chunk of the entry, or tells it that there is no more.
void XlsxPart::feed()
{
    m_chunk.resize(qsizetype(ChunkBytes));
    const zip_int64_t read = zip_fread(m_file, m_chunk.data(), ChunkBytes);
    if (read < 0) {
        const QString reason = QString::fromLocal8Bit(zip_file_strerror(m_file));
        fail(XlsxReader::tr("%1: can't unpack part %2: %3").arg(m_fileName, m_name, reason));
        return;
    }
    m_unpacked += read;
    if (m_unpacked > m_size) {
        fail(XlsxReader::tr("%1: part %2 unpacks to more than the zip directory says; the file "
                            "is damaged (or a zip bomb)")
                 .arg(m_fileName, m_name));
        return;
    }
    if (read == 0) {
        m_fed = true;
        return;
    }
    m_chunk.resize(qsizetype(read));
    m_xml.addData(m_chunk);
}

void XlsxPart::failXml()
{
    const QString line = QString::number(m_xml.lineNumber());
    fail(XlsxReader::tr("%1: damaged XML in %2, line %3: %4")
             .arg(m_fileName, m_name, line, m_xml.errorString()));
}

void XlsxPart::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace zeroplan
