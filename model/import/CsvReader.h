#pragma once

#include "TableReader.h"

#include <QIODevice>
#include <QStringDecoder>
#include <optional>

namespace zeroplan {

struct CsvOptions
{
    // Chinese Excel writes "CSV" in GBK, which GB18030 contains; Excel's "Unicode text" is
    // UTF-16 with a byte order mark, which is always recognised.
    enum class Encoding
    {
        Detect,
        Utf8,
        Gb18030,
        Utf16
    };
    Encoding encoding = Encoding::Detect;
    char delimiter = 0; // ',', ';' or '\t'; 0 to detect from the first lines
};

// Reads a delimited text file (RFC 4180: quoted cells may hold delimiters, doubled quotes
// and line breaks) row by row, in chunks, so memory does not grow with the file. Cells come
// out as UTF-8 whatever the file's encoding. Detection looks at the first chunk: a byte
// order mark, else valid UTF-8, else GB18030; the delimiter that splits the first lines
// into the same number of cells.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CsvReader)

public:
    static constexpr qsizetype kChunkBytes = 1 << 20;
    static constexpr qsizetype kMaxRecordBytes = 16 << 20;

    // `device` must be open for reading; `fileName` is how messages name the file.
    CsvReader(QIODevice *device, QString fileName, CsvOptions options = {});

    // Reads the first chunk and settles the encoding and the delimiter, if next() has not
    // done so yet; false if the file can't be read (then error() says why).
    bool detect() { return m_started ? m_error.isEmpty() : start(); }
    bool next(TableRow &row) override;
    QString error() const override { return m_error; }
    QString cellName(qint64 row, int column) const override;
    QString rowName(qint64 row) const override;

    // What the file turned out to use; known once next() has been called.
    CsvOptions::Encoding encoding() const { return m_options.encoding; }
    char delimiter() const { return m_options.delimiter; }
    static QString encodingName(CsvOptions::Encoding encoding); // "UTF-8", "GB18030", …
    static QString delimiterName(char delimiter);               // translated: "comma", …

private:
    enum class Parse
    {
        Row,
        NeedMore,
        End,
        Failed
    };

    bool start();
    bool fill();
    QByteArray readChunk();
    bool appendRaw(QByteArray raw);
    bool appendUtf8(QByteArray raw);
    bool appendDecoded(const QByteArray &raw);
    Parse parseRecord(TableRow &row);
    Parse parseQuoted(TableRow &row, qsizetype &i, qint64 &line);
    qint64 lineBreaks(qsizetype from, qsizetype to) const;
    void detectDelimiter();
    qint64 lineAt(qsizetype offset) const;
    bool fail(qint64 line, const QString &text);

    QIODevice *m_device;
    QString m_fileName;
    CsvOptions m_options;
    QByteArray m_buffer; // UTF-8, from m_pos on not yet parsed
    qsizetype m_pos = 0;
    QByteArray m_carry; // raw bytes of a character split by the chunk boundary
    std::optional<QStringDecoder> m_decoder;
    qint64 m_line = 1; // line of m_buffer[m_pos]
    bool m_started = false;
    bool m_eof = false;
    bool m_asciiSoFar = true; // everything so far was ASCII: UTF-8 and GB18030 agree
    bool m_detecting = false; // the encoding was detected, not chosen
    QString m_error;
};

} // namespace zeroplan
