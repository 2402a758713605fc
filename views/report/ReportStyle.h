#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace zeroplan {

// Page geometry, type and colours of a printed plan: A4 portrait, lengths in the device's
// units (mm() and pt() convert). The same fonts in both languages, so that names typed in
// Chinese print in an English report too: DejaVu Sans for Latin text and figures, Noto Sans
// CJK SC for Chinese, both embedded by Qt's PDF engine as subsets. (With the CJK font's own
// Latin glyphs, Qt 6.4 writes no text mapping for its digits, and a reader could not search
// or copy the figures.) Noto Color Emoji is added where it is installed; code points none of
// the fonts has, and control characters, never print as boxes (printable()).
class ReportStyle
{
public:
    enum class Role
    {
        Title,
        Subtitle,
        Heading,
        Subheading,
        Body,
        Small,
        TableHeader,
        TableCell,
        Figure
    };

    explicit ReportStyle(const QPaintDevice *device);

    const QPaintDevice *device() const { return m_device; }
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    qreal pt(qreal points) const { return points * m_dotsPerMm * 25.4 / 72.0; }
    QFont font(Role role) const;
    // `role`'s font at `scale` times its size (a table set smaller so that its figures fit).
    QFont font(Role role, qreal scale) const;
    // The height `text` takes in `role`'s font, wrapped to `width` (device units): at word
    // boundaries where it can, anywhere where a word is wider than the line. With `maxLines`
    // (> 0), text that needs more lines is cut after that many and ends in "…" (fitted()).
    qreal textHeight(Role role, const QString &text, qreal width, int maxLines = 0) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width) const;
    // Draws `text` as plain text (never markup), wrapped as textHeight() measures it.
    void drawText(QPainter &painter, const QRectF &rect, Role role, const QString &text,
                  Qt::Alignment alignment = Qt::AlignLeft, const QColor &color = ink(),
                  int maxLines = 0) const;
    void drawText(QPainter &painter, const QRectF &rect, const QFont &font, const QString &text,
                  Qt::Alignment alignment = Qt::AlignLeft, const QColor &color = ink()) const;
    // The number of lines `text` takes in `font` wrapped to `width`, and the width of its
    // widest line: what a table checks so that no figure is broken over two lines.
    int lineCount(const QFont &font, const QString &text, qreal width) const;
    qreal textWidth(const QFont &font, const QString &text) const; // on one line
    // `text` as it prints: printable(), then, where it needs more than `maxLines` lines of
    // `width`, cut to that many with "…" at the end of the last.
    QString fitted(Role role, const QString &text, qreal width, int maxLines) const;
    // `text` with nothing that would print as a box: a line break (CR, LF, CRLF) becomes a
    // line separator, a tab a space; other control characters (C0, DEL, C1) are dropped; a code
    // point that none of families() has (an emoji without an emoji font) becomes U+FFFD.
    static QString printable(const QString &text);

    QRectF page() const { return m_page; }       // the whole sheet
    QRectF content() const { return m_content; } // inside the margins, header and footer
    QRectF header() const { return m_header; }
    QRectF footer() const { return m_footer; }

    static QStringList families();
    static QColor accent() { return QColor(0x1b, 0x6e, 0x4f); } // deep green
    static QColor accentLight() { return QColor(0xe4, 0xf1, 0xea); }
    static QColor ink() { return QColor(0x1d, 0x1d, 0x1b); }
    static QColor muted() { return QColor(0x5f, 0x63, 0x68); }
    static QColor rule() { return QColor(0xc8, 0xcc, 0xcf); }
    static QColor shade() { return QColor(0xf4, 0xf5, 0xf6); }
    static QColor bad() { return QColor(0xb0, 0x3a, 0x2e); }

private:
    qreal layOut(QTextLayout &layout, qreal width) const;
    QString fitted(const QFont &font, const QString &text, qreal width, int maxLines) const;
    qreal textHeight(const QFont &font, const QString &text, qreal width, int maxLines) const;
    void drawText(QPainter &painter, const QRectF &rect, const QFont &font, const QString &text,
                  Qt::Alignment alignment, const QColor &color, int maxLines) const;

    const QPaintDevice *m_device;
    qreal m_dotsPerMm;
    QRectF m_page, m_content, m_header, m_footer;
};

} // namespace zeroplan
