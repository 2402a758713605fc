#pragma once

#include "storage/PlanProblem.h"

#include <QByteArray>
#include <QStringList>

namespace zeroplan::test {

// A plan's problems one per line, for a failed check's message.
inline QByteArray listed(const PlanProblems &problems)
{
    QStringList lines;
    for (const PlanProblem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

// The first problem at `path` (a JSON pointer), or nullptr.
inline const PlanProblem *problemAt(const PlanProblems &problems, const QString &path)
{
    for (const PlanProblem &p : problems) {
        if (p.path == path)
            return &p;
    }
    return nullptr;
}

} // namespace zeroplan::test
