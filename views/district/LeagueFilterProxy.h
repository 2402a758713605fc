#pragma once

#include "district/LeagueFilter.h"

#include <QSortFilterProxyModel>

namespace zeroplan {

// The league table as shown: sorted by LeagueTableModel::SortRole (numbers as numbers, names
// in the locale's order, a row without a value last in either order) and filtered by a
// LeagueFilter (a community type, a size range in households).
class LeagueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LeagueFilterProxy(QObject *parent = nullptr);

    void setFilter(const LeagueFilter &filter);
    const LeagueFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LeagueFilter m_filter;
};

} // namespace zeroplan
