#pragma once

#include "PlanProblem.h"
#include "inventory/EmissionFactor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace zeroplan {

// The JSON shape of one emission factor, shared by plan files and the factor library.
class FactorJson
{
public:
    // Reads one factor object found at `path`; appends every problem to `problems`.
    // Returns nothing if the object cannot make a factor at all.
    static std::optional<EmissionFactor> read(const QJsonValue &value, const QString &path,
                                              PlanProblems &problems);
    static QJsonObject write(const EmissionFactor &factor);
    // Checks a factor for what the JSON shape cannot: a known carrier and units that fit it,
    // non-negative finite values, plausible years, a trajectory that only goes forward.
    // Problems are located below `path`, where write() puts each field.
    static void check(const EmissionFactor &factor, const QString &path, PlanProblems &problems);
};

} // namespace zeroplan
