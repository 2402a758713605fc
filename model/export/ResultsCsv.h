#pragma once

#include "ExportTable.h"
#include "storage/ActivityCsv.h"

#include <QByteArray>
#include <QString>

namespace zeroplan {

// One results table (ResultTables) as RFC 4180 CSV: comma separated, CRLF line ends, UTF-8,
// the header row first; text quoted where it holds a comma, quote or line break (the quoting
// of ActivityCsv::cell). Numbers with a '.' decimal point and no thousands separators,
// rounded to 6 decimal places without trailing zeros ("404.2", "2030", "-0.000001"); a
// blank cell, or a number that is not finite, is an empty field.
class ResultsCsv
{
public:
    static constexpr int kDecimals = 6;

    static QByteArray write(const ExportTable &table,
                            ActivityCsv::Bom bom = ActivityCsv::Bom::Without);
    // The table written to `path` with a byte order mark (Excel reads UTF-8 only with one),
    // atomically (ExportFile); false and *error ("<file>: cannot be written: …") on failure.
    static bool writeFile(const ExportTable &table, const QString &path, QString *error);
    static QByteArray number(double value);
    static QByteArray cell(const ExportCell &cell);
};

} // namespace zeroplan
