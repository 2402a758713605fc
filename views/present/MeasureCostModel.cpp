#include "MeasureCostModel.h"

#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"

#include <QFont>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

// Names left, numbers right so that their digits line up.
int alignment(int column)
{
    const Qt::Alignment horizontal =
        column <= MeasureCostModel::OwnerColumn ? Qt::AlignLeft : Qt::AlignRight;
    return static_cast<int>(horizontal | Qt::AlignVCenter);
}

QString headerToolTip(int column)
{
    switch (column) {
    case MeasureCostModel::CapexColumn:
        return MeasureCostModel::tr("Investment summed over the horizon, renewals included, "
                                    "not discounted");
    case MeasureCostModel::OpexColumn:
        return MeasureCostModel::tr("Running costs summed over the horizon, not discounted");
    case MeasureCostModel::SavingsColumn:
        return MeasureCostModel::tr("Energy no longer bought, at the plan's prices, summed over "
                                    "the horizon, not discounted");
    case MeasureCostModel::NpvColumn:
        return MeasureCostModel::tr("Savings minus capex and opex, discounted to the base year "
                                    "at the plan's discount rate");
    case MeasureCostModel::AbatedColumn:
        return MeasureCostModel::tr("Emissions avoided or taken up over the horizon; carbon "
                                    "credits abate nothing, their tonnes bought are in brackets");
    case MeasureCostModel::CostPerTonneColumn:
        return MeasureCostModel::tr("Present cost per present tonne abated (levelised); below "
                                    "zero the measure saves money. Credits: the price per "
                                    "credit, in italics");
    default:
        return {};
    }
}

} // namespace

MeasureCostModel::MeasureCostModel(QObject *parent) : QAbstractTableModel(parent) {}

MeasureCostModel::Row MeasureCostModel::rowOf(const MeasureResult &m)
{
    Row r;
    r.name = m.name.isEmpty() ? m.measureId : m.name;
    r.owner = m.ownerGroup.isEmpty() ? QString() : MeasureCatalogue::ownerGroupName(m.ownerGroup);
    r.capex = m.capex.sum();
    r.opex = m.opex.sum();
    r.savings = m.savings.sum();
    r.npv = m.npv;
    if (m.isCredit()) {
        r.group = CreditGroup;
        r.abated = m.creditedTotal;
        r.costPerTonne = m.costPerCredit;
    } else {
        r.abated = m.abatedTotal;
        r.costPerTonne = m.costPerTonne;
    }
    return r;
}

// Sums of the columns that add up over one group's rows; the cost per tonne of the whole is
// levelised the same way as each measure's (Σ present cost / Σ present tonnes), which the
// scenario holds for the abating measures and for the credits apart.
MeasureCostModel::Row MeasureCostModel::totalsOf(const QString &name, RowGroup group,
                                                 const std::vector<Row> &rows,
                                                 std::optional<double> costPerTonne)
{
    Row t;
    t.name = name;
    t.group = group;
    for (const Row &r : rows) {
        t.capex += r.capex;
        t.opex += r.opex;
        t.savings += r.savings;
        t.npv += r.npv;
        t.abated += r.abated;
    }
    t.costPerTonne = costPerTonne;
    return t;
}

int MeasureCostModel::measureCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.group == MeasureGroup || r.group == CreditGroup;
    }));
}

bool MeasureCostModel::isTotalsRow(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return false;
    const RowGroup group = m_rows[size_t(row)].group;
    return group == MeasureTotalsGroup || group == CreditTotalsGroup;
}

bool MeasureCostModel::isCreditRow(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return false;
    const RowGroup group = m_rows[size_t(row)].group;
    return group == CreditGroup || group == CreditTotalsGroup;
}

