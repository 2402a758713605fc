#include "PriceTableModel.h"

#include "ChangeValue.h"
#include "PlanFields.h"
#include "common/EnergyPicker.h"
#include "inventory/ActivityLine.h"
#include "inventory/Carrier.h"
#include "inventory/Units.h"
#include "plan/PriceLibrary.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

const QList<Price> &pricesOf(const PlanDocument *document)
{
    return document->plan().prices;
}

using EnergyPicker::isPriceable;

bool priced(const QList<Price> &prices, const QString &carrier)
{
    return std::any_of(prices.cbegin(), prices.cend(),
                       [&](const Price &p) { return p.carrier == carrier; });
}

QString priceText(double price)
{
    return QLocale().toString(price, 'g', 6);
}

} // namespace

PriceTableModel::PriceTableModel(PlanDocument *document, QObject *parent)
    : PlanListModel(document, ColumnCount,
                    {ChangeEvent::Part::Prices, ChangeEvent::Part::Community}, parent)
{
    takeSize();
}

qsizetype PriceTableModel::listSize() const
{
    return pricesOf(document()).size();
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    const QList<Price> &prices = pricesOf(document());
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= prices.size())
        return {};
    const Price &p = prices.at(index.row());
    const Carrier *carrier = Carriers::find(p.carrier);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CarrierColumn:
            return carrier ? carrier->displayName() : p.carrier;
        case UnitColumn:
            return p.unit;
        case PriceColumn:
            return priceText(p.price);
        case SourceColumn: // a shipped price's source in the window's language
            return PriceLibrary::builtIn().displaySource(p);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case CarrierColumn:
            return p.carrier;
        case UnitColumn:
            return p.unit;
        case PriceColumn:
            return p.price;
        case SourceColumn:
            return p.source;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn || index.column() == PriceColumn)
            return p.source.isEmpty() ? tr("Say where the price comes from: a bill, a tariff "
                                           "notice")
                                      : PriceLibrary::builtIn().displaySource(p);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ChoicesRole: {
        if (index.column() == CarrierColumn)
            return QVariant::fromValue(EnergyPicker::carrierChoices());
        if (index.column() == UnitColumn)
            return QVariant::fromValue(EnergyPicker::unitChoices(carrier));
        return QVariant::fromValue(QList<PickerChoice>());
    }
    default:
        break;
    }
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case CarrierColumn:
        return tr("Carrier");
    case UnitColumn:
        return tr("Unit");
    case PriceColumn:
        return tr("Price (%1 per unit)").arg(document()->plan().community.currency);
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    QList<Price> prices = pricesOf(document());
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= prices.size())
        return false;
    Price &p = prices[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case CarrierColumn: {
        const Carrier *carrier = Carriers::find(text);
        if (!carrier || !isPriceable(*carrier)) {
            emit refused(
                tr("Energy prices: “%1” is not an energy carrier a price can value.").arg(text));
            return false;
        }
        if (p.carrier != carrier->id)
            p.unit = carrier->usualUnit; // the unit follows the carrier, as on a baseline line
        p.carrier = carrier->id;
        break;
    }
    case UnitColumn: {
        const auto unit = Units::find(text);
        p.unit = unit ? unit->symbol : text;
        break;
    }
    case PriceColumn:
        p.price = EnergyPicker::cellNumber(value);
        break;
    case SourceColumn:
        p.source = value.toString();
        break;
    default:
        return false;
    }
    if (const QString problem = problemWith(prices, index.row()); !problem.isEmpty()) {
        emit refused(problem);
        return false;
    }
    // One undo step per cell while it is edited again and again (the key names the cell).
    PlanField<QList<Price>> field = PlanFields::prices();
    field.key += QStringLiteral("/%1/%2").arg(index.row()).arg(index.column());
    field.text = tr("Change energy price");
    document()->undoStack()->push(new ChangeValue<QList<Price>>(document(), field, prices));
    return true;
}

QString PriceTableModel::problemWith(const QList<Price> &prices, int row) const
{
    const Price &p = prices.at(row);
    const Carrier *carrier = Carriers::find(p.carrier);
    const auto unit = Units::find(p.unit);
    if (!unit || (carrier && !carrier->fits(unit->dimension)))
        return tr("Energy prices: %1 is not a unit %2 can be priced in.")
            .arg(p.unit, carrier ? carrier->displayName() : p.carrier);
    if (!std::isfinite(p.price) || p.price < 0)
        return tr("Energy prices: the price must be a number of at least 0.");
    for (int i = 0; i < prices.size(); ++i) {
        if (i != row && prices.at(i).carrier == p.carrier)
            return tr("Energy prices: %1 has a price already (row %2).")
                .arg(carrier ? carrier->displayName() : p.carrier)
                .arg(i + 1);
    }
    return {};
}

bool PriceTableModel::addPrice()
{
    const Plan &plan = document()->plan();
    const QList<Price> &prices = pricesOf(document());
    const Carrier *next = nullptr;
    for (const ActivityLine &line : plan.activities) { // what the baseline buys, first
        const Carrier *c = Carriers::find(line.carrier);
        if (c && isPriceable(*c) && !priced(prices, c->id)) {
            next = c;
            break;
        }
    }
    for (const Carrier &c : Carriers::all()) {
        if (!next && isPriceable(c) && !priced(prices, c.id))
            next = &c;
    }
    if (!next) {
        emit refused(tr("Energy prices: every energy carrier has a price already."));
        return false;
    }
    pushSeparateStep(document(), tr("Add energy price"), PlanFields::prices(),
                     prices + QList<Price>{Price{next->id, next->usualUnit, 0, QString()}});
    return true;
}

bool PriceTableModel::removePrice(int row)
{
    QList<Price> prices = pricesOf(document());
    if (row < 0 || row >= prices.size())
        return false;
    prices.removeAt(row);
    pushSeparateStep(document(), tr("Remove energy price"), PlanFields::prices(), prices);
    return true;
}

QList<Price> PriceTableModel::missingRegionalPrices() const
{
    const Community &c = document()->plan().community;
    QList<Price> missing;
    for (const Price &p : PriceLibrary::builtIn().defaultsFor(c.gridRegion, c.currency)) {
        if (!priced(pricesOf(document()), p.carrier))
            missing.append(p);
    }
    return missing;
}

int PriceTableModel::regionalPricesMissing() const
{
    return int(missingRegionalPrices().size());
}

int PriceTableModel::addRegionalPrices()
{
    const QList<Price> missing = missingRegionalPrices();
    if (missing.isEmpty()) {
        const Community &c = document()->plan().community;
        emit refused(c.gridRegion.isEmpty()
                         ? tr("Energy prices: choose the grid region first.")
                         : tr("Energy prices: ZeroPlan has no further sourced prices in %1 for "
                              "%2; enter the community's own from its bills.")
                               .arg(c.currency, c.gridRegion));
        return 0;
    }
    pushSeparateStep(document(), tr("Add regional energy prices"), PlanFields::prices(),
                     pricesOf(document()) + missing);
    return int(missing.size());
}

void PriceTableModel::partChanged(const ChangeEvent &event)
{
    if (event.part == ChangeEvent::Part::Community)
        emit headerDataChanged(Qt::Horizontal, PriceColumn, PriceColumn); // the currency
}

} // namespace zeroplan
