#include "EngineTariff.h"

#include "EngineInput.h"
#include "inventory/Carrier.h"
#include "measures/MeasureTariff.h"

#include <cmath>
#include <limits>

namespace zeroplan {

EngineTariff EngineTariff::compile(const MeasureTariff &tariff,
                                   const std::vector<EngineColumn> &columns,
                                   const YearSeries &adoption, double households)
{
    EngineTariff out;
    out.price = tariff.price;
    out.capAtFullAdoption = tariff.capPerHousehold
                                ? std::max(households, 0.0) * *tariff.capPerHousehold
                                : std::numeric_limits<double>::infinity();
    out.setAdoption(adoption);
    const Carrier *carrier = Carriers::find(tariff.carrier);
    for (int i = 0; i < int(columns.size()); ++i) {
        const EngineColumn &c = columns[size_t(i)];
        if (c.carrier != tariff.carrier)
            continue;
        if (const auto ratio = carrierUnitRatio(carrier, c.unit, tariff.unit); ratio && *ratio > 0)
            out.columns.emplace_back(i, *ratio);
    }
    return out;
}

void EngineTariff::setAdoption(const YearSeries &adoption)
{
    cap = std::isinf(capAtFullAdoption) ? YearSeries::Constant(adoption.size(), capAtFullAdoption)
                                        : YearSeries(adoption * capAtFullAdoption);
}

double EngineTariff::ratioOf(int column) const
{
    for (const auto &[c, ratio] : columns) {
        if (c == column)
            return ratio;
    }
    return 0;
}

} // namespace zeroplan
