#pragma once

#include "common/PlanListModel.h"

namespace zeroplan {

class PlanDocument;
struct Price;

// The plan's energy prices as an editable table: carrier, unit, price per unit in the plan's
// currency, source. They value the energy measures save, so without them every saving is 0
// and every cost per tonne too high. Every edit, addition and removal is an undo step; a
// value the plan would not accept (a carrier priced twice, a unit that doesn't fit the
// carrier, a negative price) is refused and said with refused(). The carrier and unit cells
// offer pickers (ChoicesRole).
class PriceTableModel : public PlanListModel
{
    Q_OBJECT

public:
    enum Column
    {
        CarrierColumn,
        UnitColumn,
        PriceColumn,
        SourceColumn,
        ColumnCount
    };

    explicit PriceTableModel(PlanDocument *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // EditRole: the carrier id, the unit symbol, the price as a number, the source text.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds a price for the first energy carrier the baseline buys without one (else the first
    // energy carrier without one) in its usual unit; false with refused() if every one has one.
    bool addPrice();
    bool removePrice(int row);
    // The region's sourced prices (PriceLibrary) for the carriers the plan has no price for;
    // how many were added, 0 with refused() when the region has none to add.
    int addRegionalPrices();
    int regionalPricesMissing() const;

private:
    qsizetype listSize() const override;
    void partChanged(const ChangeEvent &event) override;
    QList<Price> missingRegionalPrices() const;
    QString problemWith(const QList<Price> &prices, int row) const;
};

} // namespace zeroplan
