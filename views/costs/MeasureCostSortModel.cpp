#include "MeasureCostSortModel.h"

#include "MeasureCostModel.h"

namespace zeroplan {

MeasureCostSortModel::MeasureCostSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MeasureCostModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool MeasureCostSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotals = left.data(MeasureCostModel::TotalsRole).toBool();
    const bool rightTotals = right.data(MeasureCostModel::TotalsRole).toBool();
    if (leftTotals || rightTotals) {
        // Descending order compares (right, left): the totals row must then be the least.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        return leftTotals ? descending : !descending;
    }
    // A measure that abates nothing has no cost per tonne: sort it after every number.
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace zeroplan
