#include "TableBlock.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <numeric>

namespace zeroplan {

namespace {

// The type is set smaller in these steps until the table's figures fit; 70 % at the least.
constexpr qreal kScales[] = {1.0, 0.92, 0.85, 0.78, 0.7};

// The widest piece of `text` that cannot be broken over two lines (a word; a CJK character).
qreal widestUnbreakable(const ReportStyle &style, const QFont &font, const QString &text)
{
    const QString printed = ReportStyle::printable(text);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, printed);
    qreal widest = 0;
    qsizetype start = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        widest =
            std::max(widest, style.textWidth(font, printed.mid(start, next - start).trimmed()));
        start = next;
    }
    return widest;
}

} // namespace

Qt::Alignment TableColumns::alignment(int column) const
{
    return column < alignments.size() ? alignments.at(column) : Qt::Alignment(Qt::AlignLeft);
}

bool TableColumns::isFigure(int column, const QString &text) const
{
    if (!(alignment(column) & Qt::AlignRight))
        return false;
    // A number, with its sign or bracket and its unit: "-4,333,632", "(40 bought)",
    // "14,735 元/tCO₂e", "45.3%", "2025–2028", "1.5 – 3.0".
    static const QRegularExpression figure(QStringLiteral("^[-−+(]?\\d"));
    return figure.match(text.trimmed()).hasMatch();
}

const TableColumns::Fit &TableColumns::fit(const ReportStyle &style, qreal width) const
{
    if (width != m_fitWidth || style.device() != m_fitDevice) {
        m_fit = compute(style, width);
        m_fitWidth = width;
        m_fitDevice = style.device();
    }
    return m_fit;
}

// Each column gets at least what its figures and words need (`need`); right-aligned columns
// also want their short texts on one line (`want`). The weights share out the rest.
TableColumns::Fit TableColumns::compute(const ReportStyle &style, qreal width) const
{
    const int count = int(weights.size());
    const qreal total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<qreal> base(count, 0);
    for (int c = 0; c < count; ++c)
        base[c] = total > 0 ? width * weights.at(c) / total : 0;
    const qreal padding = 2 * style.mm(paddingMm());
    Fit fit;
    QList<qreal> need, want;
    for (const qreal scale : kScales) {
        const QFont plain = style.font(ReportStyle::Role::TableCell, scale);
        const QFont bold = style.font(ReportStyle::Role::TableHeader, scale);
        need = QList<qreal>(count, padding);
        want = QList<qreal>(count, padding);
        for (const Row &row : rows) {
            for (int c = 0; c < row.cells.size() && c < count; ++c) {
                const QString &text = row.cells.at(c);
                const QFont &font = row.bold ? bold : plain;
                const qreal whole = style.textWidth(font, text) + padding;
                need[c] = std::max(need[c], isFigure(c, text)
                                                ? whole
                                                : widestUnbreakable(style, font, text) + padding);
                if ((alignment(c) & Qt::AlignRight) && !row.header)
                    want[c] = std::max(want[c], whole);
            }
        }
        fit.scale = scale;
        if (std::accumulate(need.cbegin(), need.cend(), 0.0) <= width)
            break;
    }
    // Columns short of what they need take it from those with room to spare.
    QList<qreal> widths(count, 0);
    for (int c = 0; c < count; ++c)
        widths[c] = std::max(base[c], need[c]);
    const auto share = [&](qreal wanted, const QList<qreal> &floor) {
        qreal slack = 0;
        for (int c = 0; c < count; ++c)
            slack += std::max(0.0, widths[c] - floor[c]);
        if (slack <= 0 || wanted <= 0)
            return;
        const qreal taken = std::min(wanted, slack);
        for (int c = 0; c < count; ++c)
            widths[c] -= taken * std::max(0.0, widths[c] - floor[c]) / slack;
    };
    share(std::accumulate(widths.cbegin(), widths.cend(), 0.0) - width, need);
    // Right-aligned texts on one line where the text columns can spare it.
    QList<qreal> deficit(count, 0), floor = need;
    qreal wanted = 0;
    for (int c = 0; c < count; ++c) {
        deficit[c] = std::max(0.0, want[c] - widths[c]);
        wanted += deficit[c];
        if (deficit[c] > 0)
            floor[c] = widths[c]; // gives nothing
    }
    if (wanted > 0) {
        const QList<qreal> before = widths;
        share(wanted, floor);
        qreal freed = 0;
        for (int c = 0; c < count; ++c)
            freed += before[c] - widths[c];
        for (int c = 0; c < count; ++c)
            widths[c] += freed * deficit[c] / wanted;
    }
    fit.widths = widths;
    return fit;
}

qreal TableColumns::x(int column, const ReportStyle &style, qreal width) const
{
    const QList<qreal> &widths = fit(style, width).widths;
    return std::accumulate(widths.cbegin(), widths.cbegin() + column, 0.0);
}

qreal TableColumns::width(int column, const ReportStyle &style, qreal width) const
{
    return fit(style, width).widths.at(column);
}

TableRowBlock::TableRowBlock(std::shared_ptr<const TableColumns> columns, const QStringList &cells,
                             Kind kind, bool shaded)
    : m_columns(std::move(columns)), m_cells(cells), m_kind(kind), m_shaded(shaded)
{
}

ReportStyle::Role TableRowBlock::role() const
{
    return m_kind == Kind::Body ? ReportStyle::Role::TableCell : ReportStyle::Role::TableHeader;
}

QFont TableRowBlock::font(const ReportStyle &style, qreal width) const
{
    return style.font(role(), m_columns->fit(style, width).scale);
}

qreal TableRowBlock::cellWidth(int column, const ReportStyle &style, qreal width) const
{
    return m_columns->width(column, style, width) - 2 * style.mm(TableColumns::paddingMm());
}

qreal TableRowBlock::height(const ReportStyle &style, qreal width) const
{
    qreal tallest = 0;
    const QFont cellFont = font(style, width);
    for (int c = 0; c < m_cells.size() && c < m_columns->weights.size(); ++c)
        tallest = std::max(tallest,
                           style.textHeight(cellFont, m_cells.at(c), cellWidth(c, style, width)));
    return tallest + 2 * style.mm(TableColumns::paddingMm());
}

void TableRowBlock::paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    if (m_kind == Kind::Header)
        painter.fillRect(rect, ReportStyle::accentLight());
    else if (m_shaded)
        painter.fillRect(rect, ReportStyle::shade());
    const qreal padding = style.mm(TableColumns::paddingMm());
    const QFont cellFont = font(style, rect.width());
    for (int c = 0; c < m_cells.size() && c < m_columns->weights.size(); ++c) {
        const QRectF cell(rect.left() + m_columns->x(c, style, rect.width()) + padding,
                          rect.top() + padding, cellWidth(c, style, rect.width()),
                          rect.height() - 2 * padding);
        style.drawText(painter, cell, cellFont, m_cells.at(c), m_columns->alignment(c));
    }
    const qreal lineWidth = m_kind == Kind::Body ? style.pt(0.3) : style.pt(0.8);
    painter.setPen(
        QPen(m_kind == Kind::Body ? ReportStyle::rule() : ReportStyle::accent(), lineWidth));
    if (m_kind == Kind::Total)
        painter.drawLine(rect.topLeft(), rect.topRight());
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace zeroplan
