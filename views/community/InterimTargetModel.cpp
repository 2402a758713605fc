#include "InterimTargetModel.h"

#include "ChangeValue.h"
#include "CommunityRules.h"
#include "PlanFields.h"
#include "present/NumberFormat.h"

#include <cmath>

namespace zeroplan {
namespace {

const QList<InterimTarget> &targetsOf(const PlanDocument *document)
{
    return document->plan().community.targets.interim;
}

} // namespace

InterimTargetModel::InterimTargetModel(PlanDocument *document, QObject *parent)
    : PlanListModel(document, ColumnCount, {ChangeEvent::Part::Community}, parent)
{
    takeSize();
}

qsizetype InterimTargetModel::listSize() const
{
    return targetsOf(document()).size();
}

QVariant InterimTargetModel::data(const QModelIndex &index, int role) const
{
    const QList<InterimTarget> &targets = targetsOf(document());
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= targets.size())
        return {};
    const InterimTarget &t = targets.at(index.row());
    const bool year = index.column() == YearColumn;
    switch (role) {
    case Qt::DisplayRole:
        return year ? NumberFormat::year(t.year) : NumberFormat::percent(t.cut, 1);
    case Qt::EditRole:
        return year ? QVariant(t.year) : QVariant(t.cut * 100.0);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant InterimTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == YearColumn ? tr("Year") : tr("Cut (% of base-year gross)");
}

bool InterimTargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    QList<InterimTarget> targets = targetsOf(document());
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= targets.size())
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    InterimTarget &t = targets[index.row()];
    if (index.column() == YearColumn)
        t.year = ok && std::isfinite(number) ? int(std::lround(number)) : 0;
    else
        t.cut = ok ? number / 100.0 : std::nan("");
    const QString problem = CommunityRules::interimTarget(document()->plan(), index.row(), t);
    if (!problem.isEmpty()) {
        emit refused(problem);
        return false;
    }
    // One undo step per cell while it is edited again and again (the key names the cell).
    PlanField<QList<InterimTarget>> field = PlanFields::interimTargets();
    field.key +=
        QStringLiteral("/%1/%2")
            .arg(index.row())
            .arg(index.column() == YearColumn ? QLatin1String("year") : QLatin1String("cut"));
    field.text = tr("Change interim target");
    document()->undoStack()->push(
        new ChangeValue<QList<InterimTarget>>(document(), field, targets));
    return true;
}

bool InterimTargetModel::addTarget()
{
    const Plan &plan = document()->plan();
    const QList<InterimTarget> &targets = targetsOf(document());
    const Community &c = plan.community;
    InterimTarget added;
    added.cut = targets.isEmpty() ? 0.5 : targets.last().cut;
    const int preferred = targets.isEmpty() ? c.baseYear + 5 : targets.last().year + 5;
    // The preferred year if free and inside the horizon, else the first free year after the
    // base year.
    for (int year : {std::min(preferred, c.horizonEnd), c.baseYear + 1}) {
        for (added.year = year; added.year <= c.horizonEnd; ++added.year) {
            if (CommunityRules::interimTarget(plan, targets.size(), added).isEmpty()) {
                pushSeparateStep(document(), tr("Add interim target"), PlanFields::interimTargets(),
                                 targets + QList{added});
                return true;
            }
        }
    }
    emit refused(tr("Interim targets: every year of the horizon already has a target."));
    return false;
}

bool InterimTargetModel::removeTarget(int row)
{
    QList<InterimTarget> targets = targetsOf(document());
    if (row < 0 || row >= targets.size())
        return false;
    targets.removeAt(row);
    pushSeparateStep(document(), tr("Remove interim target"), PlanFields::interimTargets(),
                     targets);
    return true;
}

} // namespace zeroplan
