#pragma once

#include "engine/Results.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace zeroplan {

// What each measure of a scenario costs and saves over the horizon, in two groups: the
// measures that abate (cut emissions or, for trees, take CO₂ up), in the engine's order, and
// their totals row; then the carbon credits bought, which abate nothing, and their own totals
// row. Columns: capex, opex and savings summed over the years, the NPV at the plan's discount
// rate, tCO₂e abated and the levelised cost per tonne. A credit row shows the tonnes bought
// "(… bought)" in place of abatement and the price per credit in place of a cost per tonne,
// so no total of abatement ever counts a credit. DisplayRole is locale-formatted text,
// SortRole the raw number (or name) to sort by, GroupRole the group (sorting stays within it).
class MeasureCostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OwnerColumn,
        CapexColumn,
        OpexColumn,
        SavingsColumn,
        NpvColumn,
        AbatedColumn,
        CostPerTonneColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        TotalsRole, // true on a totals row (of the abating measures or of the credits)
        GroupRole,  // RowGroup as an int: the groups keep this order whatever the sorting
    };
    enum RowGroup
    {
        MeasureGroup,
        MeasureTotalsGroup,
        CreditGroup,
        CreditTotalsGroup
    };

    explicit MeasureCostModel(QObject *parent = nullptr);

    // The scenario's measures (none for nullptr), money in `currency`.
    void setScenario(const ScenarioResult *result, const QString &currency);
    int measureCount() const; // measure and credit rows, not the totals
    bool isTotalsRow(int row) const;
    bool isCreditRow(int row) const; // a credit purchase or the credits' totals

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString name;
        QString owner;
        double capex = 0;
        double opex = 0;
        double savings = 0;
        double npv = 0;
        double abated = 0; // abatement rows: tonnes abated; credit rows: tonnes bought
        std::optional<double> costPerTonne; // credit rows: the price per credit
        RowGroup group = MeasureGroup;
    };
    static Row rowOf(const MeasureResult &measure);
    static Row totalsOf(const QString &name, RowGroup group, const std::vector<Row> &rows,
                        std::optional<double> costPerTonne);
    QVariant value(const Row &row, int column) const;
    QString text(const Row &row, int column) const;

    // The abating measures and their totals, then the credits and theirs; a group without a
    // row has no totals either; empty when the scenario has no measure.
    std::vector<Row> m_rows;
    QString m_currency;
    int m_abatedDecimals = 0; // places in the Abated column, the same for every row
};

} // namespace zeroplan
