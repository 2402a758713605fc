#include "ScenarioComparisonModel.h"

#include "PlanDocument.h"
#include "engine/Results.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "plan/ScenarioValues.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ScenarioValueText.h"

#include <QSet>
#include <algorithm>

namespace zeroplan {
namespace {

double at(const YearSeries &series, int yearIndex)
{
    return series.size() == 0 ? 0.0 : series[std::clamp(yearIndex, 0, int(series.size()) - 1)];
}

// Measures of the plan the scenario includes at a level above zero (what the engine applies).
int includedMeasures(const Plan &plan, const Scenario &scenario)
{
    QSet<QString> ids;
    for (const ScenarioMeasure &entry : scenario.measures) {
        if (entry.level > 0 && plan.findMeasure(entry.measure))
            ids.insert(entry.measure);
    }
    return int(ids.size());
}

} // namespace

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

ScenarioComparisonModel::ScenarioComparisonModel(LiveResults *results, QObject *parent)
    : QAbstractTableModel(parent)
{
    const auto refresh = [this, results] {
        setResults(results->document()->plan(), results->result(), results->bau());
    };
    connect(results, &LiveResults::updated, this, refresh);
    refresh();
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ScenarioComparisonModel::rowOf(Figure figure, int year) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].figure == figure &&
            (figure != Figure::InterimNet || m_rows[row].year == year))
            return int(row);
    }
    return -1;
}

ScenarioComparisonModel::Column ScenarioComparisonModel::column(const Plan &plan,
                                                                const ScenarioResult &r,
                                                                int measures, bool bau) const
{
    const int base = plan.community.baseYear;
    Column c;
    c.name = bau ? tr("Business as usual") : DefaultNames::scenario(r.name);
    c.bau = bau;
    c.baseYearGross = at(r.gross, 0);
    for (const Row &row : m_rows) {
        if (row.figure == Figure::InterimNet)
            c.interimNet.push_back(at(r.net, row.year - base));
    }
    c.horizonNet = at(r.net, int(r.net.size()) - 1);
    c.neutralFrom = r.neutralFrom;
    c.neutralityYear = r.neutralityYear;
    c.baselineEmpty = r.baselineEmpty;
    c.cumulativeNet = at(r.cumulativeNet, int(r.cumulativeNet.size()) - 1);
    for (const TargetOutcome &t : r.targets) {
        if (t.kind == TargetOutcome::Kind::CarbonBudget)
            c.budgetMet = t.met;
    }
    c.presentCost = r.presentCost;
    c.costPerTonne = r.costPerTonne;
    c.measures = measures;
    return c;
}

std::vector<ScenarioComparisonModel::Row> ScenarioComparisonModel::rowsFor(const Plan &plan)
{
    const Community &community = plan.community;
    std::vector<Row> rows{{Figure::BaseYearEmissions, community.baseYear, -1}};
    QList<InterimTarget> interim = community.targets.interim;
    std::sort(interim.begin(), interim.end(),
              [](const InterimTarget &a, const InterimTarget &b) { return a.year < b.year; });
    for (int i = 0; i < int(interim.size()); ++i)
        rows.push_back({Figure::InterimNet, interim.at(i).year, i});
    for (const Figure f :
         {Figure::HorizonNet, Figure::NeutralityYear, Figure::CumulativeNet, Figure::BudgetMet,
          Figure::PresentCost, Figure::CostPerTonne, Figure::MeasuresIncluded})
        rows.push_back({f, community.horizonEnd, -1});
    if (std::any_of(plan.scenarios.cbegin(), plan.scenarios.cend(),
                    [&](const Scenario &s) { return ScenarioValues::hasValues(plan, s); }))
        rows.push_back({Figure::OwnValues, community.horizonEnd, -1});
    return rows;
}

