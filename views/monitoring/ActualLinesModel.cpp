#include "ActualLinesModel.h"

#include "MonitoringEdits.h"
#include "PlanDocument.h"
#include "inventory/Sector.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "storage/ProblemReport.h"

namespace zeroplan {

namespace {

const ActualInventory *actualOf(const PlanDocument *document, int year)
{
    return document->plan().monitoring.actual(year);
}

} // namespace

ActualLinesModel::ActualLinesModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void ActualLinesModel::setYear(int year)
{
    m_year = year;
    refresh();
}

void ActualLinesModel::refresh()
{
    const ActualInventory *actual = actualOf(m_document, m_year);
    const int rows = actual ? int(actual->activities.size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int ActualLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActualLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActualLinesModel::data(const QModelIndex &index, int role) const
{
    const ActualInventory *actual = actualOf(m_document, m_year);
    if (!actual || !index.isValid() || index.row() >= actual->activities.size())
        return {};
    const ActivityLine &line = actual->activities.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return tr("%1 — %2, %3")
                .arg(sectorName(line.sector), subsectorName(line.subsector),
                     ProblemReport::carrierName(line.carrier));
        case Unit:
            return NumberFormat::activityUnit(line.unit);
        case Baseline: {
            for (const ActivityLine &b : m_document->plan().activities) {
                if (b.id == line.id)
                    return NumberFormat::significant(b.amount);
            }
            return tr("—");
        }
        case Amount:
            return NumberFormat::significant(line.amount);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && index.column() == Amount)
        return line.amount;
    if (role == Qt::ToolTipRole && index.column() == Line)
        return line.note.isEmpty() ? line.id : line.note;
    if (role == Qt::TextAlignmentRole && index.column() >= Baseline)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool ActualLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Amount)
        return false;
    bool ok = false;
    const double amount = value.toDouble(&ok);
    if (!ok)
        return false;
    EditMonitoring *command =
        EditMonitoring::setActualAmount(m_document, m_year, index.row(), amount);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

Qt::ItemFlags ActualLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Amount)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActualLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Activity line");
    case Unit:
        return tr("Unit");
    case Baseline:
        return tr("Baseline amount");
    case Amount:
        return tr("Actual amount");
    default:
        return {};
    }
}

} // namespace zeroplan
