#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QPair>
#include <QString>

namespace zeroplan {

// Key figures as a grid of boxes: a caption above each figure, `columns` to a row.
class FigureGridBlock : public ReportBlock
{
public:
    using Figure = QPair<QString, QString>; // caption, value

    FigureGridBlock(QList<Figure> figures, int columns);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    QList<Figure> figures() const { return m_figures; }

private:
    qreal rowHeight(const ReportStyle &style, qreal width, int row) const;
    qreal cellWidth(qreal width) const;

    QList<Figure> m_figures;
    int m_columns;
};

} // namespace zeroplan
