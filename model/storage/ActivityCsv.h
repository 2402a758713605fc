#pragma once

#include "CsvWriter.h"
#include "plan/Plan.h"

#include <QByteArray>

namespace zeroplan {

// The plan's activity lines as CSV (RFC 4180, UTF-8), in the columns import reads back
// (docs/import.md): exporting and importing again gives the same lines. Written with
// CsvWriter: text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab
// or a carriage return) gets a leading apostrophe, which import removes.
class ActivityCsv
{
public:
    using Bom = CsvWriter::Bom; // Excel reads UTF-8 only with the byte order mark
    static QByteArray write(const Plan &plan, Bom bom = Bom::Without);
};

} // namespace zeroplan
