#pragma once

#include "XlsxPart.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct zip;
struct zip_stat;

namespace zeroplan {

// The zip container of an .xlsx workbook, opened read-only with libzip. Tells apart the files
// people pick by mistake (empty, not a zip, an old .xls, a password-protected workbook, an
// .ods) and hands out its XML parts as streams with a cap on their unpacked size.
class XlsxArchive
{
public:
    // Nothing, with a one-line translated message that starts with `fileName`, when the file
    // is not a zip archive that could be a workbook.
    static std::unique_ptr<XlsxArchive> open(const QString &path, QString *error);
    static std::unique_ptr<XlsxArchive> open(const QByteArray &bytes, const QString &fileName,
                                             QString *error);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    QString fileName() const { return m_fileName; }
    bool contains(const QString &part) const;
    // The part (a path inside the zip such as "xl/workbook.xml") to read as XML, refusing one
    // that unpacks to more than maxBytes. Nothing, with the reason in *error, if it can't.
    std::unique_ptr<XlsxPart> openPart(const QString &part, qint64 maxBytes, QString *error) const;
    // Opens the part and hands it to `read` (a callable bool(XlsxPart &) that returns false
    // when the part's XML is damaged). False, with the reason in *error, when either fails.
    template <typename Read>
    bool readPart(const QString &part, qint64 maxBytes, Read read, QString *error) const
    {
        const std::unique_ptr<XlsxPart> stream = openPart(part, maxBytes, error);
        if (!stream)
            return false;
        if (read(*stream))
            return true;
        *error = stream->error();
        return false;
    }

private:
    XlsxArchive(zip *archive, const QByteArray &bytes, const QString &fileName);
    static QString zipOpenError(int code, const QString &fileName, QByteArrayView head);
    QString statError(const struct zip_stat &stat, const QString &part, qint64 maxBytes) const;

    zip *m_zip;
    QByteArray m_bytes; // the archive's bytes when it was opened from memory
    QString m_fileName;
};

} // namespace zeroplan
