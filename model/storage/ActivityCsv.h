#pragma once

#include "plan/Plan.h"

#include <QByteArray>

namespace zeroplan {

// The plan's activity lines as CSV (RFC 4180, UTF-8), in the columns import reads back
// (docs/import.md): exporting and importing again gives the same lines. Text that a
// spreadsheet would take for a formula (starting with =, +, -, @) is written with a leading
// apostrophe, which import removes (text that starts with an apostrophe before one of those,
// or before another apostrophe, gets one more).
class ActivityCsv
{
public:
    enum class Bom { Without, With }; // Excel reads UTF-8 only with the byte order mark
    static QByteArray write(const Plan &plan, Bom bom = Bom::Without);
    // One cell as CSV writes it: quoted where it holds a comma, quote or line break.
    static QByteArray cell(const QString &text);
    // A cell of text a user typed: cell(), with the apostrophe guard against formulas.
    static QByteArray textCell(const QString &text);
};

} // namespace zeroplan
