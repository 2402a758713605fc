#include "TariffTableModel.h"

#include "ChangeValue.h"
#include "MeasureIndex.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "common/EnergyPicker.h"
#include "inventory/Carrier.h"
#include "inventory/Units.h"
#include "residents/PayerPresets.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString carrierName(const QString &id)
{
    const Carrier *carrier = Carriers::find(id);
    return carrier ? carrier->displayName() : id;
}

} // namespace

TariffTableModel::TariffTableModel(PlanDocument *document, const QString &measureId,
                                   QObject *parent)
    : PlanListModel(document, ColumnCount,
                    {ChangeEvent::Part::Measures, ChangeEvent::Part::Community}, parent),
      m_measureId(measureId)
{
    takeSize();
}

const QList<MeasureTariff> *TariffTableModel::tariffs() const
{
    const Measure *m = document()->plan().findMeasure(m_measureId);
    return m ? &m->tariffs : nullptr;
}

qsizetype TariffTableModel::listSize() const
{
    const QList<MeasureTariff> *list = tariffs();
    return list ? list->size() : 0;
}

QVariant TariffTableModel::data(const QModelIndex &index, int role) const
{
    const QList<MeasureTariff> *list = tariffs();
    if (!list || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= list->size())
        return {};
    const MeasureTariff &t = list->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CarrierColumn:
            return carrierName(t.carrier);
        case UnitColumn:
            return t.unit;
        case PriceColumn:
            return numberText(t.price);
        case CapColumn:
            return t.capPerHousehold ? numberText(*t.capPerHousehold) : tr("no cap");
        case SourceColumn:
            return t.source;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case CarrierColumn:
            return t.carrier;
        case UnitColumn:
            return t.unit;
        case PriceColumn:
            return t.price;
        case CapColumn:
            return t.capPerHousehold ? QVariant(*t.capPerHousehold) : QVariant(QString());
        case SourceColumn:
            return t.source;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CapColumn)
            return tr("Units a year per household the measure reaches that are bought at this "
                      "price; the rest at the plan's price. Empty: no cap");
        if (index.column() == SourceColumn || index.column() == PriceColumn)
            return t.source.isEmpty() ? tr("Say where the tariff comes from: a notice, a contract")
                                      : t.source;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == CapColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ChoicesRole:
        if (index.column() == CarrierColumn)
            return QVariant::fromValue(EnergyPicker::carrierChoices());
        if (index.column() == UnitColumn)
            return QVariant::fromValue(EnergyPicker::unitChoices(Carriers::find(t.carrier)));
        return QVariant::fromValue(QList<PickerChoice>());
    default:
        break;
    }
    return {};
}

QVariant TariffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case CapColumn:
        return tr("Cap per household a year");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

bool TariffTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QList<MeasureTariff> *current = tariffs();
    if (!current || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= current->size())
        return false;
    QList<MeasureTariff> list = *current;
    MeasureTariff &t = list[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case CarrierColumn: {
        const Carrier *carrier = Carriers::find(text);
        if (!carrier || !EnergyPicker::isPriceable(*carrier)) {
            emit refused(
                tr("Own tariffs: “%1” is not an energy carrier a tariff can price.").arg(text));
            return false;
        }
        if (t.carrier != carrier->id)
            t.unit = carrier->usualUnit; // the unit follows the carrier, as on a baseline line
        t.carrier = carrier->id;
        break;
    }
    case UnitColumn: {
        const auto unit = Units::find(text);
        t.unit = unit ? unit->symbol : text;
        break;
    }
    case PriceColumn:
        t.price = EnergyPicker::cellNumber(value);
        break;
    case CapColumn:
        if (text.isEmpty())
            t.capPerHousehold.reset();
        else
            t.capPerHousehold = EnergyPicker::cellNumber(value);
        break;
    case SourceColumn:
        t.source = value.toString();
        break;
    default:
        return false;
    }
    if (const QString problem = problemWith(list, index.row()); !problem.isEmpty()) {
        emit refused(problem);
        return false;
    }
    push(tr("Change own tariff"), list, index.row(), index.column());
    return true;
}

