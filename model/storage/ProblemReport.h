#pragma once

#include "PlanProblem.h"

#include <QString>
#include <QStringList>
#include <limits>

namespace zeroplan {

// Where the plan validators put what they find, with the wording they share.
class ProblemReport
{
public:
    explicit ProblemReport(PlanProblems &problems) : m_problems(problems) {}

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    PlanProblems &problems() { return m_problems; }

    // False for NaN as well, so that every range check also rejects non-finite values.
    static bool inRange(double value, double low, double high)
    {
        return value >= low && value <= high;
    }
    // Finite and at least 0: amounts, populations, prices, costs.
    static bool isNonNegative(double value) { return inRange(value, 0, kLargest); }
    // A number as a message shows it: in the user's locale, as short as exact.
    static QString number(double value);
    // The carrier's translated name, or its id in quotes if it is not known.
    static QString carrierName(const QString &id);
    static QString carrierIds(); // "electricity, natural_gas, …"

private:
    static constexpr double kLargest = std::numeric_limits<double>::max();
    PlanProblems &m_problems;
};

} // namespace zeroplan
