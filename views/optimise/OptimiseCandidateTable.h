#pragma once

#include "optimise/OptimiseRequest.h"

#include <QTableWidget>
#include <optional>

namespace zeroplan {

struct Plan;

// The measures the optimiser may use: one row per measure of the plan, a check box beside its
// name (a candidate or not) and the levels it may take, typed in percent ("0, 25, 50, 75,
// 100"). The user's choices are kept by measure id when the plan's measures change; a new
// measure starts as a candidate at the default levels.
// Object name: optimiseCandidateTable. Rows in the plan's order; the id is the Qt::UserRole of
// column 0.
class OptimiseCandidateTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        MeasureColumn,
        LevelsColumn,
        ColumnCount
    };

    explicit OptimiseCandidateTable(QWidget *parent = nullptr);

    // Shows the plan's measures, keeping the choices made for those still there.
    void setPlan(const Plan &plan);
    // The row of measure `id`, or -1.
    int rowOf(const QString &id) const;
    // The candidates as the table says, or nothing and `error` naming the measure and field.
    std::optional<QList<OptimiseCandidate>> candidates(QString *error) const;
    // "0, 25, 50, 75, 100" → 0, 0.25, …; nothing and `error` if a part is no number in 0–100.
    static std::optional<QList<double>> parseLevels(const QString &text, const QString &measure,
                                                    QString *error);
    static QString defaultLevelsText();
};

} // namespace zeroplan
