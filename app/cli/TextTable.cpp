#include "TextTable.h"

#include <QStringView>
#include <algorithm>

namespace zeroplan {
namespace {

// Unicode East Asian Wide and Fullwidth ranges that matter in practice (UAX #11).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padding(int count)
{
    return QString(std::max(0, count), QLatin1Char(' '));
}

} // namespace

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void TextTable::addColumn(const QString &header, Align align)
{
    m_columns.append({header, align});
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::renderRow(const QStringList &cells, const QList<int> &widths) const
{
    QString line;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QString cell = c < cells.size() ? cells.at(c) : QString();
        const QString pad = padding(widths.at(c) - displayWidth(cell));
        if (c > 0)
            line += QStringLiteral("  ");
        line += m_columns.at(c).align == Align::Right ? pad + cell : cell + pad;
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

QString TextTable::render() const
{
    QList<int> widths;
    QStringList headers;
    for (const Column &column : m_columns) {
        widths.append(displayWidth(column.header));
        headers.append(column.header);
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < std::min(row.size(), widths.size()); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    }
    int total = 0;
    for (int w : widths)
        total += w;
    total += 2 * std::max(0, int(widths.size()) - 1);
    QString out = renderRow(headers, widths) + QString(total, QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += renderRow(row, widths);
    return out;
}

} // namespace zeroplan
