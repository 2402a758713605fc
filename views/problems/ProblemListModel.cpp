#include "ProblemListModel.h"

#include "PlanDocument.h"
#include "ProblemLocation.h"
#include "common/ProblemIcon.h"
#include "present/LiveResults.h"

namespace zeroplan {

ProblemListModel::ProblemListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, &ProblemListModel::refresh);
}

void ProblemListModel::setResults(LiveResults *results)
{
    if (m_results)
        disconnect(m_results, nullptr, &m_delay, nullptr);
    m_results = results;
    if (results)
        connect(results, &LiveResults::updated, &m_delay, qOverload<>(&QTimer::start));
    refresh();
}

LiveResults *ProblemListModel::results() const
{
    return m_results;
}

void ProblemListModel::refresh()
{
    m_delay.stop();
    QList<Row> rows;
    if (m_results) {
        const Plan &plan = m_results->document()->plan();
        for (const PlanProblem &p : m_results->problems())
            rows.append({p, ProblemLocation::of(p.path).describe(plan)});
    }
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        m_errors = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
            return r.problem.severity == PlanProblem::Severity::Error;
        }));
        m_warnings = int(m_rows.size()) - m_errors;
        endResetModel();
    }
    emit countsChanged();
}

void ProblemListModel::retranslate()
{
    refresh();
    beginResetModel(); // the severities and headers are words too
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool error = row.problem.severity == PlanProblem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return error ? tr("Error") : tr("Warning");
        case WhereColumn:
            return row.where;
        case MessageColumn:
            return row.problem.message;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(problemIcon(row.problem.severity))
                                                : QVariant();
    case Qt::ToolTipRole:
        return index.column() == MessageColumn
                   ? row.problem.message
                   : QString(row.where + QLatin1Char('\n') + row.problem.path);
    case PathRole:
        return row.problem.path;
    case SeverityRole:
        return int(row.problem.severity);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case WhereColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

QString ProblemListModel::summary() const
{
    if (m_errors == 0 && m_warnings == 0)
        return tr("No problems");
    if (m_warnings == 0)
        return tr("%n error(s)", nullptr, m_errors);
    if (m_errors == 0)
        return tr("%n warning(s)", nullptr, m_warnings);
    return tr("%1, %2", "errors, warnings")
        .arg(tr("%n error(s)", nullptr, m_errors), tr("%n warning(s)", nullptr, m_warnings));
}

} // namespace zeroplan