void ScenarioComparisonModel::setResults(const Plan &plan, const PlanResult &result,
                                         const ScenarioResult &bau)
{
    const Community &community = plan.community;
    std::vector<Row> rows = rowsFor(plan);
    // Same rows and columns: new figures in place (views keep their selection); else reset.
    const bool sameShape =
        rows.size() == m_rows.size() && size_t(plan.scenarios.size()) + 1 == m_columns.size();
    if (!sameShape)
        beginResetModel();
    m_rows = std::move(rows);
    m_currency = community.currency;
    m_baseYear = community.baseYear;
    m_horizonEnd = community.horizonEnd;
    m_measureCount = int(plan.measures.size());
    m_budget = community.targets.carbonBudget;
    m_discountRate = community.discountRate;
    m_columns.clear();
    m_columns.push_back(column(plan, bau, 0, true));
    for (size_t s = 0; s < result.scenarios.size() && s < size_t(plan.scenarios.size()); ++s) {
        const Scenario &scenario = plan.scenarios.at(qsizetype(s));
        Column c = column(plan, result.scenarios[s], includedMeasures(plan, scenario), false);
        for (const ScenarioOverride &v : ScenarioValues::effective(plan, scenario))
            if (const Measure *m = plan.findMeasure(v.measure))
                c.ownValues.append(
                    ScenarioValueText::line(*m, v.field, v.value, community.currency));
        m_columns.push_back(std::move(c));
    }
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (!m_rows.empty() && !m_columns.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QVariant ScenarioComparisonModel::value(const Row &row, const Column &c) const
{
    switch (row.figure) {
    case Figure::BaseYearEmissions:
        return c.baseYearGross;
    case Figure::InterimNet:
        return c.interimNet.at(size_t(row.interim));
    case Figure::HorizonNet:
        return c.horizonNet;
    case Figure::NeutralityYear:
        return c.neutralFrom ? QVariant(*c.neutralFrom) : QVariant();
    case Figure::CumulativeNet:
        return c.cumulativeNet;
    case Figure::BudgetMet:
        return c.budgetMet ? QVariant(*c.budgetMet) : QVariant();
    case Figure::PresentCost:
        return c.presentCost;
    case Figure::CostPerTonne:
        return c.costPerTonne ? QVariant(*c.costPerTonne) : QVariant();
    case Figure::MeasuresIncluded:
        return c.measures;
    case Figure::OwnValues:
        return int(c.ownValues.size());
    }
    return {};
}

QString ScenarioComparisonModel::text(const Row &row, const Column &c) const
{
    const QVariant v = value(row, c);
    switch (row.figure) {
    case Figure::NeutralityYear:
        // As the key figures and the Pathway verdict: the year it holds from, and the year
        // it was first reached when net dipped to zero earlier and rose again.
        if (c.baselineEmpty)
            return tr("—", "no neutrality year: the plan has no baseline");
        if (c.neutralFrom && c.neutralityYear && *c.neutralityYear < *c.neutralFrom)
            return tr("%1 (first reached %2)")
                .arg(NumberFormat::year(*c.neutralFrom), NumberFormat::year(*c.neutralityYear));
        if (c.neutralFrom)
            return NumberFormat::year(*c.neutralFrom);
        if (c.neutralityYear)
            return tr("reached in %1, not held to %2")
                .arg(NumberFormat::year(*c.neutralityYear), NumberFormat::year(m_horizonEnd));
        return tr("not reached by %1").arg(NumberFormat::year(m_horizonEnd));
    case Figure::BudgetMet:
        if (v.isNull())
            return tr("no budget set");
        return v.toBool() ? tr("Yes") : tr("No");
    case Figure::PresentCost:
        return NumberFormat::moneyInColumnUnit(v.toDouble(), m_currency);
    case Figure::CostPerTonne:
        return v.isNull() ? tr("—", "no cost per tonne: nothing abated")
                          : NumberFormat::number(v.toDouble(), 0);
    case Figure::MeasuresIncluded:
        return c.bau ? NumberFormat::number(0)
                     : tr("%1 of %2", "measures included of the plan's measures")
                           .arg(NumberFormat::number(c.measures),
                                NumberFormat::number(m_measureCount));
    case Figure::OwnValues:
        return c.bau || c.ownValues.isEmpty() ? tr("none", "no values of its own")
                                              : NumberFormat::number(double(c.ownValues.size()));
    default:
        return NumberFormat::significant(v.toDouble());
    }
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Column &c = m_columns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, c);
    case ValueRole:
        return value(row, c);
    case Qt::TextAlignmentRole: {
        const bool number = !value(row, c).isNull() && row.figure != Figure::BudgetMet;
        return (Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft)).toInt();
    }
    case Qt::ToolTipRole:
        if (row.figure == Figure::BudgetMet && m_budget)
            return tr("Cumulative net %1 against a budget of %2")
                .arg(NumberFormat::tonnes(c.cumulativeNet), NumberFormat::tonnes(*m_budget));
        if (row.figure == Figure::OwnValues && !c.ownValues.isEmpty())
            return c.ownValues.join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QString ScenarioComparisonModel::rowHeader(const Row &row) const
{
    const QString base = NumberFormat::year(m_baseYear);
    const QString end = NumberFormat::year(m_horizonEnd);
    const QString perYear = NumberFormat::tonnesPerYearUnit();
    switch (row.figure) {
    case Figure::BaseYearEmissions:
        return tr("Gross emissions in %1, base year (%2)").arg(base, perYear);
    case Figure::InterimNet:
        return tr("Net emissions in %1, interim target year (%2)")
            .arg(NumberFormat::year(row.year), perYear);
    case Figure::HorizonNet:
        return tr("Net emissions in %1, horizon end (%2)").arg(end, perYear);
    case Figure::NeutralityYear:
        return tr("Neutral from (net ≤ 0 every year to %1)").arg(end);
    case Figure::CumulativeNet:
        return tr("Cumulative net emissions %1–%2 (%3)").arg(base, end, NumberFormat::tonnesUnit());
    case Figure::BudgetMet:
        return m_budget ? tr("Carbon budget of %1 met?").arg(NumberFormat::tonnes(*m_budget))
                        : tr("Carbon budget met?");
    case Figure::PresentCost:
        return tr("Present cost at %1 discount (%2)")
            .arg(NumberFormat::percent(m_discountRate, 1),
                 NumberFormat::moneyColumnUnit(m_currency));
    case Figure::CostPerTonne:
        return tr("Cost per tonne abated (%1/%2)")
            .arg(NumberFormat::currencyUnit(m_currency), NumberFormat::tonnesUnit());
    case Figure::MeasuresIncluded:
        return tr("Measures included");
    case Figure::OwnValues:
        return tr("Values of its own (measures' values it sets or takes from its base)");
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return size_t(section) < m_columns.size() ? QVariant(m_columns[size_t(section)].name)
                                                  : QVariant();
    return size_t(section) < m_rows.size() ? QVariant(rowHeader(m_rows[size_t(section)]))
                                           : QVariant();
}

} // namespace zeroplan
