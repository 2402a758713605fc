#pragma once

#include "PlanProblem.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

struct PlanReadResult
{
    // Set when the text is a plan this version reads, even with errors: a malformed field
    // then holds its default, so use a plan with errors only to show where they are.
    std::optional<Plan> plan;
    PlanProblems problems; // every problem found, errors and warnings, in file order
    bool ok() const { return plan.has_value() && !hasErrors(problems); }
};

// The JSON plan format (docs/plan-format.md): reading validates everything and reports all
// problems at once with their JSON path; writing then reading gives the same plan.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanJson)

public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxTextLength = 100000; // characters in one text field
    static constexpr qsizetype kMaxListItems = 100000;  // items read from one list
    static constexpr qsizetype kMaxProblems = 1000;     // problems reported, then a summary

    // Checks the JSON shape, then PlanValidator against `library` (the built-in one if null).
    static PlanReadResult read(const QByteArray &json,
                               const FactorLibrary *library = nullptr /* built-in */);
    // As read(); problems about the file as a whole start with its name.
    static PlanReadResult readFile(const QString &path, const FactorLibrary *library = nullptr);
    static QJsonObject toJson(const Plan &plan);
    // The JSON of a plan's targets and of one price, as the plan file writes them (also used by
    // the district file's template).
    static QJsonObject targetsJson(const Targets &targets);
    static QJsonObject priceJson(const Price &price);
    static QByteArray write(const Plan &plan); // indented UTF-8
    // Writes through WriteTarget (a file atomically, a device or pipe straight); on failure
    // returns false and sets *error.
    static bool writeFile(const Plan &plan, const QString &path, QString *error);
};

} // namespace zeroplan
