#pragma once

#include <QByteArray>
#include <QString>

namespace zeroplan {

// Every CSV file ZeroPlan writes (activity lines, results tables, `simulate --format csv`) is
// written through this one class, so that all of them quote and guard alike:
//  - RFC 4180: comma separated, CRLF line ends, UTF-8; a field is quoted ("…", with "" for a
//    quote) when it holds a comma, a quote, a line break, or begins or ends with white space;
//  - the formula guard (OWASP "CSV injection"): a text cell that begins with =, +, -, @, a tab
//    or a carriage return is written with a leading apostrophe, so a spreadsheet shows it as
//    text instead of running it; so is text that already begins with an apostrophe followed by
//    one of those or by another apostrophe, so that import, which removes one apostrophe
//    before them, gives back exactly the text written;
//  - numbers are not text: a number cell (formatted by the caller, e.g. "-3.5", "1e+20") is
//    written as it is and never gets an apostrophe, so -3.5 stays a number in the spreadsheet.
//    A "number" that does not read as one (QByteArray::toDouble) is written as text.
class CsvWriter
{
public:
    enum class Bom
    {
        Without,
        With // Excel reads UTF-8 only with the byte order mark
    };

    explicit CsvWriter(Bom bom = Bom::Without);

    // Adds a cell to the current record.
    void text(const QString &text);
    void number(const QByteArray &formatted);
    void empty();
    // Ends the current record (CRLF).
    void endRecord();

    QByteArray bytes() const { return m_bytes; }

    // A text cell as written: guarded, then quoted where RFC 4180 needs it.
    static QByteArray textCell(const QString &text);
    // True when a spreadsheet would take `text` for a formula (or it begins with an apostrophe
    // that import would remove): textCell() puts an apostrophe before it.
    static bool needsGuard(const QString &text);

private:
    static QByteArray quoted(const QByteArray &utf8);
    void separate();

    QByteArray m_bytes;
    bool m_recordStarted = false;
};

} // namespace zeroplan
