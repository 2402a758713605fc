#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

struct zip_file;

namespace zeroplan {

// One XML part of a workbook, read from the zip entry in chunks as the parser asks for more,
// so memory stays flat however large the part is. Stops with an error when the entry unpacks
// to more bytes than the zip's directory said (a zip bomb or a damaged file).
class XlsxPart
{
public:
    // Takes over `file`, an open entry that the directory says unpacks to `size` bytes.
    XlsxPart(zip_file *file, qint64 size, const QString &fileName, const QString &name);
    ~XlsxPart();
    XlsxPart(const XlsxPart &) = delete;
    XlsxPart &operator=(const XlsxPart &) = delete;

    QString name() const { return m_name; }
    // Moves to the next element start, element end or text. False once the root element has
    // ended, and on an error (see error()).
    bool readNext();
    bool isStart(QLatin1StringView localName) const;
    bool isEnd(QLatin1StringView localName) const;
    bool isText() const;
    const QXmlStreamReader &xml() const { return m_xml; }
    // Translated, one line, starting with the file name; empty while all is well.
    QString error() const { return m_error; }

private:
    void feed();
    void failXml();
    void fail(const QString &message);

    zip_file *m_file;
    qint64 m_size;
    qint64 m_unpacked = 0;
    bool m_fed = false;   // the whole entry has gone to the parser
    bool m_ended = false; // the root element has ended
    int m_depth = 0;
    QString m_fileName;
    QString m_name;
    QByteArray m_chunk;
    QXmlStreamReader m_xml;
    QString m_error;
};

} // namespace zeroplan
