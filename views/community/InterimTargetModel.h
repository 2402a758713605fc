#pragma once

#include "common/PlanListModel.h"

namespace zeroplan {

class PlanDocument;

// The plan's interim targets as an editable table: year and cut (% of base-year gross
// emissions). Every edit, addition and removal is an undo step on the document; a value the
// plan would not accept (year outside the horizon, cut outside 0–100 %, a second target for
// a year) is refused and said with refused().
class InterimTargetModel : public PlanListModel
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        CutColumn,
        ColumnCount
    };

    explicit InterimTargetModel(PlanDocument *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // EditRole: the year as int, the cut in percent (40 = −40 %).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds a target five years after the last (or the first free year in the horizon) with
    // the last one's cut; false with refused() when every year already has one.
    bool addTarget();
    bool removeTarget(int row);

private:
    qsizetype listSize() const override;
};

} // namespace zeroplan
