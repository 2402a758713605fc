#include "XlsxReader.h"

#include "XlsxArchive.h"
#include "XlsxCellReference.h"
#include "XlsxDate.h"
#include "XlsxPart.h"
#include "XlsxWorkbook.h"

#include <algorithm>
#include <limits>

namespace zeroplan {
namespace {

constexpr qsizetype MaxNamesListed = 20;

QLatin1StringView tag(const char *name)
{
    return QLatin1StringView(name);
}

QByteArray booleanText(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed == u"1" || trimmed == u"true")
        return QByteArrayLiteral("TRUE");
    if (trimmed == u"0" || trimmed == u"false")
        return QByteArrayLiteral("FALSE");
    return trimmed.toUtf8();
}

// The message with any control character (a line break in a file name, a stray byte that Qt's
// XML error quotes) shown as U+FFFD, so that it stays on one line.
QString oneLine(QString message)
{
    for (QChar &c : message) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QChar::ReplacementCharacter;
    }
    return message;
}

QString listed(const QStringList &names)
{
    QStringList shown = names.mid(0, MaxNamesListed);
    if (names.size() > MaxNamesListed)
        shown.append(QStringLiteral("…"));
    return shown.join(XlsxReader::tr(", ", "between the names of sheets in a list"));
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const QString &sheet,
                                             QString *error)
{
    return open(XlsxArchive::open(path, error), sheet, error);
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QByteArray &bytes, const QString &fileName,
                                             const QString &sheet, QString *error)
{
    return open(XlsxArchive::open(bytes, fileName, error), sheet, error);
}

std::unique_ptr<XlsxReader> XlsxReader::open(std::unique_ptr<XlsxArchive> archive,
                                             const QString &sheet, QString *error)
{
    std::unique_ptr<XlsxReader> reader;
    if (archive) {
        reader.reset(new XlsxReader);
        reader->m_archive = std::move(archive);
        if (!reader->openSheet(sheet, error))
            reader.reset();
    }
    if (!reader)
        *error = oneLine(*error);
    return reader;
}

template <typename Table>
bool XlsxReader::readOptionalPart(const QString &part, Table &table, QString *error) const
{
    if (part.isEmpty() || !m_archive->contains(part))
        return true;
    const auto read = [&table](XlsxPart &stream) { return table.read(stream); };
    return m_archive->readPart(part, MaxPartBytes, read, error);
}

bool XlsxReader::openSheet(const QString &sheet, QString *error)
{
    XlsxWorkbook workbook;
    if (!hasWorkbook(error) || !workbook.read(*m_archive, error))
        return false;
    m_sheetNames = workbook.sheetNames();
    m_date1904 = workbook.date1904();
    const qsizetype index = sheetIndex(workbook, sheet, error);
    if (index < 0)
        return false;
    m_sheetName = m_sheetNames.at(index);
    const QString part = workbook.sheetPart(index);
    if (part.isEmpty()) {
        *error = tr("%1: the workbook does not say where sheet “%2” is; the file is damaged")
                     .arg(m_archive->fileName(), m_sheetName);
        return false;
    }
    if (!readOptionalPart(workbook.sharedStringsPart(), m_strings, error) ||
        !readOptionalPart(workbook.stylesPart(), m_styles, error))
        return false;
    m_sheet = m_archive->openPart(part, MaxSheetBytes, error);
    return m_sheet != nullptr;
}

bool XlsxReader::hasWorkbook(QString *error) const
{
    if (m_archive->contains(XlsxWorkbook::Part))
        return true;
    const QString fileName = m_archive->fileName();
    if (m_archive->contains(QStringLiteral("content.xml"))) {
        *error = tr("%1: this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; "
                    "save it as .xlsx and import that")
                     .arg(fileName);
    } else {
        *error = tr("%1: not an .xlsx workbook: the zip archive has no %2")
                     .arg(fileName, XlsxWorkbook::Part);
    }
    return false;
}

