#include "ImportNumber.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDate>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace zeroplan {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Replaces the no-break spaces (U+00A0, U+202F) and apostrophes that group digits by
// plain spaces, so that one rule handles every grouping character.
QByteArray withPlainSpaces(QByteArrayView text)
{
    QByteArray out(text.toByteArray());
    out.replace("\xC2\xA0", " ");
    out.replace("\xE2\x80\xAF", " ");
    out.replace('\'', ' ');
    return out;
}

// Removes the grouping character `group` from the integer part of `digits`, provided
// every group after the first has exactly three digits and the first one to three.
bool ungroup(QByteArray &number, char group)
{
    const qsizetype first = number.indexOf(group);
    if (first < 0)
        return true;
    qsizetype end = 0;
    const qsizetype sign = (number.startsWith('-') || number.startsWith('+')) ? 1 : 0;
    while (sign + end < number.size() &&
           (isDigit(number[sign + end]) || number[sign + end] == group))
        ++end;
    const QByteArray integer = number.mid(sign, end);
    const QList<QByteArray> groups = integer.split(group);
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype g = 1; g < groups.size(); ++g) {
        if (groups[g].size() != 3)
            return false;
    }
    number = number.left(sign) + groups.join() + number.mid(sign + end);
    return true;
}

std::optional<double> fromPlainText(QByteArrayView text)
{
    // Only digits, one sign, one point and an exponent: no "nan", "inf", hex or spaces.
    for (const char c : text) {
        if (!isDigit(c) && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return std::nullopt;
    }
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> ImportNumber::parse(QByteArrayView text, DecimalSeparator decimal)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (decimal == DecimalSeparator::Point || !text.contains('.')) {
        if (auto plain = fromPlainText(text))
            return plain; // the common case: nothing to clean up
    }
    QByteArray number = withPlainSpaces(text);
    if (!ungroup(number, ' '))
        return std::nullopt;
    if (decimal == DecimalSeparator::Point) {
        if (!ungroup(number, ','))
            return std::nullopt;
    } else {
        if (!ungroup(number, '.'))
            return std::nullopt;
        if (number.count(',') > 1)
            return std::nullopt;
        number.replace(',', '.');
    }
    return fromPlainText(number);
}

namespace {

// Reads an unsigned decimal integer of `width` digits (0: as many as there are) at *pos.
std::optional<int> readInt(QByteArrayView text, qsizetype *pos, int width = 0)
{
    qsizetype i = *pos;
    int value = 0;
    int digits = 0;
    while (i < text.size() && isDigit(text[i]) && (width == 0 || digits < width) && digits < 9) {
        value = value * 10 + (text[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || (width != 0 && digits != width))
        return std::nullopt;
    *pos = i;
    return value;
}

std::optional<YearMonth> valid(int year, int month)
{
    if (year < 1900 || year > 2200 || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth{year, month};
}

// "Jan 2023", "January 2023", "Jan-2023".
std::optional<YearMonth> parseEnglishMonth(QByteArrayView text)
{
    static constexpr std::array<const char *, 12> names = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = text.toByteArray().toLower();
    qsizetype letters = 0;
    while (letters < lower.size() && lower[letters] >= 'a' && lower[letters] <= 'z')
        ++letters;
    if (letters < 3)
        return std::nullopt;
    for (int m = 0; m < 12; ++m) {
        if (!lower.startsWith(names[size_t(m)]))
            continue;
        qsizetype pos = letters;
        while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '-' || lower[pos] == '.'))
            ++pos;
        const auto year = readInt(lower, &pos, 4);
        if (!year || pos != lower.size())
            return std::nullopt;
        return valid(*year, m + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<YearMonth> ImportNumber::parseMonth(QByteArrayView text)
{
    return parseMonth(text, nullptr);
}

std::optional<YearMonth> ImportNumber::parseMonth(QByteArrayView text, bool *impossibleDay)
{
    if (impossibleDay)
        *impossibleDay = false;
    text = text.trimmed();
    qsizetype pos = 0;
    const auto year = readInt(text, &pos, 4);
    if (!year)
        return parseEnglishMonth(text);
    if (pos == text.size())
        return std::nullopt;                      // a year alone is not a month
    if (text.size() == 6 && isDigit(text[pos])) { // "202301"
        const auto month = readInt(text, &pos, 2);
        return month ? valid(*year, *month) : std::nullopt;
    }
    const bool chinese = text.sliced(pos).startsWith("\xE5\xB9\xB4"); // 年
    const char separator = chinese ? '\0' : text[pos];
    if (chinese)
        pos += 3;
    else if (separator == '-' || separator == '/' || separator == '.')
        ++pos;
    else
        return std::nullopt;
    const auto month = readInt(text, &pos);
    if (!month)
        return std::nullopt;
    if (chinese) {
        if (text.sliced(pos) != QByteArrayView("\xE6\x9C\x88")) // 月
            return std::nullopt;
    } else if (pos < text.size()) {
        // A day may follow, and a time after it: "2023-01-15", "2023/1/15 0:00".
        if (text[pos] != separator)
            return std::nullopt;
        ++pos;
        const auto day = readInt(text, &pos);
        if (!day)
            return std::nullopt;
        if (pos != text.size() && text[pos] != 'T' && text[pos] != ' ')
            return std::nullopt;
        // A day the month does not have ("2023-02-30", "2023-04-31", "2023-01-00") is not a
        // date: refused, not read as its month.
        const auto ym = valid(*year, *month);
        if (ym && (*day < 1 || *day > QDate(ym->year, ym->month, 1).daysInMonth())) {
            if (impossibleDay)
                *impossibleDay = true;
            return std::nullopt;
        }
    }
    return valid(*year, *month);
}

} // namespace zeroplan
