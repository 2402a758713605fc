#pragma once

#include "storage/PlanProblem.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace zeroplan {

class LiveResults;

// Every problem of the open plan (LiveResults::problems(), which the validator refreshes on
// every change of the document) as a table: severity, where (in words) and the message, in
// the UI language. The list follows the plan 300 ms after the last change, so that typing
// does not redraw it at every key; refresh() brings it up to date at once.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        WhereColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // the problem's JSON path, on every column
        SeverityRole,                // PlanProblem::Severity as int
    };
    static constexpr int kDelayMilliseconds = 300;

    explicit ProblemListModel(QObject *parent = nullptr);

    // The results of the open plan, or null when no plan is open.
    void setResults(LiveResults *results);
    LiveResults *results() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    // "2 errors, 3 warnings", "1 warning", "No problems".
    QString summary() const;
    PlanProblem problem(int row) const { return m_rows.value(row).problem; }

public slots:
    void refresh();
    // Now, and with every text asked anew (after a change of language).
    void retranslate();

signals:
    // The counts may have changed (after every refresh).
    void countsChanged();

private:
    struct Row
    {
        PlanProblem problem;
        QString where;
        bool operator==(const Row &) const = default;
    };

    QPointer<LiveResults> m_results;
    QList<Row> m_rows;
    int m_errors = 0;
    int m_warnings = 0;
    QTimer m_delay;
};

} // namespace zeroplan
