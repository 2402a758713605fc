#pragma once

#include "PlanProblem.h"
#include "plan/DistrictTemplate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace zeroplan {

// The JSON of a district's template as the district file stores it (docs/district.md, "The
// template"): {"version", "factors", "prices", "discount_rate", "targets", "cost_rates"}, each
// value in the plan file's own shape (FactorJson, the plan's prices and targets, a measure
// parameter's {value, low, high, source}); a value that is not templated is left out.
class DistrictTemplateJson
{
public:
    static QJsonObject write(const DistrictTemplate &templ);
    // The template in `value` (found at `path`); every problem is appended to `problems`.
    static DistrictTemplate read(const QJsonValue &value, const QString &path,
                                 PlanProblems &problems);
    // A link's overrides: a list of template keys.
    static QJsonArray writeKeys(const QStringList &keys);
    static QStringList readKeys(const QJsonValue &value, const QString &path,
                                PlanProblems &problems);
};

} // namespace zeroplan
