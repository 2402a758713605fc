#include "CsvWriter.h"

namespace zeroplan {

namespace {

// What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(Bom bom)
{
    if (bom == Bom::With)
        m_bytes = QByteArray("\xEF\xBB\xBF");
}

bool CsvWriter::needsGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (isFormulaStart(text.front()))
        return true;
    return text.size() > 1 && text.front() == QLatin1Char('\'') &&
           (isFormulaStart(text[1]) || text[1] == QLatin1Char('\''));
}

QByteArray CsvWriter::quoted(const QByteArray &utf8)
{
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
                       utf8.contains('\r') || utf8 != utf8.trimmed();
    if (!quote)
        return utf8;
    QByteArray bytes = utf8;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::textCell(const QString &text)
{
    return quoted(needsGuard(text) ? (QLatin1Char('\'') + text).toUtf8() : text.toUtf8());
}

void CsvWriter::separate()
{
    if (m_recordStarted)
        m_bytes += ',';
    m_recordStarted = true;
}

void CsvWriter::text(const QString &text)
{
    separate();
    m_bytes += textCell(text);
}

void CsvWriter::number(const QByteArray &formatted)
{
    bool ok = false;
    formatted.toDouble(&ok);
    if (!ok) {
        text(QString::fromUtf8(formatted));
        return;
    }
    separate();
    m_bytes += formatted;
}

void CsvWriter::empty()
{
    separate();
}

void CsvWriter::endRecord()
{
    m_bytes += "\r\n";
    m_recordStarted = false;
}

} // namespace zeroplan