QString TariffTableModel::problemWith(const QList<MeasureTariff> &list, int row) const
{
    const MeasureTariff &t = list.at(row);
    const Carrier *carrier = Carriers::find(t.carrier);
    const auto unit = Units::find(t.unit);
    if (!unit || (carrier && !carrier->fits(unit->dimension)))
        return tr("Own tariffs: %1 is not a unit %2 can be priced in.")
            .arg(t.unit, carrierName(t.carrier));
    if (!std::isfinite(t.price) || t.price < 0)
        return tr("Own tariffs: the price must be a number of at least 0.");
    if (t.capPerHousehold && !(std::isfinite(*t.capPerHousehold) && *t.capPerHousehold > 0))
        return tr("Own tariffs: the cap must be a number above 0, or empty for no cap.");
    for (int i = 0; i < list.size(); ++i) {
        if (i != row && list.at(i).carrier == t.carrier)
            return tr("Own tariffs: %1 has a tariff already (row %2).")
                .arg(carrierName(t.carrier))
                .arg(i + 1);
    }
    return {};
}

void TariffTableModel::push(const QString &text, const QList<MeasureTariff> &list, int row,
                            int column)
{
    const Plan &plan = document()->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index < 0)
        return;
    PlanField<QList<MeasureTariff>> field = PlanFields::measureTariffs(plan, index);
    if (row < 0) {
        pushSeparateStep(document(), text, field, list);
        return;
    }
    // One undo step per cell while it is edited again and again (the key names the cell).
    field.key += QStringLiteral("/%1/%2").arg(row).arg(column);
    field.text = text;
    document()->undoStack()->push(new ChangeValue<QList<MeasureTariff>>(document(), field, list));
}

bool TariffTableModel::addTariff()
{
    const QList<MeasureTariff> *current = tariffs();
    if (!current)
        return false;
    const auto taken = [&](const QString &carrier) {
        return std::any_of(current->cbegin(), current->cend(),
                           [&](const MeasureTariff &t) { return t.carrier == carrier; });
    };
    const Carrier *next = nullptr;
    if (!taken(QStringLiteral("electricity")))
        next = Carriers::find(QStringLiteral("electricity"));
    for (const Carrier &c : Carriers::all()) {
        if (!next && EnergyPicker::isPriceable(c) && !taken(c.id))
            next = &c;
    }
    if (!next) {
        emit refused(tr("Own tariffs: every energy carrier has a tariff already."));
        return false;
    }
    const double price = document()->plan().priceOf(next->id, next->usualUnit);
    push(tr("Add own tariff"),
         *current + QList<MeasureTariff>{{next->id, next->usualUnit, price, {}, QString()}});
    return true;
}

bool TariffTableModel::removeTariff(int row)
{
    const QList<MeasureTariff> *current = tariffs();
    if (!current || row < 0 || row >= current->size())
        return false;
    QList<MeasureTariff> list = *current;
    list.removeAt(row);
    push(tr("Remove own tariff"), list);
    return true;
}

bool TariffTableModel::applyBeijingValleyTariff()
{
    const QList<MeasureTariff> *current = tariffs();
    if (!current)
        return false;
    const QString currency = document()->plan().community.currency;
    if (currency != QLatin1String("CNY")) {
        emit refused(tr("Own tariffs: the Beijing valley tariff is in CNY, and this plan counts "
                        "in %1.")
                         .arg(currency));
        return false;
    }
    const MeasureTariff beijing = PayerPresets::beijingValleyTariff();
    QList<MeasureTariff> list = *current;
    const auto it = std::find_if(list.begin(), list.end(), [&](const MeasureTariff &t) {
        return t.carrier == beijing.carrier;
    });
    if (it != list.end())
        *it = beijing;
    else
        list.append(beijing);
    push(tr("Apply the Beijing valley tariff"), list);
    return true;
}

void TariffTableModel::partChanged(const ChangeEvent &event)
{
    if (event.part == ChangeEvent::Part::Community)
        emit headerDataChanged(Qt::Horizontal, PriceColumn, PriceColumn); // the currency
}

} // namespace zeroplan
