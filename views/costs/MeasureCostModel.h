#pragma once

#include "engine/Results.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace zeroplan {

// What each measure of a scenario costs and saves over the horizon, one row per measure in
// the engine's order, then a totals row: capex, opex and savings summed over the years, the
// NPV at the plan's discount rate, tCO₂e abated and the levelised cost per tonne.
// DisplayRole is locale-formatted text, SortRole the raw number (or name) to sort by.
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
        TotalsRole, // true on the totals row
    };

    explicit MeasureCostModel(QObject *parent = nullptr);

    // The scenario's measures (none for nullptr), money in `currency`.
    void setScenario(const ScenarioResult *result, const QString &currency);
    int measureCount() const { return int(m_rows.size()) - (m_rows.empty() ? 0 : 1); }
    bool isTotalsRow(int row) const { return !m_rows.empty() && row == int(m_rows.size()) - 1; }

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
        double abated = 0;
        std::optional<double> costPerTonne;
    };
    static Row rowOf(const MeasureResult &measure);
    static Row totalsOf(const ScenarioResult &result, const std::vector<Row> &rows);
    QVariant value(const Row &row, int column) const;
    QString text(const Row &row, int column) const;

    std::vector<Row> m_rows; // the measures, then the totals (empty when there are none)
    QString m_currency;
};

} // namespace zeroplan
