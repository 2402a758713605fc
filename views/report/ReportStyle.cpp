#include "ReportStyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr qreal kPageWidthMm = 210;
constexpr qreal kPageHeightMm = 297;
constexpr qreal kSideMarginMm = 20;
constexpr qreal kTopMarginMm = 14;
constexpr qreal kHeaderMm = 10;
constexpr qreal kBottomMarginMm = 12;
constexpr qreal kFooterMm = 8;

} // namespace

ReportStyle::ReportStyle(const QPaintDevice *device)
    : m_device(device), m_dotsPerMm(device->logicalDpiX() / 25.4)
{
    m_page = QRectF(0, 0, mm(kPageWidthMm), mm(kPageHeightMm));
    const qreal left = mm(kSideMarginMm);
    const qreal width = mm(kPageWidthMm - 2 * kSideMarginMm);
    m_header = QRectF(left, mm(kTopMarginMm), width, mm(kHeaderMm));
    m_footer = QRectF(left, mm(kPageHeightMm - kBottomMarginMm - kFooterMm), width, mm(kFooterMm));
    m_content = QRectF(left, m_header.bottom() + mm(4), width,
                       m_footer.top() - mm(3) - (m_header.bottom() + mm(4)));
}

QStringList ReportStyle::families()
{
    static const QStringList families = [] {
        QStringList list{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
        const QString emoji = QStringLiteral("Noto Color Emoji");
        if (QFontDatabase::families().contains(emoji))
            list << emoji;
        return list;
    }();
    return families;
}

namespace {

// Whether the report's fonts (or a fallback Qt prints with) have a glyph for `ucs4`, so that it
// does not print as a box; remembered per code point.
bool printableCodePoint(char32_t ucs4)
{
    if (ucs4 >= 0x20 && ucs4 < 0x7f)
        return true;
    thread_local QHash<char32_t, bool> known;
    const auto it = known.constFind(ucs4);
    if (it != known.cend())
        return *it;
    // The fonts as the report sets them, with the fallbacks Qt would print with.
    QFont font;
    font.setFamilies(ReportStyle::families());
    const bool found = QFontMetricsF(font).inFontUcs4(ucs4);
    known.insert(ucs4, found);
    return found;
}

} // namespace

QString ReportStyle::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (c == '\r' && i + 1 < codePoints.size() && codePoints[i + 1] == '\n')
            continue; // CRLF: one break, at the LF
        if (c == '\n' || c == '\r' || c == char32_t(QChar::LineSeparator)) {
            out += QChar(QChar::LineSeparator);
        } else if (c == '\t') {
            out += QLatin1Char(' ');
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            continue; // a control character: nothing to print
        } else if (QChar::category(c) == QChar::Other_Format || QChar::isSpace(c) ||
                   QChar::category(c) == QChar::Mark_NonSpacing || printableCodePoint(c)) {
            out += QString::fromUcs4(&c, 1);
        } else {
            out += QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString ReportStyle::fitted(Role role, const QString &text, qreal width, int maxLines) const
{
    return fitted(font(role), text, width, maxLines);
}

QString ReportStyle::fitted(const QFont &font, const QString &text, qreal width, int maxLines) const
{
    const QString printed = printable(text);
    if (maxLines <= 0 || printed.isEmpty())
        return printed;
    QTextLayout layout(printed, font, const_cast<QPaintDevice *>(m_device));
    layOut(layout, width);
    if (layout.lineCount() <= maxLines)
        return printed;
    const QTextLine last = layout.lineAt(maxLines - 1);
    QString tail = printed.mid(last.textStart());
    tail.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
    const QFontMetricsF metrics(font, const_cast<QPaintDevice *>(m_device));
    QString elided = metrics.elidedText(tail, Qt::ElideRight, width);
    if (!elided.endsWith(QChar(0x2026)))
        elided += QChar(0x2026); // what follows the last line was cut
    return printed.left(last.textStart()) + elided;
}

QFont ReportStyle::font(Role role, qreal scale) const
{
    QFont scaled = font(role);
    scaled.setPointSizeF(scaled.pointSizeF() * scale);
    return scaled;
}

QFont ReportStyle::font(Role role) const
{
    QFont font;
    font.setFamilies(families());
    // Sizes in points: QPainter scales them to the PDF's resolution.
    switch (role) {
    case Role::Title:
        font.setPointSizeF(26);
        font.setBold(true);
        break;
    case Role::Subtitle:
        font.setPointSizeF(14);
        break;
    case Role::Heading:
        font.setPointSizeF(15);
        font.setBold(true);
        break;
    case Role::Subheading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case Role::Body:
        font.setPointSizeF(9.5);
        break;
    case Role::Small:
        font.setPointSizeF(7.5);
        break;
    case Role::TableHeader:
        font.setPointSizeF(8);
        font.setBold(true);
        break;
    case Role::TableCell:
        font.setPointSizeF(8);
        break;
    case Role::Figure:
        font.setPointSizeF(13);
        font.setBold(true);
        break;
    }
    return font;
}

qreal ReportStyle::layOut(QTextLayout &layout, qreal width) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

qreal ReportStyle::textHeight(Role role, const QString &text, qreal width, int maxLines) const
{
    return textHeight(font(role), text, width, maxLines);
}

qreal ReportStyle::textHeight(const QFont &font, const QString &text, qreal width) const
{
    return textHeight(font, text, width, 0);
}

int ReportStyle::lineCount(const QFont &font, const QString &text, qreal width) const
{
    const QString printed = printable(text);
    QTextLayout layout(printed.isEmpty() ? QStringLiteral(" ") : printed, font,
                       const_cast<QPaintDevice *>(m_device));
    layOut(layout, width);
    return layout.lineCount();
}

qreal ReportStyle::textWidth(const QFont &font, const QString &text) const
{
    qreal widest = 0;
    for (const QString &line : printable(text).split(QChar(QChar::LineSeparator))) {
        QTextLayout layout(line, font, const_cast<QPaintDevice *>(m_device));
        layout.beginLayout();
        QTextLine l = layout.createLine();
        if (l.isValid())
            l.setLineWidth(1e9); // wide enough never to wrap
        layout.endLayout();
        widest = std::max(widest, l.isValid() ? l.naturalTextWidth() : 0.0);
    }
    return widest;
}

qreal ReportStyle::textHeight(const QFont &font, const QString &text, qreal width,
                              int maxLines) const
{
    const QString printed = fitted(font, text, width, maxLines);
    // QTextLayout wants a non-const device only to read its metrics.
    QTextLayout layout(printed.isEmpty() ? QStringLiteral(" ") : printed, font,
                       const_cast<QPaintDevice *>(m_device));
    const qreal height = layOut(layout, width);
    if (maxLines <= 0 || layout.lineCount() <= maxLines)
        return height;
    return layout.lineAt(maxLines - 1).rect().bottom();
}

void ReportStyle::drawText(QPainter &painter, const QRectF &rect, Role role, const QString &text,
                           Qt::Alignment alignment, const QColor &color, int maxLines) const
{
    drawText(painter, rect, font(role), text, alignment, color, maxLines);
}

void ReportStyle::drawText(QPainter &painter, const QRectF &rect, const QFont &font,
                           const QString &text, Qt::Alignment alignment, const QColor &color) const
{
    drawText(painter, rect, font, text, alignment, color, 0);
}

void ReportStyle::drawText(QPainter &painter, const QRectF &rect, const QFont &font,
                           const QString &text, Qt::Alignment alignment, const QColor &color,
                           int maxLines) const
{
    const QString printed = fitted(font, text, rect.width(), maxLines);
    if (printed.isEmpty())
        return;
    QTextLayout layout(printed, font, const_cast<QPaintDevice *>(m_device));
    layOut(layout, rect.width());
    painter.save();
    painter.setPen(color);
    const int lines = maxLines > 0 ? std::min(maxLines, layout.lineCount()) : layout.lineCount();
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        qreal x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - line.naturalTextWidth();
        else if (alignment & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - line.naturalTextWidth()) / 2;
        line.draw(&painter, QPointF(x - line.x(), rect.top()));
    }
    painter.restore();
}

} // namespace zeroplan