// The index of the sheet to read: the one called `name`, or when `name` is empty the first
// that is not a chart.
qsizetype XlsxReader::sheetIndex(const XlsxWorkbook &workbook, const QString &name,
                                 QString *error) const
{
    const QString fileName = m_archive->fileName();
    if (m_sheetNames.isEmpty()) {
        *error = tr("%1: the workbook has no sheets").arg(fileName);
        return -1;
    }
    const qsizetype index = name.isEmpty() ? workbook.firstWorksheet() : workbook.indexOf(name);
    if (index < 0) {
        *error = tr("%1: sheet “%2” not found; the sheets are: %3")
                     .arg(fileName, name, listed(m_sheetNames));
    } else if (workbook.isChartSheet(index)) {
        *error = tr("%1: sheet “%2” is a chart, not a table; choose another sheet")
                     .arg(fileName, m_sheetNames.at(index));
        return -1;
    }
    return index;
}

bool XlsxReader::next(TableRow &row)
{
    while (m_error.isEmpty() && !m_done) {
        if (readRow(row) && !row.isBlank())
            return true;
    }
    return false;
}

// Reads the sheet's next <row> into `row`; false at the end of the sheet data or on an error.
bool XlsxReader::readRow(TableRow &row)
{
    while (m_sheet->readNext()) {
        if (m_sheet->isStart(tag("row")))
            return readRowNumber() && readCells(row);
        if (m_sheet->isEnd(tag("sheetData")))
            break;
    }
    m_done = true;
    return fail(m_sheet->error());
}

bool XlsxReader::readRowNumber()
{
    const QXmlStreamAttributes attributes = m_sheet->xml().attributes();
    const QStringView r = attributes.value(tag("r"));
    const qint64 number = r.isNull() ? m_row + 1 : XlsxCellReference::row(r);
    if (number < 1 || number > MaxRows) {
        const QString text = r.isNull() ? QString::number(number) : r.toString();
        const QString last = QString::number(MaxRows);
        return fail(tr("%1: row number “%2” in %3 is not valid; rows are numbered from 1 to %4")
                        .arg(m_archive->fileName(), text, m_sheet->name(), last));
    }
    m_row = number;
    return true;
}

// Reads the cells of the <row> just started up to its end, then places them in `row`.
bool XlsxReader::readCells(TableRow &row)
{
    m_cells.resize(0);
    m_cellText.resize(0);
    int column = -1;
    while (m_sheet->readNext()) {
        if (m_sheet->isStart(tag("c")) && !readCell(&column))
            return false;
        if (m_sheet->isEnd(tag("row"))) {
            placeCells(row);
            return true;
        }
    }
    return fail(m_sheet->error());
}

// Reads the <c> just started; *column is the column of the cell before, and becomes its own.
bool XlsxReader::readCell(int *column)
{
    const QXmlStreamAttributes attributes = m_sheet->xml().attributes();
    if (!readColumn(attributes.value(tag("r")), column))
        return false;
    const QStringView t = attributes.value(tag("t"));
    CellType type = CellType::Number;
    if (t == u"s")
        type = CellType::SharedString;
    else if (t == u"inlineStr")
        type = CellType::InlineString;
    else if (t == u"b")
        type = CellType::Boolean;
    else if (!t.isEmpty() && t != u"n")
        type = CellType::Text; // "str" (a formula's text), "e" (an error), "d" (an ISO date)
    bool ok = false;
    const int style = attributes.value(tag("s")).toInt(&ok);
    return readCellContent(type) && appendCell(type, ok ? style : 0, *column);
}

bool XlsxReader::readColumn(QStringView reference, int *column)
{
    const int found = reference.isNull() ? *column + 1 : XlsxCellReference::column(reference);
    if (found < 0) {
        return fail(tr("%1: %2 has a cell with the reference “%3”, which is not valid")
                        .arg(m_archive->fileName(), rowName(m_row), reference.toString()));
    }
    if (found >= MaxColumns) {
        const QString cell = reference.isNull() ? columnLetters(found) + QString::number(m_row)
                                                : reference.toString();
        return fail(tr("%1: %2 has a cell at %3, beyond XFD, the last column a sheet can have")
                        .arg(m_archive->fileName(), rowName(m_row), cell));
    }
    *column = found;
    return true;
}

