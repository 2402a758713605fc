#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

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
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

QFont ReportStyle::font(Role role) const
{
    QFont font;
    font.setFamilies(families());
    // Sizes in points: QPainter scales them to the PDF's resolution.
    switch (role) {
    case Role::Title: font.setPointSizeF(26); font.setBold(true); break;
    case Role::Subtitle: font.setPointSizeF(14); break;
    case Role::Heading: font.setPointSizeF(15); font.setBold(true); break;
    case Role::Subheading: font.setPointSizeF(11); font.setBold(true); break;
    case Role::Body: font.setPointSizeF(9.5); break;
    case Role::Small: font.setPointSizeF(7.5); break;
    case Role::TableHeader: font.setPointSizeF(8); font.setBold(true); break;
    case Role::TableCell: font.setPointSizeF(8); break;
    case Role::Figure: font.setPointSizeF(13); font.setBold(true); break;
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

qreal ReportStyle::textHeight(Role role, const QString &text, qreal width) const
{
    // QTextLayout wants a non-const device only to read its metrics.
    QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, font(role),
                       const_cast<QPaintDevice *>(m_device));
    return layOut(layout, width);
}

void ReportStyle::drawText(QPainter &painter, const QRectF &rect, Role role, const QString &text,
                           Qt::Alignment alignment, const QColor &color) const
{
    if (text.isEmpty())
        return;
    QTextLayout layout(text, font(role), const_cast<QPaintDevice *>(m_device));
    layOut(layout, rect.width());
    painter.save();
    painter.setPen(color);
    for (int i = 0; i < layout.lineCount(); ++i) {
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
