#include "MeasureListDelegate.h"

#include <QFontMetrics>
#include <algorithm>

namespace zeroplan {

QSize MeasureListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int height = 0;
    // boundingRect() lays the text out with its fallback fonts, so CJK lines count full height.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        height += std::max(metrics.height(), metrics.boundingRect(line).height());
    size.setHeight(std::max(size.height(), height + 6));
    return size;
}

} // namespace zeroplan
