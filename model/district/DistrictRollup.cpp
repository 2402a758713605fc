#include "DistrictRollup.h"

#include "engine/ParallelFor.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace zeroplan {

namespace {

int kindIndex(MeasureKind kind)
{
    const auto *end = std::end(kAllMeasureKinds);
    return int(std::find(std::begin(kAllMeasureKinds), end, kind) - std::begin(kAllMeasureKinds));
}

} // namespace

DistrictRollup::DistrictRollup(const FactorLibrary &library, int baseYear, int horizonEnd,
                               const QDate &asOf)
    : m_library(library), m_baseYear(baseYear), m_horizonEnd(std::max(baseYear, horizonEnd)),
      m_asOf(asOf.isValid() ? asOf : QDate(m_horizonEnd, 12, 31))
{
    m_totals = Eigen::ArrayXd::Zero(Eigen::Index(yearCount()) * kQuantities);
    m_ownColumn = m_totals;
}

Eigen::ArrayXd DistrictRollup::column(const CommunityRun &run) const
{
    const Eigen::Index T = yearCount();
    Eigen::ArrayXd out = Eigen::ArrayXd::Zero(T * kQuantities);
    const ScenarioResult &r = run.result;
    // Each district year takes the community's own year, or outside its years the nearest
    // one it has (its base year before, its last year after), as the district's Monte Carlo
    // does (docs/district.md, "What is summed").
    auto put = [&](int quantity, const YearSeries &series) {
        const Eigen::Index size = series.size();
        if (size == 0)
            return;
        for (Eigen::Index t = 0; t < T; ++t) {
            const Eigen::Index c =
                std::clamp<Eigen::Index>(m_baseYear + t - run.baseYear, 0, size - 1);
            out[quantity * T + t] += series[c];
        }
    };
    put(Bau, run.bauGross);
    put(Gross, r.gross);
    put(Sinks, r.sinks);
    put(Credits, r.credits);
    put(Net, r.net);
    for (const MeasureResult &m : r.measures)
        put(FirstKind + kindIndex(m.kind), m.abatement());
    return out;
}

Eigen::ArrayXd DistrictRollup::segment(const Eigen::ArrayXd &stacked, int quantity) const
{
    const Eigen::Index T = yearCount();
    return stacked.segment(quantity * T, T);
}

void DistrictRollup::setMembers(const std::vector<DistrictMember> &members)
{
    std::vector<std::optional<CommunityRun>> runs(members.size());
    std::vector<bool> taken(m_runs.size(), false);
    auto keep = [&](size_t to, size_t from, const DistrictMember &m) {
        taken[from] = true;
        runs[to] = std::move(m_runs[from]);
        runs[to]->name = m.name;
        runs[to]->type = m.type;
    };
    // A community with the inputs of the run kept at its index: kept (the usual case).
    for (size_t i = 0; i < members.size() && i < m_runs.size(); ++i) {
        if (m_runs[i].sameInputs(members[i]))
            keep(i, i, members[i]);
    }
    // The others: a kept run of the same inputs elsewhere in the list, found by key (hashed
    // only here, for the runs and members left), else a new run.
    QHash<QByteArray, size_t> left;
    for (size_t i = 0; i < m_runs.size(); ++i) {
        if (!taken[i])
            left.insert(m_runs[i].inputsKey(), i);
    }
    std::vector<int> toRun;
    for (size_t i = 0; i < members.size(); ++i) {
        if (runs[i])
            continue;
        const DistrictMember &m = members[i];
        if (!left.isEmpty()) {
            const QByteArray key = CommunityRun::inputKey(m.plan, m.scenario);
            const auto it = left.constFind(key);
            if (it != left.cend() && !taken[*it]) {
                keep(i, *it, m);
                continue;
            }
        }
        toRun.push_back(int(i));
    }
    // The communities are independent: run on every core (each writes only its own slot).
    parallelFor(coreCount(), int(toRun.size()), [&](int k) {
        const size_t i = size_t(toRun[size_t(k)]);
        runs[i] = CommunityRun::of(members[i], m_library, m_asOf);
    });
    m_runsDone += int(toRun.size());
    m_runs.clear();
    m_runs.reserve(runs.size());
    for (std::optional<CommunityRun> &run : runs)
        m_runs.push_back(std::move(*run));
    m_columns.resize(Eigen::Index(yearCount()) * kQuantities, Eigen::Index(m_runs.size()));
    for (size_t i = 0; i < m_runs.size(); ++i)
        m_columns.col(Eigen::Index(i)) = column(m_runs[i]);
    resum();
}

void DistrictRollup::update(int index, const DistrictMember &member)
{
    CommunityRun &run = m_runs.at(size_t(index));
    if (run.sameInputs(member)) {
        run.name = member.name;
        run.type = member.type;
        return;
    }
    run = CommunityRun::of(member, m_library, m_asOf);
    ++m_runsDone;
    const Eigen::ArrayXd fresh = column(run);
    m_totals += fresh - m_columns.col(index);
    m_columns.col(index) = fresh;
}

void DistrictRollup::resum()
{
    if (m_columns.cols() == 0)
        m_totals = m_ownColumn;
    else
        m_totals = m_columns.rowwise().sum() + m_ownColumn;
}

void DistrictRollup::setOwnPlan(const Plan &plan, const QString &scenario)
{
    const DistrictMember own{QString(), plan, scenario, CommunityType::Existing};
    Eigen::ArrayXd fresh = Eigen::ArrayXd::Zero(Eigen::Index(yearCount()) * kQuantities);
    if (plan.activities.isEmpty()) {
        m_own.reset();
    } else {
        if (m_own && m_own->sameInputs(own))
            return;
        m_own = CommunityRun::of(own, m_library, m_asOf);
        ++m_runsDone;
        fresh = column(*m_own);
    }
    m_totals += fresh - m_ownColumn;
    m_ownColumn = std::move(fresh);
}

YearSeries DistrictRollup::ownContribution(Quantity quantity) const
{
    return segment(m_ownColumn, quantity);
}

YearSeries DistrictRollup::total(Quantity quantity) const
{
    return segment(m_totals, quantity);
}

YearSeries DistrictRollup::wedgeOfKind(MeasureKind kind) const
{
    return segment(m_totals, FirstKind + kindIndex(kind));
}

YearSeries DistrictRollup::contribution(int index, Quantity quantity) const
{
    return segment(m_columns.col(index), quantity);
}

YearSeries DistrictRollup::wedgeOfCommunity(int index) const
{
    return contribution(index, Bau) - contribution(index, Net);
}

bool DistrictRollup::coversPart(int index) const
{
    const CommunityRun &run = community(index);
    return run.baseYear > m_baseYear || run.horizonEnd < m_horizonEnd;
}

} // namespace zeroplan
