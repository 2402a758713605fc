#pragma once

#include "district/LeagueRow.h"

#include <QAbstractTableModel>
#include <vector>

namespace zeroplan {

class DistrictDocument;

// The district's league table (docs/desktop.md, "Districts"): one row per community of the
// roll-up (LeagueTable::rows), in the roll-up's order; a QSortFilterProxyModel sorts it by
// SortRole (numbers, a row without a value last) and filters it (LeagueFilterProxy). The type
// and the scenario a community counts with are edited in place (ChoiceDelegate), each edit
// one DistrictChange on the district's undo stack.
class LeagueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Scenario,
        Households,
        Population,
        BaseGross,
        GrossPerResident,
        TargetYear,
        TargetNet,
        NetPerResident,
        PlannedReduction,
        NeutralityYear,
        CostPerTonne,
        LatestDataYear,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 2;   // a double, or none (sorts last)
    static constexpr int MemberRole = Qt::UserRole + 3; // the community's index in the roll-up

    explicit LeagueTableModel(DistrictDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const std::vector<LeagueRow> &rows() const { return m_rows; }
    // The rows again from the roll-up (after any change of the district).
    void refresh();

private:
    QVariant display(const LeagueRow &row, int column) const;
    QVariant sortValue(const LeagueRow &row, int column) const;

    DistrictDocument *m_document;
    std::vector<LeagueRow> m_rows;
};

} // namespace zeroplan
