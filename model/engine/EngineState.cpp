#include "EngineState.h"

namespace zeroplan {

EngineState::EngineState(const EngineInput &input, int samples, bool detailed)
    : m_input(input), m_samples(samples), m_detailed(detailed), m_activity(input.columns.size()),
      m_materialised(input.columns.size(), false),
      m_wedge(YearBySample::Zero(input.years, samples)), m_savings(YearSeries::Zero(input.years))
{
}

void EngineState::reset(int samples)
{
    m_samples = samples;
    std::fill(m_materialised.begin(), m_materialised.end(), false);
    m_wedge.setZero(m_input.years, samples);
    m_savings.setZero();
}

EngineState::Snapshot EngineState::snapshot() const
{
    Snapshot out;
    for (size_t c = 0; c < m_activity.size(); ++c) {
        if (m_materialised[c])
            out.activity.emplace_back(c, m_activity[c].col(0));
    }
    return out;
}

void EngineState::restore(const Snapshot &snapshot, int samples)
{
    reset(samples);
    for (const auto &[slot, activity] : snapshot.activity) {
        m_activity[slot] = activity.replicate(1, samples);
        m_materialised[slot] = true;
    }
}

const YearBySample &EngineState::activity(int column)
{
    return mutableActivity(column);
}

YearBySample &EngineState::mutableActivity(int column)
{
    const size_t c = slot(column);
    if (!m_materialised[c]) {
        m_activity[c] = m_input.columns[c].bau.replicate(1, m_samples);
        m_materialised[c] = true;
    }
    return m_activity[c];
}

void EngineState::beginMeasure(bool energyValued, const std::vector<EngineTariff> *tariffs)
{
    m_wedge.setZero();
    m_savings.setZero();
    m_valued = energyValued;
    m_tariffs = tariffs && !tariffs->empty() ? tariffs : nullptr;
    if (m_tariffs)
        m_tariffUsed.assign(m_tariffs->size(), YearSeries::Zero(years()));
}

void EngineState::book(int column)
{
    if (!m_detailed)
        return;
    const EngineColumn &c = m_input.columns[size_t(column)];
    m_wedge += m_removed.colwise() * c.ef;
    if (m_valued)
        m_savings +=
            m_tariffs ? value(column, m_removed.col(0)) : YearSeries(m_removed.col(0) * c.price);
}

YearSeries EngineState::value(int column, const YearSeries &moved)
{
    const double price = m_input.columns[size_t(column)].price;
    for (size_t k = 0; k < m_tariffs->size(); ++k) {
        const EngineTariff &t = (*m_tariffs)[k];
        const double ratio = t.ratioOf(column);
        if (ratio <= 0)
            continue;
        // In tariff units: what moved, and the part of it the cap still allows.
        const YearSeries amount = moved.abs() * ratio;
        const YearSeries atTariff = amount.min((t.cap - m_tariffUsed[k]).max(0.0));
        m_tariffUsed[k] += atTariff;
        return moved.sign() * (atTariff * t.price + (amount - atTariff) / ratio * price);
    }
    return moved * price;
}

void EngineState::scale(int column, const YearBySample &keep)
{
    if (m_detailed) {
        scaleAndReport(column, keep);
        return;
    }
    const size_t c = slot(column);
    if (m_materialised[c]) {
        m_activity[c] *= keep;
    } else {
        m_activity[c] = keep.colwise() * m_input.columns[c].bau;
        m_materialised[c] = true;
    }
}

const YearBySample &EngineState::scaleAndReport(int column, const YearBySample &keep)
{
    YearBySample &a = mutableActivity(column);
    m_removed = a * (1.0 - keep);
    a -= m_removed;
    book(column);
    return m_removed;
}

void EngineState::add(int column, const YearBySample &amount)
{
    YearBySample &a = mutableActivity(column);
    m_removed = -amount.max(0.0);
    a -= m_removed;
    book(column);
}

double EngineState::weightOf(int column, Weight weight) const
{
    const EngineColumn &c = m_input.columns[size_t(column)];
    return weight == Weight::Energy ? c.kwhPerUnit : c.basePerUnit;
}

const YearBySample &EngineState::total(const std::vector<int> &columns, Weight weight)
{
    m_total.setZero(years(), m_samples);
    for (int column : columns) {
        if (weight == Weight::Emissions)
            m_total += activity(column).colwise() * m_input.columns[size_t(column)].ef;
        else
            m_total += activity(column) * weightOf(column, weight);
    }
    return m_total;
}

const YearBySample &EngineState::removeProportionally(const std::vector<int> &columns,
                                                      const YearBySample &amount, Weight weight)
{
    const YearBySample &available = total(columns, weight);
    // The same share of every column goes, so what each holds sets its part.
    m_keep = 1.0 - (available > 0).select(amount.max(0.0) / available.max(1e-300), 0.0).min(1.0);
    m_done = (1.0 - m_keep) * available;
    for (int column : columns)
        scale(column, m_keep);
    return m_done;
}

YearBySample EngineState::gross() const
{
    YearBySample sum = YearBySample::Zero(years(), m_samples);
    for (size_t c = 0; c < m_activity.size(); ++c) {
        const EngineColumn &col = m_input.columns[c];
        if (m_materialised[c])
            sum += m_activity[c].colwise() * col.ef;
        else if (col.addedBy < 0) // added activity starts at zero
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
