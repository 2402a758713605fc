#include "PlanListModel.h"

#include "PlanDocument.h"

namespace zeroplan {

PlanListModel::PlanListModel(PlanDocument *document, int columns, QList<ChangeEvent::Part> parts,
                             QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_columns(columns),
      m_parts(std::move(parts))
{
    connect(document, &PlanDocument::changed, this, &PlanListModel::onChanged);
}

void PlanListModel::takeSize()
{
    m_rows = int(listSize());
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags PlanListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

void PlanListModel::onChanged(const ChangeEvent &event)
{
    if (event.part != ChangeEvent::Part::Plan && !m_parts.contains(event.part))
        return;
    partChanged(event);
    const int rows = int(listSize());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, m_columns - 1));
        return;
    }
    // An item was added or removed (or the plan replaced): the list is short, start again.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace zeroplan
