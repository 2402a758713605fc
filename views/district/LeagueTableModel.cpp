#include "LeagueTableModel.h"

#include "DistrictChange.h"
#include "DistrictDocument.h"
#include "common/PickerChoice.h"
#include "district/LeagueTable.h"
#include "present/NumberFormat.h"

namespace zeroplan {

namespace {

std::optional<LeagueColumn> leagueColumn(int column)
{
    switch (column) {
    case LeagueTableModel::Name:
        return LeagueColumn::Name;
    case LeagueTableModel::Type:
        return LeagueColumn::Type;
    case LeagueTableModel::Households:
        return LeagueColumn::Households;
    case LeagueTableModel::Population:
        return LeagueColumn::Population;
    case LeagueTableModel::BaseGross:
        return LeagueColumn::BaseGross;
    case LeagueTableModel::GrossPerResident:
        return LeagueColumn::GrossPerResident;
    case LeagueTableModel::TargetNet:
        return LeagueColumn::TargetNet;
    case LeagueTableModel::NetPerResident:
        return LeagueColumn::NetPerResident;
    case LeagueTableModel::PlannedReduction:
        return LeagueColumn::PlannedReduction;
    case LeagueTableModel::NeutralityYear:
        return LeagueColumn::NeutralityYear;
    case LeagueTableModel::CostPerTonne:
        return LeagueColumn::CostPerTonne;
    case LeagueTableModel::LatestDataYear:
        return LeagueColumn::LatestDataYear;
    default:
        return std::nullopt;
    }
}

} // namespace

LeagueTableModel::LeagueTableModel(DistrictDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    refresh();
}

void LeagueTableModel::refresh()
{
    beginResetModel();
    m_rows = LeagueTable::rows(m_document->rollup());
    endResetModel();
}

int LeagueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeagueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeagueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Community");
    case Type:
        return tr("Type");
    case Scenario:
        return tr("Scenario counted");
    case Households:
        return tr("Households");
    case Population:
        return tr("Residents");
    case BaseGross:
        return tr("Base year (%1)").arg(NumberFormat::tonnesPerYearUnit());
    case GrossPerResident:
        return tr("Per resident (%1)").arg(NumberFormat::tonnesUnit());
    case TargetYear:
        return tr("Target year");
    case TargetNet:
        return tr("Net in target year (%1)").arg(NumberFormat::tonnesPerYearUnit());
    case NetPerResident:
        return tr("Net per resident (%1)").arg(NumberFormat::tonnesUnit());
    case PlannedReduction:
        return tr("Planned cut");
    case NeutralityYear:
        return tr("Neutral from");
    case CostPerTonne:
        return tr("Cost per tonne");
    case LatestDataYear:
        return tr("Latest data");
    default:
        return {};
    }
}

QVariant LeagueTableModel::display(const LeagueRow &row, int column) const
{
    const auto optional = [](const std::optional<double> &value, auto format) -> QVariant {
        return value ? format(*value) : QStringLiteral("—");
    };
    switch (column) {
    case Name:
        return row.name;
    case Type:
        return communityTypeName(row.type);
    case Scenario:
        return row.scenario.isEmpty() ? tr("Business as usual (no scenario)") : row.scenario;
    case Households:
        return NumberFormat::number(row.households);
    case Population:
        return NumberFormat::number(row.population);
    case BaseGross:
        return NumberFormat::number(row.baseGross);
    case GrossPerResident:
        return optional(row.grossPerResident, [](double v) { return NumberFormat::number(v, 2); });
    case TargetYear:
        return NumberFormat::year(row.targetYear);
    case TargetNet:
        return NumberFormat::number(row.targetNet);
    case NetPerResident:
        return optional(row.netPerResident, [](double v) { return NumberFormat::number(v, 2); });
    case PlannedReduction:
        return optional(row.plannedReduction, [](double v) { return NumberFormat::percent(v); });
    case NeutralityYear:
        return row.neutralityYear ? NumberFormat::year(*row.neutralityYear) : tr("not reached");
    case CostPerTonne:
        return optional(row.costPerTonne,
                        [&row](double v) { return NumberFormat::moneyPerTonne(v, row.currency); });
    case LatestDataYear:
        return NumberFormat::year(row.latestDataYear);
    default:
        return {};
    }
}

QVariant LeagueTableModel::sortValue(const LeagueRow &row, int column) const
{
    if (column == Scenario)
        return row.scenario;
    if (column == TargetYear)
        return double(row.targetYear);
    if (column == Name)
        return row.name;
    const std::optional<LeagueColumn> league = leagueColumn(column);
    if (!league)
        return {};
    const std::optional<double> value = LeagueTable::value(row, *league);
    return value ? QVariant(*value) : QVariant();
}

QVariant LeagueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const LeagueRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        if (index.column() == Type)
            return communityTypeId(row.type);
        if (index.column() == Scenario)
            return m_document->member(row.index).scenario;
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case MemberRole:
        return row.index;
    case Qt::TextAlignmentRole:
        return index.column() <= Scenario ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Scenario)
            return tr("The scenario the district counts for this community; double-click to "
                      "choose another");
        return index.column() == Name ? row.name : QVariant();
    case ChoicesRole: {
        QList<PickerChoice> choices;
        if (index.column() == Type) {
            for (CommunityType type :
                 {CommunityType::Existing, CommunityType::New, CommunityType::Rural})
                choices.append({communityTypeName(type), communityTypeId(type), {}});
        } else if (index.column() == Scenario) {
            choices.append({tr("The plan's current scenario"), QString(), {}});
            for (const auto &scenario : m_document->member(row.index).plan.scenarios)
                choices.append({scenario.name, scenario.name, {}});
        }
        return QVariant::fromValue(choices);
    }
    default:
        return {};
    }
}

Qt::ItemFlags LeagueTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Type || index.column() == Scenario)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LeagueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(m_rows.size()))
        return false;
    const int member = m_rows[size_t(index.row())].index;
    const int link = m_document->linkOfMember(member);
    if (link < 0)
        return false;
    District after = m_document->district();
    CommunityLink &changed = after.communities[link];
    QString text;
    if (index.column() == Type) {
        const std::optional<CommunityType> type = communityTypeFromId(value.toString());
        if (!type)
            return false;
        changed.type = *type;
        text = tr("Change type of %1").arg(m_rows[size_t(index.row())].name);
    } else if (index.column() == Scenario) {
        changed.scenario = value.toString();
        text = tr("Change scenario of %1").arg(m_rows[size_t(index.row())].name);
    } else {
        return false;
    }
    auto command = std::make_unique<DistrictChange>(*m_document, text, after);
    if (!command->changesAnything())
        return false;
    m_document->undoStack()->push(command.release());
    return true;
}

} // namespace zeroplan
