#include "IndicatorValuesModel.h"

#include "IndicatorEdits.h"
#include "PlanDocument.h"
#include "plan/Plan.h"
#include "present/IndicatorText.h"
#include "present/NumberFormat.h"

#include <QLocale>

namespace zeroplan {

namespace {

// A figure typed in a cell, in the user's locale or with a decimal point; empty: none.
// False when the text is not a number.
bool parseFigure(const QVariant &value, std::optional<double> *figure)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        *figure = value.toDouble();
        return true;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        figure->reset();
        return true;
    }
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = text.toDouble(&ok);
    if (ok)
        *figure = number;
    return ok;
}

} // namespace

IndicatorValuesModel::IndicatorValuesModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void IndicatorValuesModel::setIndicator(const QString &id)
{
    if (id != m_id) {
        beginResetModel();
        m_id = id;
        m_rows = indicator() ? int(indicator()->values.size()) : 0;
        endResetModel();
        return;
    }
    refresh();
}

void IndicatorValuesModel::refresh()
{
    const int rows = indicator() ? int(indicator()->values.size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const Indicator *IndicatorValuesModel::indicator() const
{
    return m_id.isEmpty() ? nullptr : IndicatorEdits::find(m_document->plan().monitoring, m_id);
}

int IndicatorValuesModel::yearAt(int row) const
{
    const Indicator *i = indicator();
    return i && row >= 0 && row < i->values.size() && row < m_rows ? i->values.at(row).year : 0;
}

int IndicatorValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndicatorValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValuesModel::data(const QModelIndex &index, int role) const
{
    const Indicator *i = indicator();
    if (!i || !index.isValid() || index.row() >= i->values.size() || index.row() >= m_rows)
        return {};
    const IndicatorValue &v = i->values.at(index.row());
    const auto figure = [role](const std::optional<double> &value) -> QVariant {
        if (role == Qt::EditRole)
            return value ? QLocale().toString(*value, 'g', 12) : QString();
        return value ? IndicatorText::figure(*value) : QString();
    };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Year:
            return NumberFormat::year(v.year);
        case Plan:
            return figure(v.plan);
        case Actual:
            return figure(v.actual);
        case Source:
            return v.source;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() <= Actual)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool IndicatorValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int year = yearAt(index.row());
    if (role != Qt::EditRole || year == 0)
        return false;
    QString error;
    EditMonitoring *command = nullptr;
    if (index.column() == Source) {
        command = IndicatorEdits::setYearSource(m_document, m_id, year, value.toString());
    } else if (index.column() == Plan || index.column() == Actual) {
        std::optional<double> figure;
        if (!parseFigure(value, &figure)) {
            emit refused((index.column() == Plan ? tr("Plan: “%1” is not a number.")
                                                 : tr("Actual: “%1” is not a number."))
                             .arg(value.toString()));
            return false;
        }
        command = index.column() == Plan
                      ? IndicatorEdits::setPlanValue(m_document, m_id, year, figure, &error)
                      : IndicatorEdits::setActualValue(m_document, m_id, year, figure, &error);
    } else {
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

Qt::ItemFlags IndicatorValuesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() != Year)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year:
        return tr("Year");
    case Plan:
        return tr("Plan");
    case Actual:
        return tr("Actual");
    case Source:
        return tr("Source of the year");
    default:
        return {};
    }
}

} // namespace zeroplan
