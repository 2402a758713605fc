#pragma once

#include "ExportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

// Results tables (ResultTables) as an Excel workbook, one sheet per table in order, named by
// its title: a bold header row that stays in view when scrolling (frozen), numbers as
// numbers (columns holding fractions shown with two decimals and thousands separators, the
// full value kept), blank cells left empty, columns wide enough for their text. Written
// with libxlsxwriter to a scratch file, then to `path` through ExportFile (a file atomically,
// a device, pipe or "-" straight): a failure never leaves a partial file and never touches
// an existing one.
class ResultsXlsx
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResultsXlsx)

public:
    static constexpr int kMaxSheetName = 31;   // Excel's limit
    static constexpr int kMaxColumnWidth = 60; // characters
    static constexpr int kMinColumnWidth = 8;

    // False and *error ("<file>: cannot be written: <why>", translated) on failure.
    static bool write(const QList<ExportTable> &tables, const QString &path, QString *error);
    // `title` as a sheet name Excel accepts (at most 31 characters, none of []:*?/\, not
    // empty) that differs from every name in `taken` (Excel compares them ignoring case).
    static QString sheetName(const QString &title, const QStringList &taken);
    // The width (in characters of the default font) a column of `table` needs.
    static double columnWidth(const ExportTable &table, int column);

private:
    static bool writeWorkbook(const QList<ExportTable> &tables, const QString &scratch,
                              QString *reason);
};

} // namespace zeroplan
