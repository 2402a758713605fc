#include "IndicatorListModel.h"

#include "IndicatorEdits.h"
#include "PlanDocument.h"
#include "plan/Plan.h"
#include "present/IndicatorText.h"
#include "present/NumberFormat.h"

namespace zeroplan {

IndicatorListModel::IndicatorListModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void IndicatorListModel::refresh()
{
    const int rows = int(m_document->plan().monitoring.indicators.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const Indicator *IndicatorListModel::indicator(int row) const
{
    const QList<Indicator> &all = m_document->plan().monitoring.indicators;
    return row >= 0 && row < all.size() && row < m_rows ? &all.at(row) : nullptr;
}

int IndicatorListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows; ++i) {
        if (indicator(i) && indicator(i)->id == id)
            return i;
    }
    return -1;
}

int IndicatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndicatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    const Indicator *i = indicator(index.row());
    if (!i || !index.isValid())
        return {};
    const IndicatorValue *latest = IndicatorEdits::latestActual(*i);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return i->name;
        case Unit:
            return i->unit;
        case Source:
            return i->source;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LatestYear:
            return latest ? NumberFormat::year(latest->year) : tr("—");
        case Actual:
            return latest ? IndicatorText::figure(*latest->actual) : tr("—");
        case Plan:
            return latest && latest->plan ? IndicatorText::figure(*latest->plan) : tr("—");
        case Versus:
            return IndicatorText::versusPlan(*i);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Versus)
        return tr("The latest year with an actual figure: actual minus plan, in the "
                  "indicator's unit, and the actual as a share of the plan.");
    if (role == Qt::TextAlignmentRole && index.column() >= LatestYear && index.column() <= Versus)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool IndicatorListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Indicator *i = indicator(index.row());
    if (role != Qt::EditRole || !i)
        return false;
    const QString id = i->id;
    const QString text = value.toString();
    QString error;
    EditMonitoring *command = nullptr;
    switch (index.column()) {
    case Name:
        command = IndicatorEdits::setName(m_document, id, text, &error);
        break;
    case Unit:
        command = IndicatorEdits::setUnit(m_document, id, text);
        break;
    case Source:
        command = IndicatorEdits::setSource(m_document, id, text);
        break;
    default:
        return false;
    }
    if (!command) {
        if (!error.isEmpty())
            emit refused(error);
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

Qt::ItemFlags IndicatorListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Unit || index.column() == Source)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case LatestYear:
        return tr("Latest actual");
    case Actual:
        return tr("Actual");
    case Plan:
        return tr("Plan");
    case Versus:
        return tr("Actual vs plan");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace zeroplan
