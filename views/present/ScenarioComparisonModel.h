#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace zeroplan {

class LiveResults;
struct Plan;
struct PlanResult;
struct ScenarioResult;

// The scenarios side by side: one column for business as usual, then one per scenario; one
// row per key figure (base-year emissions, net emissions in each interim-target year and at
// the horizon's end, the year neutrality holds from, cumulative net, carbon budget, present cost,
// cost per tonne, measures included, and — when a scenario has any — the values of measures it
// sets for itself or takes from its base, listed in the cell's tooltip). Figures come from a run of
// the plan (BAU as PlanRun::bau): set once (the printed plan) or following LiveResults (the
// Scenarios page). DisplayRole is the figure as the locale writes it, ValueRole the number (or null
// where there is none); the unit is in the row header.
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ValueRole = Qt::UserRole
    };
    enum class Figure
    {
        BaseYearEmissions,
        InterimNet, // one row per interim target, in the order of their years
        HorizonNet,
        NeutralityYear,
        CumulativeNet,
        BudgetMet,
        PresentCost,
        CostPerTonne,
        MeasuresIncluded,
        OwnValues, // values that differ by scenario; only when a scenario has any
    };

    // Empty until setResults().
    explicit ScenarioComparisonModel(QObject *parent = nullptr);
    // Follows the live results: refreshed on each of their updates.
    explicit ScenarioComparisonModel(LiveResults *results, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Figure figure(int row) const { return m_rows.at(size_t(row)).figure; }
    int rowOf(Figure figure, int year = 0) const; // -1 if the table has no such row
    // The figures of `result` (every scenario of `plan`, in its order) and `bau`.
    void setResults(const Plan &plan, const PlanResult &result, const ScenarioResult &bau);

private:
    struct Row
    {
        Figure figure;
        int year = 0;
        int interim = -1; // for an interim row: its place in Column::interimNet
    };
    struct Column
    {
        QString name;
        bool bau = false;
        double baseYearGross = 0;
        std::vector<double> interimNet; // in the order of the interim rows
        double horizonNet = 0;
        std::optional<int> neutralFrom;    // held from: net ≤ 0 from then to the horizon end
        std::optional<int> neutralityYear; // first reached: the first year with net ≤ 0
        bool baselineEmpty = false;
        double cumulativeNet = 0;
        std::optional<bool> budgetMet;
        double presentCost = 0;
        std::optional<double> costPerTonne;
        int measures = 0;
        QStringList ownValues; // "Capacity of Rooftop solar: 300 kWp", own and inherited
    };

    static std::vector<Row> rowsFor(const Plan &plan);
    Column column(const Plan &plan, const ScenarioResult &result, int measures, bool bau) const;
    QVariant value(const Row &row, const Column &column) const;
    QString text(const Row &row, const Column &column) const;
    QString rowHeader(const Row &row) const;

    std::vector<Row> m_rows;
    std::vector<Column> m_columns;
    QString m_currency;
    int m_baseYear = 0;
    int m_horizonEnd = 0;
    int m_measureCount = 0;
    std::optional<double> m_budget;
    double m_discountRate = 0;
};

} // namespace zeroplan
