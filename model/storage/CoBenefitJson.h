#pragma once

#include "JsonObjectReader.h"
#include "measures/CoBenefit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zeroplan {

// The JSON shape of a measure's co-benefits (docs/plan-format.md, "co_benefits"): a list of
// {dimension, rating, note, source, quantity: {value, unit, per, source}}.
class CoBenefitJson
{
public:
    // The list `co_benefits` of the measure `r` reads; absent = none (not assessed).
    static QList<CoBenefit> read(JsonObjectReader &r);
    static QJsonArray write(const QList<CoBenefit> &benefits);
    static QJsonObject write(const CoBenefit &benefit);
};

} // namespace zeroplan
