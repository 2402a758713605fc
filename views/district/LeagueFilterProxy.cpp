#include "LeagueFilterProxy.h"

#include "LeagueTableModel.h"

namespace zeroplan {

LeagueFilterProxy::LeagueFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LeagueTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void LeagueFilterProxy::setFilter(const LeagueFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool LeagueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *league = qobject_cast<const LeagueTableModel *>(sourceModel());
    if (!league || sourceRow >= int(league->rows().size()))
        return true;
    return m_filter.accepts(league->rows()[size_t(sourceRow)]);
}

bool LeagueFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // A row without a value goes last whichever way the column is sorted.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        return descending ? !a.isValid() : !b.isValid();
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().localeAwareCompare(b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace zeroplan
