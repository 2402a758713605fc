#pragma once

#include <QList>
#include <QString>

namespace zeroplan {

// One thing wrong (or doubtful) in a plan, located by its JSON path ("/measures/2/start_year").
struct PlanProblem
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString path;
    QString message; // translated, one line, names the field and says what is wrong

    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    bool operator==(const PlanProblem &) const = default;
};

using PlanProblems = QList<PlanProblem>;

inline bool hasErrors(const PlanProblems &problems)
{
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace zeroplan
