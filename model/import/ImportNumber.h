#pragma once

#include <QByteArrayView>
#include <optional>

namespace zeroplan {

enum class DecimalSeparator
{
    Point,
    Comma
};

struct YearMonth
{
    int year = 0;
    int month = 0; // 1..12
    bool operator==(const YearMonth &) const = default;
};

// Numbers and months as spreadsheets and meter exports write them. Nothing is guessed: text
// that is not clearly one number (or one month) gives nothing, and the caller says so.
class ImportNumber
{
public:
    // "1234.5", "-3", "1.5e3", " 12 "; with thousands separators in groups of three:
    // "1,234.5" (decimal point) or "1.234,5" / "1 234,5" (decimal comma). Spaces, no-break
    // spaces and apostrophes may group digits in either format. NaN and infinity are not
    // numbers here.
    static std::optional<double> parse(QByteArrayView text, DecimalSeparator decimal);
    // "2023-01", "2023/1", "2023.01", "202301", "2023-01-15" (a date: its month),
    // "2023-01-15T00:00:00", "2023年1月", "Jan 2023", "January 2023".
    // A date whose day the month does not have ("2023-02-30") is no month: nothing, and
    // *impossibleDay (where given) says that this is why.
    static std::optional<YearMonth> parseMonth(QByteArrayView text);
    static std::optional<YearMonth> parseMonth(QByteArrayView text, bool *impossibleDay);
};

} // namespace zeroplan
