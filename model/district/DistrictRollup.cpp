#include "DistrictRollup.h"

#include <QHash>

#include <algorithm>

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
}

Eigen::ArrayXd DistrictRollup::column(const CommunityRun &run) const
{
    const Eigen::Index T = yearCount();
    Eigen::ArrayXd out = Eigen::ArrayXd::Zero(T * kQuantities);
    // The years both cover: district index t, community index t + shift.
    const int first = std::max(m_baseYear, run.baseYear);
    const int last = std::min(m_horizonEnd, run.horizonEnd);
    if (last < first)
        return out;
    const Eigen::Index t0 = first - m_baseYear;
    const Eigen::Index c0 = first - run.baseYear;
    const Eigen::Index n = last - first + 1;
    const ScenarioResult &r = run.result;
    auto put = [&](int quantity, const YearSeries &series) {
        if (series.size() >= c0 + n)
            out.segment(quantity * T + t0, n) += series.segment(c0, n);
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
    // The runs kept, by key: a community moved to another index, or left unchanged while
    // another was added or removed, is not run again.
    QHash<QByteArray, size_t> cached;
    for (size_t i = 0; i < m_runs.size(); ++i)
        cached.insert(m_runs[i].key, i);
    std::vector<bool> taken(m_runs.size(), false);
    std::vector<CommunityRun> runs;
    runs.reserve(members.size());
    for (const DistrictMember &m : members) {
        QByteArray key; // computed here only where a cached run could match
        if (!cached.isEmpty()) {
            key = CommunityRun::inputKey(m.plan, m.scenario);
            const auto it = cached.constFind(key);
            if (it != cached.cend() && !taken[*it]) {
                taken[*it] = true;
                runs.push_back(std::move(m_runs[*it]));
                runs.back().name = m.name;
                runs.back().type = m.type;
                continue;
            }
        }
        runs.push_back(CommunityRun::of(m, m_library, m_asOf, key));
        ++m_runsDone;
    }
    m_runs = std::move(runs);
    m_columns.resize(Eigen::Index(yearCount()) * kQuantities, Eigen::Index(m_runs.size()));
    for (size_t i = 0; i < m_runs.size(); ++i)
        m_columns.col(Eigen::Index(i)) = column(m_runs[i]);
    resum();
}

void DistrictRollup::update(int index, const DistrictMember &member)
{
    CommunityRun &run = m_runs.at(size_t(index));
    const QByteArray key = CommunityRun::inputKey(member.plan, member.scenario);
    if (run.key == key) {
        run.name = member.name;
        run.type = member.type;
        return;
    }
    run = CommunityRun::of(member, m_library, m_asOf, key);
    ++m_runsDone;
    const Eigen::ArrayXd fresh = column(run);
    m_totals += fresh - m_columns.col(index);
    m_columns.col(index) = fresh;
}

void DistrictRollup::resum()
{
    if (m_columns.cols() == 0)
        m_totals.setZero(Eigen::Index(yearCount()) * kQuantities);
    else
        m_totals = m_columns.rowwise().sum();
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
