#pragma once

#include <QStyledItemDelegate>

namespace zeroplan {

// Rows of the measure list are two lines (the name, then owner group and status). Qt sizes a
// row by the primary font's line height, but Chinese names are drawn in a taller fallback
// font and the second line was cut off; this sizes each row by the lines as they are drawn.
class MeasureListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace zeroplan
