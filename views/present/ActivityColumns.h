#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// The columns of the baseline's activity table, in their order, and their names: shared by
// the table's model (views/baseline) and the problems dock, which points at a line's cell.
// The names keep the table's translation context.
struct ActivityColumns
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ActivityTableModel)

public:
    enum Column
    {
        SectorColumn,
        SubsectorColumn,
        CarrierColumn,
        AmountColumn,
        UnitColumn,
        FactorColumn,
        ScopeColumn,
        DataQualityColumn,
        NotationKeyColumn,
        SourceColumn,
        EmissionsColumn, // read-only: tCO₂e/yr in the base year
        CommentsColumn,  // read-only: the line's open comment threads (docs/review.md)
        ColumnCount
    };

    static QString columnName(int column); // translated, without unit
};

} // namespace zeroplan
