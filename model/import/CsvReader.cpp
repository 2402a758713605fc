#include "CsvReader.h"

#include <array>
#include <cstring>

namespace zeroplan {

namespace {

constexpr char kCandidates[] = {',', ';', '\t'};

// Length of the UTF-8 sequence that `lead` starts, 0 if it can't start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Offset of the first byte that is not valid UTF-8 in [data, data + size), or -1. Overlong
// forms, surrogates and code points past U+10FFFF are invalid too.
qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *d = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (d[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(d[i]);
        if (length == 0 || i + length > size)
            return i;
        const unsigned char second = d[i + 1];
        const bool secondOk = (d[i] == 0xE0)   ? second >= 0xA0 && second <= 0xBF
                              : (d[i] == 0xED) ? second >= 0x80 && second <= 0x9F
                              : (d[i] == 0xF0) ? second >= 0x90 && second <= 0xBF
                              : (d[i] == 0xF4) ? second >= 0x80 && second <= 0x8F
                                               : (second & 0xC0) == 0x80;
        if (!secondOk)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((d[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Where the last whole UTF-8 character of `bytes` ends: a sequence cut by the end of a
// chunk is held back for the next one.
qsizetype wholeCharactersEnd(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = sequenceLength(c);
        return (length > back) ? n - back : n;
    }
    return n;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, QString fileName, CsvOptions options)
    : m_device(device), m_fileName(std::move(fileName)), m_options(options),
      m_detecting(options.encoding == CsvOptions::Encoding::Detect)
{
}

QString CsvReader::cellName(qint64 row, int column) const
{
    const int number = column + 1;
    return tr("line %1, column %2").arg(row).arg(number);
}

QString CsvReader::rowName(qint64 row) const
{
    return tr("line %1").arg(row);
}

QString CsvReader::encodingName(CsvOptions::Encoding encoding)
{
    switch (encoding) {
    case CsvOptions::Encoding::Detect:
        return tr("detect");
    case CsvOptions::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvOptions::Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case CsvOptions::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    default:
        return tr("detect");
    }
}

// Up to a chunk; no more than the device says it has, so that a small file (or a fuzzer's
// input) does not cost a megabyte's allocation per read.
QByteArray CsvReader::readChunk()
{
    const qint64 available = m_device->bytesAvailable();
    return m_device->read(available > 0 ? qMin<qint64>(available, kChunkBytes) : kChunkBytes);
}

bool CsvReader::fail(qint64 line, const QString &text)
{
    if (m_error.isEmpty())
        m_error = m_fileName + QStringLiteral(": ") +
                  (line > 0 ? rowName(line) + QStringLiteral(": ") : QString()) + text;
    return false;
}

// The first chunk decides the encoding (unless chosen) and the delimiter (unless chosen).
bool CsvReader::start()
{
    m_started = true;
    QByteArray raw = readChunk();
    if (raw.isEmpty() && !m_device->atEnd())
        return fail(0, tr("can't be read: %1").arg(m_device->errorString()));
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3);
        m_options.encoding = CsvOptions::Encoding::Utf8;
        m_detecting = false;
    } else if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        m_options.encoding = CsvOptions::Encoding::Utf16;
        m_detecting = false;
    } else if (m_options.encoding == CsvOptions::Encoding::Detect) {
        const qsizetype bad = firstInvalidUtf8(raw.constData(), wholeCharactersEnd(raw));
        m_options.encoding = bad < 0 ? CsvOptions::Encoding::Utf8 : CsvOptions::Encoding::Gb18030;
    }
    if (m_options.encoding == CsvOptions::Encoding::Gb18030)
        m_decoder.emplace("GB18030");
    else if (m_options.encoding == CsvOptions::Encoding::Utf16)
        m_decoder.emplace(QStringConverter::Utf16);
    if (m_decoder && !m_decoder->isValid())
        return fail(0, tr("can't be read: this system has no %1 decoder")
                           .arg(encodingName(m_options.encoding)));
    if (m_device->atEnd())
        m_eof = true;
    if (!appendRaw(std::move(raw)))
        return false;
    if (m_options.delimiter == 0)
        detectDelimiter();
    return true;
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray raw = readChunk();
    if (raw.isEmpty()) {
        if (!m_device->atEnd())
            return fail(m_line, tr("can't be read: %1").arg(m_device->errorString()));
        m_eof = true;
    }
    return appendRaw(std::move(raw));
}

bool CsvReader::appendRaw(QByteArray raw)
{
    return m_decoder ? appendDecoded(raw) : appendUtf8(std::move(raw));
}

bool CsvReader::appendUtf8(QByteArray raw)
{
    if (!m_carry.isEmpty()) {
        raw.prepend(m_carry);
        m_carry.clear();
    }
    const qsizetype end = m_eof ? raw.size() : wholeCharactersEnd(raw);
    const qsizetype bad = firstInvalidUtf8(raw.constData(), end);
    if (bad >= 0) {
        if (m_detecting && m_asciiSoFar) {
            // What came before was ASCII, which GB18030 reads the same: switch over.
            m_options.encoding = CsvOptions::Encoding::Gb18030;
            m_decoder.emplace("GB18030");
            if (m_decoder->isValid())
                return appendDecoded(raw);
        }
        const qint64 line =
            lineAt(m_buffer.size()) + QByteArrayView(raw.constData(), bad).count('\n');
        return fail(line, tr("the text is not valid UTF-8; if the file comes from Chinese Excel, "
                             "choose the GB18030 (GBK) encoding"));
    }
    m_carry = raw.mid(end);
    raw.truncate(end);
    if (m_asciiSoFar && !isAscii(raw))
        m_asciiSoFar = false;
    m_buffer.append(raw);
    return true;
}

bool CsvReader::appendDecoded(const QByteArray &raw)
{
    const QString text = m_decoder->decode(raw);
    if (!m_decoder->hasError()) {
        m_buffer.append(text.toUtf8());
        return true;
    }
    // Find the first line that does not decode on its own ('\n' never occurs inside a
    // GB18030 character; for UTF-16 the line is not known).
    qint64 line = lineAt(m_buffer.size());
    if (m_options.encoding == CsvOptions::Encoding::Gb18030) {
        for (const QByteArray &piece : raw.split('\n')) {
            QStringDecoder probe("GB18030");
            (void)probe.decode(piece);
            if (probe.hasError())
                break;
            ++line;
        }
    } else {
        line = 0;
    }
    return fail(line, tr("the text is not valid %1; choose the file's encoding")
                          .arg(encodingName(m_options.encoding)));
}

// Line breaks are "\r\n", "\n" or a lone "\r"; counted in [from, to) of the buffer.
qint64 CsvReader::lineBreaks(qsizetype from, qsizetype to) const
{
    const char *d = m_buffer.constData();
    qint64 breaks = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (d[i] == '\n')
            ++breaks;
        else if (d[i] == '\r' && (i + 1 >= m_buffer.size() || d[i + 1] != '\n'))
            ++breaks;
    }
    return breaks;
}

qint64 CsvReader::lineAt(qsizetype offset) const
{
    return m_line + lineBreaks(m_pos, offset);
}

// The candidate that splits the first lines (outside quotes) into the same number of cells
// most often; ties go to the one that makes more cells. A file with none is one column.
void CsvReader::detectDelimiter()
{
    constexpr int kLines = 50;
    std::array<std::array<int, 3>, kLines> counts{};
    int lines = 0;
    bool quoted = false;
    const qsizetype n = m_buffer.size();
    for (qsizetype i = 0; i < n && lines < kLines; ++i) {
        const char c = m_buffer[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < n && m_buffer[i + 1] == '\n')
                ++i;
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                counts[lines][k] += c == kCandidates[k];
        }
    }
    if (lines < kLines && m_eof)
        ++lines; // the last line has no line break
    m_options.delimiter = ',';
    int bestScore = 0;
    int bestCells = 0;
    for (int k = 0; k < 3; ++k) {
        const int header = counts[0][k];
        if (header == 0)
            continue;
        int score = 0;
        for (int l = 0; l < lines; ++l)
            score += counts[l][k] == header;
        if (score > bestScore || (score == bestScore && header > bestCells)) {
            bestScore = score;
            bestCells = header;
            m_options.delimiter = kCandidates[k];
        }
    }
}

bool CsvReader::next(TableRow &row)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        switch (parseRecord(row)) {
        case Parse::Row:
            if (row.isBlank())
                continue;
            return true;
        case Parse::End:
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            if (m_buffer.size() - m_pos > kMaxRecordBytes)
                return fail(m_line, tr("a row longer than 16 MB starts here; is a quote never "
                                       "closed?"));
            if (!fill())
                return false;
            break;
        }
    }
}

