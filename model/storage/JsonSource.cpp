#include "JsonSource.h"

#include "PlanJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <cmath>

namespace zeroplan {
namespace {

bool isBlank(const QByteArray &json)
{
    for (char c : json) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

QString describe(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
        return PlanJson::tr("a number is not valid (JSON numbers are finite decimals; "
                            "NaN, Infinity and numbers beyond ±1.8e308 are not allowed)");
    case QJsonParseError::IllegalUTF8String:
        return PlanJson::tr("the text is not valid UTF-8; save the file as UTF-8");
    case QJsonParseError::DeepNesting:
        return PlanJson::tr("lists and objects are nested too deeply");
    default:
        return error.errorString();
    }
}

// The encoding a JSON text that is not UTF-8 is in, told by its byte order mark or, without
// one, by where the zero bytes of its first (ASCII) characters are (RFC 4627, section 3);
// empty for UTF-8.
QString otherEncoding(const QByteArray &json)
{
    const auto starts = [&](const char *bytes, qsizetype size) {
        return json.startsWith(QByteArray::fromRawData(bytes, size));
    };
    const auto zero = [&](qsizetype i) { return i < json.size() && json.at(i) == '\0'; };
    const bool four = json.size() >= 4;
    if (starts("\xFF\xFE\0\0", 4) || (four && !zero(0) && zero(1) && zero(2) && zero(3)))
        return PlanJson::tr("UTF-32 (little-endian)");
    if (starts("\0\0\xFE\xFF", 4) || (four && zero(0) && zero(1) && zero(2) && !zero(3)))
        return PlanJson::tr("UTF-32 (big-endian)");
    if (starts("\xFF\xFE", 2) || (json.size() >= 2 && !zero(0) && zero(1)))
        return PlanJson::tr("UTF-16 (little-endian)");
    if (starts("\xFE\xFF", 2) || (json.size() >= 2 && zero(0) && !zero(1)))
        return PlanJson::tr("UTF-16 (big-endian)");
    return {};
}

bool isNumberByte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Qt reports most errors just past the character that caused them, a bad number at its end
// and a few at the very place; this is the offset of the culprit itself.
qsizetype culpritOffset(const QByteArray &json, const QJsonParseError &error)
{
    qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::UnterminatedString:
        return offset;
    case QJsonParseError::IllegalNumber:
        while (offset > 0 && isNumberByte(json.at(offset - 1)))
            --offset;
        return offset;
    default:
        return qMax(qsizetype(0), offset - 1);
    }
}

} // namespace

std::optional<QJsonDocument> JsonSource::parse(const QByteArray &json, qint64 maxBytes,
                                               QString *error)
{
    if (json.size() > maxBytes) {
        *error = PlanJson::tr("the JSON text is %1; ZeroPlan reads at most %2")
                     .arg(sizeText(json.size()), sizeText(maxBytes));
        return std::nullopt;
    }
    if (isBlank(json)) {
        *error = PlanJson::tr("the JSON text is empty");
        return std::nullopt;
    }
    if (const QString encoding = otherEncoding(json); !encoding.isEmpty()) {
        *error = PlanJson::tr("the text is encoded as %1; ZeroPlan reads JSON in UTF-8: save "
                              "the file as UTF-8")
                     .arg(encoding);
        return std::nullopt;
    }
    // A byte order mark before UTF-8 text (Windows editors write one) is not part of the JSON.
    const bool bom = json.startsWith("\xEF\xBB\xBF");
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bom ? json.mid(3) : json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray text = bom ? json.mid(3) : json;
        const Position at = position(text, culpritOffset(text, parseError));
        *error = PlanJson::tr("JSON syntax error at line %1, column %2: %3")
                     .arg(at.line)
                     .arg(at.column)
                     .arg(describe(parseError));
        return std::nullopt;
    }
    return document;
}

JsonSource::Position JsonSource::position(const QByteArray &json, qsizetype offset)
{
    const qsizetype end = qBound(qsizetype(0), offset, json.size());
    Position at;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++at.column;
        }
    }
    return at;
}

// Rounded up to a tenth, so that a size just over a limit never reads as the limit itself.
QString JsonSource::sizeText(qint64 bytes)
{
    const auto tenths = [bytes](double unit) {
        return std::ceil(double(bytes) * 10.0 / unit) / 10.0;
    };
    if (bytes >= 1024 * 1024)
        return PlanJson::tr("%L1 MB").arg(tenths(1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return PlanJson::tr("%L1 KB").arg(tenths(1024.0), 0, 'f', 1);
    return PlanJson::tr("%L1 bytes").arg(bytes);
}

std::optional<QByteArray> JsonSource::readFile(const QString &path, qint64 maxBytes, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(PlanJson::tr("the file does not exist"));
    if (!info.isFile())
        return fail(PlanJson::tr("not a file (a folder or a device)"));
    const auto tooLarge = [&](qint64 size) {
        return fail(PlanJson::tr("the file is %1; ZeroPlan reads files of at most %2")
                        .arg(sizeText(size), sizeText(maxBytes)));
    };
    if (info.size() > maxBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(PlanJson::tr("cannot open the file: %1").arg(file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1); // it may have grown since
    if (file.error() != QFileDevice::NoError)
        return fail(PlanJson::tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size());
    return bytes;
}

} // namespace zeroplan
