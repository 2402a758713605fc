#include "OptimiseLimits.h"

#include "GroupOptions.h"
#include "engine/EngineInput.h"
#include "engine/Results.h"
#include "plan/Plan.h"
#include "residents/PayerTable.h"

#include <cmath>

namespace zeroplan {

namespace {

bool finiteAndNotNegative(const std::optional<double> &value)
{
    return !value || (std::isfinite(*value) && *value >= 0);
}

} // namespace

OptimiseLimits::OptimiseLimits(const Plan &plan, const OptimiseRequest &request,
                               const YearSeries &bau)
    : m_perYear(request.budgetPerYear), m_payers(request.payerBudgets), m_years(int(bau.size())),
      m_firstYear(plan.community.baseYear), m_discountRate(plan.community.discountRate), m_bau(bau)
{
    const double baseGross = bau.size() > 0 ? bau[0] : 0.0;
    if (request.interimTargets) {
        for (const InterimTarget &t : plan.community.targets.interim) {
            const int row = t.year - m_firstYear;
            if (row >= 0 && row < m_years)
                m_interim.emplace_back(row, (1 - t.cut) * baseGross);
        }
    }
    if (request.carbonBudget)
        m_netToTakeOff = bau.sum() - *request.carbonBudget;
}

QString OptimiseLimits::error(const Plan &plan, const OptimiseRequest &request)
{
    if (request.interimTargets && plan.community.targets.interim.isEmpty())
        return tr("interim targets: the plan has none");
    if (!finiteAndNotNegative(request.carbonBudget))
        return tr("carbon budget: it must be 0 tCO2e or more");
    if (!finiteAndNotNegative(request.budgetPerYear))
        return tr("budget per year: it must be 0 or more");
    for (qsizetype i = 0; i < request.payerBudgets.size(); ++i) {
        const OptimisePayerBudget &b = request.payerBudgets[i];
        if (!finiteAndNotNegative(b.amount))
            return tr("budget of %1: it must be 0 or more").arg(partyId(b.payer));
        for (qsizetype j = 0; j < i; ++j)
            if (request.payerBudgets[j].payer == b.payer)
                return tr("budget of %1: given twice").arg(partyId(b.payer));
    }
    return {};
}

void OptimiseLimits::addOptions(const GroupOptions &group, const EngineInput &input,
                                const Plan &plan)
{
    for (const GroupOption &option : group.options) {
        Terms terms;
        for (const auto &[row, limit] : m_interim) {
            Q_UNUSED(limit)
            terms.interim.emplace_back(row, option.grossReduction[row]);
        }
        terms.netTakenOff = option.reduction.sum();
        if (m_perYear) {
            for (Eigen::Index t = 0; t < option.capexPerYear.size(); ++t)
                if (option.capexPerYear[t] != 0)
                    terms.capex.emplace_back(int(t), option.capexPerYear[t]);
        }
        terms.payers = payerShares(option, group, input, plan);
        m_variables.push_back(std::move(terms));
    }
}

std::vector<double> OptimiseLimits::payerShares(const GroupOption &option,
                                                const GroupOptions &group, const EngineInput &input,
                                                const Plan &plan) const
{
    std::vector<double> out(size_t(m_payers.size()), 0.0);
    for (size_t k = 0; k < group.measures.size() && !m_payers.isEmpty(); ++k) {
        // The measure's investment split the way the Costs page splits it (PayerTable).
        MeasureResult money;
        money.measureId = input.measures[size_t(group.measures[k])].id;
        money.capex = option.measureCapex[k];
        money.opex = money.savings = YearSeries::Zero(money.capex.size());
        const PayerTable table = PayerTable::of(money, plan.residents.split(money.measureId),
                                                m_firstYear, m_discountRate);
        for (qsizetype b = 0; b < m_payers.size(); ++b)
            if (const PartyMoney *paid = table.find(m_payers[b].payer))
                out[size_t(b)] += paid->capex.sum();
    }
    return out;
}

void OptimiseLimits::addRows(MipProblem &mip, unsigned leaveOut) const
{
    const auto variables = int(m_variables.size());
    if (!(leaveOut & Interim)) {
        for (size_t i = 0; i < m_interim.size(); ++i) {
            const auto [row, limit] = m_interim[i];
            MipProblem::Row r{{}, 'G', m_bau[row] - limit};
            for (int v = 0; v < variables; ++v)
                r.terms.emplace_back(v, m_variables[size_t(v)].interim[i].second);
            mip.rows.push_back(std::move(r));
        }
    }
    if (m_netToTakeOff && !(leaveOut & CarbonBudget)) {
        MipProblem::Row r{{}, 'G', *m_netToTakeOff};
        for (int v = 0; v < variables; ++v)
            r.terms.emplace_back(v, m_variables[size_t(v)].netTakenOff);
        mip.rows.push_back(std::move(r));
    }
    if (m_perYear && !(leaveOut & BudgetPerYear))
        for (MipProblem::Row &r : perYearRows(*m_perYear))
            mip.rows.push_back(std::move(r));
    if (!(leaveOut & PayerBudgets))
        for (qsizetype b = 0; b < m_payers.size(); ++b)
            mip.rows.push_back(payerRow(b, m_payers[b].amount));
}

std::vector<MipProblem::Row> OptimiseLimits::perYearRows(double rhs) const
{
    std::vector<MipProblem::Row> years(size_t(m_years), MipProblem::Row{{}, 'L', rhs});
    for (size_t v = 0; v < m_variables.size(); ++v)
        for (const auto &[t, capex] : m_variables[v].capex)
            years[size_t(t)].terms.emplace_back(int(v), capex);
    std::erase_if(years, [](const MipProblem::Row &r) { return r.terms.empty(); });
    return years;
}

MipProblem::Row OptimiseLimits::payerRow(qsizetype b, double rhs) const
{
    MipProblem::Row r{{}, 'L', rhs};
    for (size_t v = 0; v < m_variables.size(); ++v)
        r.terms.emplace_back(int(v), m_variables[v].payers[size_t(b)]);
    return r;
}

void OptimiseLimits::addRowsUpTo(MipProblem &mip, Kind kind, int amount, qsizetype payer) const
{
    if (kind == BudgetPerYear) {
        for (MipProblem::Row &r : perYearRows(0)) {
            r.terms.emplace_back(amount, -1.0);
            mip.rows.push_back(std::move(r));
        }
    } else if (kind == PayerBudgets) {
        for (qsizetype b = 0; b < m_payers.size(); ++b) {
            MipProblem::Row r = payerRow(b, b == payer ? 0.0 : m_payers[b].amount);
            if (b == payer)
                r.terms.emplace_back(amount, -1.0);
            mip.rows.push_back(std::move(r));
        }
    }
}

unsigned OptimiseLimits::kinds() const
{
    return (m_interim.empty() ? 0u : unsigned(Interim)) |
           (m_netToTakeOff ? unsigned(CarbonBudget) : 0u) |
           (m_perYear ? unsigned(BudgetPerYear) : 0u) |
           (m_payers.isEmpty() ? 0u : unsigned(PayerBudgets));
}

QStringList OptimiseLimits::ids(unsigned kinds)
{
    QStringList out;
    if (kinds & Interim)
        out.append(QStringLiteral("interim_targets"));
    if (kinds & CarbonBudget)
        out.append(QStringLiteral("carbon_budget"));
    if (kinds & BudgetPerYear)
        out.append(QStringLiteral("budget_per_year"));
    if (kinds & PayerBudgets)
        out.append(QStringLiteral("payer_budgets"));
    return out;
}

QString OptimiseLimits::feasibleWithoutText(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        if (id == QLatin1String("budget"))
            names.append(tr("the budget"));
        else if (id == QLatin1String("interim_targets"))
            names.append(tr("the interim targets"));
        else if (id == QLatin1String("carbon_budget"))
            names.append(tr("the carbon budget"));
        else if (id == QLatin1String("budget_per_year"))
            names.append(tr("the budget per year"));
        else if (id == QLatin1String("payer_budgets"))
            names.append(tr("the payers' budgets"));
    }
    if (names.isEmpty())
        return {};
    return tr("It is met without any one of: %1.").arg(names.join(QStringLiteral(", ")));
}

} // namespace zeroplan