// One record from m_pos. Nothing is consumed unless a whole record is there (or the file
// ends): NeedMore means "read on and parse this record again".
CsvReader::Parse CsvReader::parseRecord(TableRow &row)
{
    const char *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char delimiter = m_options.delimiter;
    qsizetype i = m_pos;
    qint64 line = m_line;
    if (i >= n)
        return m_eof ? Parse::End : Parse::NeedMore;
    row.clear(line);
    for (;;) {
        if (d[i] == '"') {
            ++i;
            const Parse quoted = parseQuoted(row, i, line);
            if (quoted != Parse::Row)
                return quoted;
        } else {
            const qsizetype s = i;
            while (i < n && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
                ++i;
            row.append(QByteArrayView(d + s, i - s));
        }
        if (i >= n) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (d[i] == delimiter) {
            ++i;
            if (i >= n && !m_eof)
                return Parse::NeedMore;
            if (i >= n) {
                row.append({}); // a delimiter just before the end of the file
                break;
            }
            continue;
        }
        if (d[i] == '\r' && i + 1 >= n && !m_eof)
            return Parse::NeedMore; // "\r" at the end of the chunk: "\r\n" or not?
        i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
        ++line;
        break;
    }
    m_pos = i;
    m_line = line;
    return Parse::Row;
}

// A quoted cell, from just after its opening quote: doubled quotes stand for one, line
// breaks are part of the cell. Text between the closing quote and the next delimiter is
// kept as it is, as spreadsheet programs do.
CsvReader::Parse CsvReader::parseQuoted(TableRow &row, qsizetype &i, qint64 &line)
{
    const char *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype s = i;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(d + i, '"', size_t(n - i)));
        if (!quote) {
            if (!m_eof)
                return Parse::NeedMore;
            fail(row.number(), tr("a quoted cell starts here and never ends"));
            return Parse::Failed;
        }
        const qsizetype k = quote - d;
        if (k + 1 >= n && !m_eof)
            return Parse::NeedMore;
        line += lineBreaks(i, k);
        row.appendToCell(QByteArrayView(d + s, k - s));
        i = k + 1;
        if (i < n && d[i] == '"') {
            ++i; // the second quote of a doubled pair is the cell's text
            s = i - 1;
            continue;
        }
        break;
    }
    s = i;
    const char delimiter = m_options.delimiter;
    while (i < n && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
        ++i;
    if (i >= n && !m_eof)
        return Parse::NeedMore;
    row.appendToCell(QByteArrayView(d + s, i - s));
    row.finishCell();
    return Parse::Row;
}

} // namespace zeroplan
