#pragma once

#include "JsonObjectReader.h"
#include "measures/MeasureTariff.h"

#include <QJsonArray>

namespace zeroplan {

// The JSON shape of a measure's own tariffs (docs/plan-format.md, "tariffs"): a list of
// {carrier, unit, price, cap_per_household, source}.
class MeasureTariffJson
{
public:
    // The list `tariffs` of the measure `r` reads; absent = none (the plan's prices).
    static QList<MeasureTariff> read(JsonObjectReader &r);
    static QJsonArray write(const QList<MeasureTariff> &tariffs);
};

} // namespace zeroplan
