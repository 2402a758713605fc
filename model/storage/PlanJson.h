#pragma once

#include "PlanProblem.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

struct PlanReadResult
{
    std::optional<Plan> plan;   // set when the file could be read into a plan (even with errors)
    PlanProblems problems;      // every problem found, errors and warnings
    bool ok() const { return plan.has_value() && !hasErrors(problems); }
};

// The JSON plan format (docs/plan-format.md): reading validates everything and reports all
// problems at once with their JSON path; writing then reading gives the same plan.
class PlanJson
{
public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static PlanReadResult read(const QByteArray &json,
                               const FactorLibrary *library = nullptr /* built-in */);
    static PlanReadResult readFile(const QString &path,
                                   const FactorLibrary *library = nullptr);
    static QJsonObject toJson(const Plan &plan);
    static QByteArray write(const Plan &plan); // indented UTF-8
    // Writes atomically (QSaveFile); on failure returns false and sets *error.
    static bool writeFile(const Plan &plan, const QString &path, QString *error);
};

// Checks a plan that is well-formed as JSON for consistency: references resolve, units fit
// carriers and factors, years lie in the horizon, parameters in their allowed range, …
class PlanValidator
{
public:
    static PlanProblems validate(const Plan &plan, const FactorLibrary &library);
};

} // namespace zeroplan
