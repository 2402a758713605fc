#include "MeasureCostSortModel.h"

#include "present/MeasureCostModel.h"

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
    // Groups keep their order (abating measures, their totals, credits, their totals) in
    // both directions: descending order compares (right, left), so the order is turned.
    const int leftGroup = left.data(MeasureCostModel::GroupRole).toInt();
    const int rightGroup = right.data(MeasureCostModel::GroupRole).toInt();
    if (leftGroup != rightGroup) {
        const bool descending = sortOrder() == Qt::DescendingOrder;
        return descending ? leftGroup > rightGroup : leftGroup < rightGroup;
    }
    // A measure that abates nothing has no cost per tonne: sort it after every number.
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace zeroplan
