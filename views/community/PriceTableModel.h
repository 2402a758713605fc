#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;
struct ChangeEvent;
struct Price;

// The plan's energy prices as an editable table: carrier, unit, price per unit in the plan's
// currency, source. They value the energy measures save, so without them every saving is 0
// and every cost per tonne too high. Every edit, addition and removal is an undo step; a
// value the plan would not accept (a carrier priced twice, a unit that doesn't fit the
// carrier, a negative price) is refused and said with refused(). The carrier and unit cells
// offer pickers (ChoicesRole).
class PriceTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
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

signals:
    void refused(const QString &message);

private:
    void onChanged(const ChangeEvent &event);
    QList<Price> missingRegionalPrices() const;
    QString problemWith(const QList<Price> &prices, int row) const;

    PlanDocument *m_document;
    int m_rows = 0; // rows the view knows, to tell a reset from a change
};

} // namespace zeroplan
