#include "ResultsXlsx.h"

#include "ExportFile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <xlsxwriter.h>

namespace zeroplan {

namespace {

constexpr int kMaxColumns = 16384;    // A … XFD
constexpr int kMaxTextLength = 32767; // characters in one cell

// Characters a spreadsheet draws two columns wide (CJK and other East Asian wide forms).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

bool isFraction(const ExportCell &cell)
{
    const double v = cell.toNumber();
    return cell.isNumber() && std::isfinite(v) && v != std::trunc(v);
}

// Whether the column holds a number that is not whole: it is shown with two decimals.
bool hasFractions(const ExportTable &table, int column)
{
    return std::any_of(table.rows.cbegin(), table.rows.cend(), [column](const ExportRow &row) {
        return column < row.size() && isFraction(row[column]);
    });
}

// The text a spreadsheet shows for `cell` in a column with or without two decimals.
QString shownText(const ExportCell &cell, bool decimals)
{
    if (cell.isText())
        return cell.toText();
    if (!cell.isNumber() || !std::isfinite(cell.toNumber()))
        return {};
    return decimals ? QLocale(QLocale::English).toString(cell.toNumber(), 'f', 2)
                    : QString::number(cell.toNumber(), 'g', 10);
}

// Writes one table on `sheet`; returns the first error libxlsxwriter reported.
lxw_error writeSheet(lxw_worksheet *sheet, const ExportTable &table, lxw_format *bold,
                     lxw_format *twoDecimals)
{
    lxw_error first = LXW_NO_ERROR;
    const auto keep = [&first](lxw_error e) {
        if (first == LXW_NO_ERROR)
            first = e;
    };
    for (int c = 0; c < int(table.header.size()); ++c) {
        const QByteArray name = table.header[c].left(kMaxTextLength).toUtf8();
        keep(worksheet_write_string(sheet, 0, lxw_col_t(c), name.constData(), bold));
    }
    const int columns = int(table.header.size());
    QList<bool> decimals(columns);
    for (int c = 0; c < columns; ++c)
        decimals[c] = hasFractions(table, c);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const ExportRow &row = table.rows[r];
        const auto sheetRow = lxw_row_t(r + 1);
        for (int c = 0; c < int(row.size()) && c < kMaxColumns; ++c) {
            const ExportCell &cell = row[c];
            if (cell.isText()) {
                const QByteArray text = cell.toText().left(kMaxTextLength).toUtf8();
                keep(worksheet_write_string(sheet, sheetRow, lxw_col_t(c), text.constData(),
                                            nullptr));
            } else if (cell.isNumber() && std::isfinite(cell.toNumber())) {
                lxw_format *format = c < columns && decimals[c] ? twoDecimals : nullptr;
                keep(
                    worksheet_write_number(sheet, sheetRow, lxw_col_t(c), cell.toNumber(), format));
            }
        }
    }
    for (int c = 0; c < columns; ++c)
        keep(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                  ResultsXlsx::columnWidth(table, c), nullptr));
    worksheet_freeze_panes(sheet, 1, 0);
    return first;
}

} // namespace

QString ResultsXlsx::sheetName(const QString &title, const QStringList &taken)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString base;
    for (const QChar c : title)
        base +=
            forbidden.contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('_') : c;
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    base = base.trimmed().left(kMaxSheetName);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet");
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kMaxSheetName - int(suffix.size())) + suffix;
    }
    return name;
}

double ResultsXlsx::columnWidth(const ExportTable &table, int column)
{
    const bool decimals = hasFractions(table, column);
    int widest = column < table.header.size() ? displayWidth(table.header[column]) + 1 : 0;
    for (const ExportRow &row : table.rows) {
        if (column < row.size())
            widest = std::max(widest, displayWidth(shownText(row[column], decimals)));
    }
    return std::clamp(widest + 2, kMinColumnWidth, kMaxColumnWidth);
}

bool ResultsXlsx::writeWorkbook(const QList<ExportTable> &tables, const QString &scratch,
                                QString *reason)
{
    const QByteArray fileName = QFile::encodeName(scratch);
    lxw_workbook *book = workbook_new(fileName.constData());
    if (!book) {
        *reason = tr("the workbook could not be created (out of memory)");
        return false;
    }
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *twoDecimals = workbook_add_format(book);
    format_set_num_format(twoDecimals, "#,##0.00");
    lxw_error failed = LXW_NO_ERROR;
    QStringList taken;
    for (const ExportTable &table : tables) {
        if (table.header.size() > kMaxColumns) {
            *reason =
                tr("the table “%1” has more than %2 columns").arg(table.title).arg(kMaxColumns);
            workbook_close(book);
            return false;
        }
        taken.append(sheetName(table.title, taken));
        const QByteArray name = taken.last().toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        failed =
            sheet ? writeSheet(sheet, table, bold, twoDecimals) : LXW_ERROR_MEMORY_MALLOC_FAILED;
        if (failed != LXW_NO_ERROR)
            break;
    }
    const lxw_error closed = workbook_close(book); // frees the workbook whatever happened
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR) {
        *reason =
            tr("the workbook could not be made: %1").arg(QString::fromUtf8(lxw_strerror(failed)));
        return false;
    }
    return true;
}

bool ResultsXlsx::write(const QList<ExportTable> &tables, const QString &path, QString *error)
{
    if (!ExportFile::checkTarget(path, error))
        return false;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = ExportFile::message(path, reason);
        return false;
    };
    // libxlsxwriter writes to a file name: a scratch file of our own, removed when done.
    QTemporaryFile scratch(QDir::tempPath() + QStringLiteral("/zeroplan-export-XXXXXX.xlsx"));
    if (!scratch.open())
        return fail(tr("no scratch file for the workbook: %1").arg(scratch.errorString()));
    scratch.close();
    QString reason;
    errno = 0;
    if (!writeWorkbook(tables, scratch.fileName(), &reason)) {
        // libxlsxwriter's words for a full disk or the file-size limit are vague; errno isn't.
        const QString exhausted = WriteTarget::exhaustedReason(errno);
        return fail(exhausted.isEmpty() ? reason : exhausted);
    }
    QFile made(scratch.fileName());
    if (!made.open(QIODevice::ReadOnly))
        return fail(tr("the workbook could not be read back: %1").arg(made.errorString()));
    const QByteArray bytes = made.readAll();
    return ExportFile::write(bytes, path, error);
}

} // namespace zeroplan
