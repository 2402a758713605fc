#pragma once

#include <QJsonObject>

namespace zeroplan {

struct Measure;
struct Plan;

// A measure's co-benefits in the JSON of `simulate --format json` (docs/cli.md,
// "co_benefits"): an object with every dimension, each {rating, note, source} and, where the
// plan gives one, its quantity; a dimension the plan does not assess is "not_assessed".
class CoBenefitResultJson
{
public:
    static QJsonObject coBenefits(const Measure &measure);
    // Adds "co_benefits" to each entry of the scenario object's "measures" list.
    static void insert(QJsonObject &scenario, const Plan &plan);
};

} // namespace zeroplan
