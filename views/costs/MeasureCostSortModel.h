#pragma once

#include <QSortFilterProxyModel>

namespace zeroplan {

// Sorts a MeasureCostModel by the numbers behind its text (SortRole) within each row group:
// the abating measures, then their totals, then the credits bought, then theirs, whichever
// way the user sorts.
class MeasureCostSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasureCostSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace zeroplan