void MeasureCostModel::setScenario(const ScenarioResult *result, const QString &currency)
{
    std::vector<Row> rows;
    if (result && !result->measures.empty()) {
        std::vector<Row> abating, credits;
        for (const MeasureResult &m : result->measures)
            (m.isCredit() ? credits : abating).push_back(rowOf(m));
        rows = abating;
        if (!abating.empty()) {
            rows.push_back(totalsOf(tr("Total, measures that abate"), MeasureTotalsGroup, abating,
                                    result->costPerTonne));
        }
        rows.insert(rows.end(), credits.begin(), credits.end());
        if (!credits.empty()) {
            rows.push_back(totalsOf(tr("Credits bought (not abatement)"), CreditTotalsGroup,
                                    credits, result->costPerCredit));
        }
    }
    const bool sameShape =
        std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                   [](const Row &a, const Row &b) { return a.group == b.group; });
    const bool newCurrency = currency != m_currency;
    if (!sameShape)
        beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    // One number of places for the whole Abated column, so that its digits line up: one
    // place if any row abates less than 100 t, none otherwise.
    m_abatedDecimals =
        std::any_of(m_rows.begin(), m_rows.end(),
                    [](const Row &r) { return r.abated != 0 && std::abs(r.abated) < 100; })
            ? 1
            : 0;
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same rows: say what changed, so a sorted view keeps its selection and scroll position.
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (newCurrency)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MeasureCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureCostModel::value(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case OwnerColumn:
        return row.owner;
    case CapexColumn:
        return row.capex;
    case OpexColumn:
        return row.opex;
    case SavingsColumn:
        return row.savings;
    case NpvColumn:
        return row.npv;
    case AbatedColumn:
        return row.abated;
    case CostPerTonneColumn:
        return row.costPerTonne ? QVariant(*row.costPerTonne) : QVariant();
    }
    return {};
}

QString MeasureCostModel::text(const Row &row, int column) const
{
    if (column == NameColumn || column == OwnerColumn)
        return value(row, column).toString();
    const bool credit = row.group == CreditGroup || row.group == CreditTotalsGroup;
    if (column == AbatedColumn) {
        const QString tonnes = NumberFormat::number(row.abated, m_abatedDecimals);
        return credit ? tr("(%1 bought)", "tonnes of carbon credits bought").arg(tonnes) : tonnes;
    }
    if (column == CostPerTonneColumn)
        return row.costPerTonne ? NumberFormat::number(*row.costPerTonne, 0) : tr("—");
    // Totals in the column's unit: whole units of the currency, or 万元 with one place.
    return NumberFormat::moneyInColumnUnit(value(row, column).toDouble(), m_currency);
}

QVariant MeasureCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case SortRole:
        return value(row, column);
    case TotalsRole:
        return isTotalsRow(index.row());
    case GroupRole:
        return int(row.group);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::FontRole: {
        // Totals bold; credits in italics, so they never read as abatement.
        const bool italic =
            isCreditRow(index.row()) && (column == AbatedColumn || column == CostPerTonneColumn);
        if (!isTotalsRow(index.row()) && !italic)
            return {};
        QFont font;
        font.setBold(isTotalsRow(index.row()));
        font.setItalic(italic);
        return font;
    }
    case Qt::ToolTipRole:
        if (isCreditRow(index.row())) {
            if (column == AbatedColumn)
                return tr("Carbon credits bought offset emissions on paper; they abate "
                          "nothing and are kept out of the abatement totals");
            if (column == CostPerTonneColumn)
                return tr("Price paid per credit (levelised), not a cost of abatement");
            return {};
        }
        if (column == CostPerTonneColumn && !row.costPerTonne)
            return tr("Abates nothing, so it has no cost per tonne");
        return {};
    default:
        return {};
    }
}

QVariant MeasureCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Measure");
    case OwnerColumn:
        return tr("Working group");
    case CapexColumn:
        return tr("Capex (%1)").arg(NumberFormat::moneyColumnUnit(m_currency));
    case OpexColumn:
        return tr("Opex (%1)").arg(NumberFormat::moneyColumnUnit(m_currency));
    case SavingsColumn:
        return tr("Savings (%1)").arg(NumberFormat::moneyColumnUnit(m_currency));
    case NpvColumn:
        return tr("NPV (%1)").arg(NumberFormat::moneyColumnUnit(m_currency));
    case AbatedColumn:
        return tr("Abated (%1)").arg(NumberFormat::tonnesUnit());
    case CostPerTonneColumn:
        return tr("Cost (%1/%2)")
            .arg(NumberFormat::currencyUnit(m_currency), NumberFormat::tonnesUnit());
    }
    return {};
}

} // namespace zeroplan
