#include "EngineState.h"

namespace zeroplan {

EngineState::EngineState(const EngineInput &input, int samples, bool detailed)
    : m_input(input),
      m_samples(samples),
      m_detailed(detailed),
      m_activity(input.columns.size()),
      m_materialised(input.columns.size(), false),
      m_wedge(YearBySample::Zero(input.years, samples)),
      m_savings(YearSeries::Zero(input.years))
{
}

const YearBySample &EngineState::activity(int column)
{
    const auto c = size_t(column);
    if (!m_materialised[c]) {
        m_activity[c] = m_input.columns[c].bau.replicate(1, m_samples);
        m_materialised[c] = true;
    }
    return m_activity[c];
}

void EngineState::beginMeasure(bool energyValued)
{
    m_wedge.setZero();
    m_savings.setZero();
    m_valued = energyValued;
}

void EngineState::book(int column, const YearBySample &before)
{
    const EngineColumn &c = m_input.columns[size_t(column)];
    const YearBySample removed = before - m_activity[size_t(column)];
    m_wedge += removed.colwise() * c.ef;
    if (m_detailed && m_valued)
        m_savings += removed.col(0) * c.price;
}

void EngineState::scale(int column, const YearBySample &keep)
{
    const YearBySample before = activity(column);
    m_activity[size_t(column)] = before * keep.max(0.0).min(1.0);
    book(column, before);
}

void EngineState::add(int column, const YearBySample &amount)
{
    const YearBySample before = activity(column);
    m_activity[size_t(column)] = before + amount.max(0.0);
    book(column, before);
}

double EngineState::weightOf(int column, Weight weight) const
{
    const EngineColumn &c = m_input.columns[size_t(column)];
    return weight == Weight::Energy ? c.kwhPerUnit : c.basePerUnit;
}

YearBySample EngineState::total(const std::vector<int> &columns, Weight weight)
{
    YearBySample sum = YearBySample::Zero(years(), m_samples);
    for (int column : columns) {
        if (weight == Weight::Emissions)
            sum += activity(column).colwise() * m_input.columns[size_t(column)].ef;
        else
            sum += activity(column) * weightOf(column, weight);
    }
    return sum;
}

YearBySample EngineState::removeProportionally(const std::vector<int> &columns,
                                               const YearBySample &amount, Weight weight)
{
    const YearBySample available = total(columns, weight);
    // The same share of every column goes, so what each holds sets its part.
    const YearBySample share =
        (available > 0).select(amount.max(0.0) / available.max(1e-300), 0.0).min(1.0);
    for (int column : columns)
        scale(column, 1.0 - share);
    return share * available;
}

YearBySample EngineState::gross() const
{
    YearBySample sum = YearBySample::Zero(years(), m_samples);
    for (size_t c = 0; c < m_activity.size(); ++c) {
        const EngineColumn &col = m_input.columns[c];
        if (m_materialised[c])
            sum += m_activity[c].colwise() * col.ef;
        else
            sum.colwise() += col.bau * col.ef;
    }
    return sum;
}

YearSeries EngineState::emissions(int column) const
{
    const auto c = size_t(column);
    const EngineColumn &col = m_input.columns[c];
    return m_materialised[c] ? YearSeries(m_activity[c].col(0) * col.ef)
                             : YearSeries(col.bau * col.ef);
}

} // namespace zeroplan