// Reads what is inside the <c> just started: its value <v>, or the <is> of an inline string.
bool XlsxReader::readCellContent(CellType type)
{
    m_value.resize(0);
    m_scratch.resize(0);
    QString *inlineText = type == CellType::InlineString ? &m_value : &m_scratch;
    QString *valueText = type == CellType::InlineString ? &m_scratch : &m_value;
    bool inValue = false;
    while (m_sheet->readNext()) {
        if (m_sheet->isEnd(tag("c")))
            return true;
        if (m_sheet->isStart(tag("v")))
            inValue = true;
        else if (m_sheet->isEnd(tag("v")))
            inValue = false;
        else if (m_sheet->isStart(tag("is")) &&
                 !XlsxSharedStrings::readItem(*m_sheet, tag("is"), inlineText))
            break;
        else if (inValue && m_sheet->isText())
            valueText->append(m_sheet->xml().text());
    }
    return fail(m_sheet->error());
}

bool XlsxReader::appendCell(CellType type, int style, int column)
{
    const qsizetype begin = m_cellText.size();
    switch (type) {
    case CellType::SharedString:
        if (!appendSharedString(column))
            return false;
        break;
    case CellType::Boolean:
        m_cellText.append(booleanText(m_value));
        break;
    case CellType::Number:
        appendNumber(style);
        break;
    case CellType::Text:
        XlsxSharedStrings::unescape(m_value);
        m_cellText.append(m_value.toUtf8());
        break;
    case CellType::InlineString:
        m_cellText.append(m_value.toUtf8());
        break;
    }
    if (m_cellText.size() > begin)
        m_cells.append({column, begin, m_cellText.size()});
    return true;
}

bool XlsxReader::appendSharedString(int column)
{
    const QStringView text = QStringView(m_value).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 index = text.toLongLong(&ok);
    if (!ok || index < 0 || index >= m_strings.size()) {
        const int count = int(qMin(m_strings.size(), qsizetype(std::numeric_limits<int>::max())));
        return fail(tr("%1: %2 refers to shared string “%3”, but the workbook has %n shared "
                       "string(s), numbered from 0",
                       nullptr, count)
                        .arg(m_archive->fileName(), cellName(m_row, column), text.toString()));
    }
    m_cellText.append(m_strings.at(index));
    return true;
}

// The number as stored, or as an ISO date when its format shows a date.
void XlsxReader::appendNumber(int style)
{
    const QStringView text = QStringView(m_value).trimmed();
    if (m_styles.isDate(style)) {
        bool ok = false;
        const double serial = text.toDouble(&ok);
        const QByteArray date = ok ? XlsxDate::fromSerial(serial, m_date1904) : QByteArray();
        if (!date.isEmpty()) {
            m_cellText.append(date);
            return;
        }
    }
    m_cellText.append(text.toUtf8());
}

// Puts the cells read into `row` by column, with empty cells in the gaps. Should a sheet list
// its cells out of order or one cell twice, the order is mended and the later cell wins.
void XlsxReader::placeCells(TableRow &row)
{
    row.clear(m_row);
    const auto byColumn = [](const Cell &a, const Cell &b) { return a.column < b.column; };
    if (!std::is_sorted(m_cells.cbegin(), m_cells.cend(), byColumn))
        std::stable_sort(m_cells.begin(), m_cells.end(), byColumn);
    const QByteArrayView text(m_cellText);
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells[i];
        if (i + 1 < m_cells.size() && m_cells[i + 1].column == cell.column)
            continue;
        while (row.size() < cell.column)
            row.append({});
        row.append(text.sliced(cell.begin, cell.end - cell.begin));
    }
}

bool XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = oneLine(message);
    m_done = m_done || !message.isEmpty();
    return false;
}

QString XlsxReader::cellName(qint64 row, int column) const
{
    return tr("row %1, column %2").arg(QString::number(row), columnLetters(column));
}

QString XlsxReader::rowName(qint64 row) const
{
    return tr("row %1").arg(row);
}

QString XlsxReader::columnLetters(int column)
{
    return XlsxCellReference::columnLetters(column);
}

} // namespace zeroplan
