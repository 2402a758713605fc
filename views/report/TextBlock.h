#pragma once

#include "ReportBlock.h"

#include <QString>

namespace zeroplan {

// A heading, paragraph or note: plain text in one of the style's roles, wrapped.
class TextBlock : public ReportBlock
{
public:
    TextBlock(ReportStyle::Role role, const QString &text, QColor color = ReportStyle::ink(),
              Qt::Alignment alignment = Qt::AlignLeft);

    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    QString text() const { return m_text; }

private:
    ReportStyle::Role m_role;
    QString m_text;
    QColor m_color;
    Qt::Alignment m_alignment;
};

} // namespace zeroplan
