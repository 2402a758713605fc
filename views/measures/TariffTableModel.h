#pragma once

#include "common/PlanListModel.h"

#include <QList>
#include <QString>

namespace zeroplan {

class PlanDocument;
struct MeasureTariff;

// A measure's own tariffs as an editable table (docs/measures.md, "A measure's own tariff"):
// carrier, unit, price in the plan's currency, cap per household and year (empty: no cap),
// source. Every edit, addition and removal is an undo step; a value the plan would not accept
// (a carrier given twice, a unit that does not fit the carrier, a negative price, a cap not
// above zero) is refused and said with refused(). The carrier and unit cells offer pickers.
class TariffTableModel : public PlanListModel
{
    Q_OBJECT

public:
    enum Column
    {
        CarrierColumn,
        UnitColumn,
        PriceColumn,
        CapColumn,
        SourceColumn,
        ColumnCount
    };

    TariffTableModel(PlanDocument *document, const QString &measureId, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // EditRole: the carrier id, the unit symbol, the price and the cap as numbers (an empty cap
    // is no cap), the source text.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds a tariff for electricity (else the first energy carrier without one), starting at
    // the plan's price of it so that nothing changes until the price is edited; false with
    // refused() if every carrier has one.
    bool addTariff();
    bool removeTariff(int row);
    // Beijing's coal-to-electricity valley tariff as the measure's electricity tariff (in
    // place of one it has); false with refused() for a plan that does not count in CNY.
    bool applyBeijingValleyTariff();

private:
    qsizetype listSize() const override;
    void partChanged(const ChangeEvent &event) override;
    const QList<MeasureTariff> *tariffs() const;
    QString problemWith(const QList<MeasureTariff> &tariffs, int row) const;
    void push(const QString &text, const QList<MeasureTariff> &tariffs, int row = -1,
              int column = -1);

    QString m_measureId;
};

} // namespace zeroplan
