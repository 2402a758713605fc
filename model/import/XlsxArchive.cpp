#include "XlsxArchive.h"

#include "XlsxPart.h"
#include "XlsxReader.h"
#include "storage/JsonSource.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace zeroplan {
namespace {

// An OLE compound file (D0 CF 11 E0 A1 B1 1A E1): an Excel 97–2003 workbook, or an .xlsx
// encrypted with a password, which Office wraps in the same container.
bool isOleFile(QByteArrayView head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

QByteArray utf16(const char *name)
{
    QByteArray text;
    for (const char *c = name; *c; ++c)
        text.append(*c).append('\0');
    return text;
}

enum class OleKind
{
    Encrypted,
    OldWorkbook,
    Other
};

// What an OLE file holds, going by the stream names in its directory (UTF-16): an encrypted
// package has "EncryptedPackage", an .xls "Workbook" (or "Book" before Excel 97).
OleKind oleKind(QIODevice &device)
{
    const QByteArray encrypted = utf16("EncryptedPackage");
    const QByteArray workbook = utf16("Workbook");
    const QByteArray book = utf16("Book");
    constexpr qint64 ChunkBytes = 1 << 20;
    constexpr qint64 MaxScanBytes = qint64(1) << 30;
    bool isWorkbook = false;
    QByteArray tail;
    for (qint64 scanned = 0; scanned < MaxScanBytes && !device.atEnd(); scanned += ChunkBytes) {
        const QByteArray chunk = tail + device.read(ChunkBytes);
        if (chunk.size() == tail.size())
            break;
        if (chunk.contains(encrypted))
            return OleKind::Encrypted;
        isWorkbook = isWorkbook || chunk.contains(workbook) || chunk.contains(book);
        tail = chunk.right(encrypted.size());
    }
    return isWorkbook ? OleKind::OldWorkbook : OleKind::Other;
}

QString oleError(QIODevice &device, const QString &fileName)
{
    switch (oleKind(device)) {
    case OleKind::Encrypted:
        return XlsxReader::tr("%1: the workbook is protected with a password; open it, save it "
                              "without a password and import it again")
            .arg(fileName);
    case OleKind::OldWorkbook:
        return XlsxReader::tr("%1: this is an Excel 97–2003 workbook (.xls); open it in Excel, "
                              "WPS or LibreOffice, save it as .xlsx and import that")
            .arg(fileName);
    case OleKind::Other:
        break;
    }
    return XlsxReader::tr("%1: this is an old Office file or a password-protected workbook, not "
                          "an .xlsx workbook; save it as .xlsx without a password and import "
                          "that")
        .arg(fileName);
}

// The file's first bytes checked before libzip sees it: empty and OLE files get their own
// message. Empty when the file may be a zip archive.
QString sniffError(QIODevice &device, const QString &fileName, QByteArray *head)
{
    *head = device.peek(8);
    if (head->isEmpty())
        return XlsxReader::tr("%1: the file is empty").arg(fileName);
    if (isOleFile(*head))
        return oleError(device, fileName);
    return {};
}

} // namespace

XlsxArchive::XlsxArchive(zip *archive, const QByteArray &bytes, const QString &fileName)
    : m_zip(archive), m_bytes(bytes), m_fileName(fileName)
{
}

XlsxArchive::~XlsxArchive()
{
    zip_discard(m_zip);
}

std::unique_ptr<XlsxArchive> XlsxArchive::open(const QString &path, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = XlsxReader::tr("%1: can't open the file: %2").arg(fileName, file.errorString());
        return nullptr;
    }
    QByteArray head;
    *error = sniffError(file, fileName, &head);
    if (!error->isEmpty())
        return nullptr;
    file.close();
    int code = ZIP_ER_OK;
    zip *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        *error = zipOpenError(code, fileName, head);
        return nullptr;
    }
    return std::unique_ptr<XlsxArchive>(new XlsxArchive(archive, {}, fileName));
}

std::unique_ptr<XlsxArchive> XlsxArchive::open(const QByteArray &bytes, const QString &fileName,
                                               QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QByteArray head;
    *error = sniffError(buffer, fileName, &head);
    if (!error->isEmpty())
        return nullptr;
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    zip *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        zip_source_free(source);
        *error = zipOpenError(zip_error_code_zip(&zipError), fileName, head);
        zip_error_fini(&zipError);
        return nullptr;
    }
    zip_error_fini(&zipError);
    return std::unique_ptr<XlsxArchive>(new XlsxArchive(archive, bytes, fileName));
}

QString XlsxArchive::zipOpenError(int code, const QString &fileName, QByteArrayView head)
{
    if ((code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) && head.startsWith("PK")) {
        return XlsxReader::tr("%1: the file is damaged or incomplete (its zip directory can't "
                              "be read); was it cut short while copying or downloading?")
            .arg(fileName);
    }
    if (code == ZIP_ER_NOZIP) {
        return XlsxReader::tr("%1: not an .xlsx workbook: the file is not a zip archive")
            .arg(fileName);
    }
    zip_error_t zipError;
    zip_error_init_with_code(&zipError, code);
    const QString reason = QString::fromLocal8Bit(zip_error_strerror(&zipError));
    zip_error_fini(&zipError);
    return XlsxReader::tr("%1: can't read the zip archive: %2").arg(fileName, reason);
}

bool XlsxArchive::contains(const QString &part) const
{
    return zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

// Why the entry `stat` describes can't be read within maxBytes; empty when it can.
QString XlsxArchive::statError(const zip_stat_t &stat, const QString &part, qint64 maxBytes) const
{
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        return XlsxReader::tr("%1: the zip archive is encrypted; save the workbook without a "
                              "password and import it again")
            .arg(m_fileName);
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(maxBytes)) {
        const qint64 bytes = qint64(qMin(stat.size, zip_uint64_t(1) << 62));
        const QString size = JsonSource::sizeText(bytes);
        return XlsxReader::tr("%1: part %2 unpacks to %3; ZeroPlan reads at most %4 (is the "
                              "file damaged, or a zip bomb?)")
            .arg(m_fileName, part, size, JsonSource::sizeText(maxBytes));
    }
    return {};
}

std::unique_ptr<XlsxPart> XlsxArchive::openPart(const QString &part, qint64 maxBytes,
                                                QString *error) const
{
    const zip_int64_t index = zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0) {
        *error = XlsxReader::tr("%1: the workbook has no part %2; the file is damaged")
                     .arg(m_fileName, part);
        return nullptr;
    }
    *error = statError(stat, part, maxBytes);
    if (!error->isEmpty())
        return nullptr;
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        const QString reason = QString::fromLocal8Bit(zip_strerror(m_zip));
        *error = XlsxReader::tr("%1: can't unpack part %2: %3").arg(m_fileName, part, reason);
        return nullptr;
    }
    return std::make_unique<XlsxPart>(file, qint64(stat.size), m_fileName, part);
}

} // namespace zeroplan
