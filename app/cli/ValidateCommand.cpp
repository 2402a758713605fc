#include "ValidateCommand.h"

#include "Console.h"
#include "PlanFile.h"

#include <algorithm>

namespace zeroplan {

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Check a plan and list every error and warning in it.");
}

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;

    PlanFile file(path);
    const std::optional<PlanReadResult> result = file.readOrReport();
    if (!result)
        return ExitBadInput;
    if (!result->plan) { // not a plan at all (not JSON, a list, another format): one line
        Console::error(file.message(
            result->problems.isEmpty() ? tr("not a plan") : result->problems.first().toString()));
        return ExitBadInput;
    }
    printProblems(*result);
    if (const qsizetype errors = errorCount(result->problems); errors > 0)
        return failed(file, errors, result->problems.size() - errors);
    Console::out(summaryLine(*result->plan) + QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

qsizetype ValidateCommand::errorCount(const PlanProblems &problems)
{
    return std::count_if(problems.cbegin(), problems.cend(), [](const PlanProblem &p) {
        return p.severity == PlanProblem::Severity::Error;
    });
}

// The problems are on stdout; stderr gets one line that says how many.
int ValidateCommand::failed(const PlanFile &file, qsizetype errors, qsizetype warnings)
{
    Console::finish(ExitSuccess);
    const int errorCount = int(errors);
    const int warningCount = int(warnings);
    Console::error(file.message(tr("%1, %2", "error count, warning count")
                                    .arg(tr("%n error(s)", nullptr, errorCount),
                                         tr("%n warning(s)", nullptr, warningCount))));
    return ExitBadInput;
}

void ValidateCommand::printProblems(const PlanReadResult &result)
{
    QString text;
    for (const auto severity : {PlanProblem::Severity::Error, PlanProblem::Severity::Warning}) {
        const bool error = severity == PlanProblem::Severity::Error;
        for (const PlanProblem &p : result.problems) {
            if (p.severity == severity)
                text += (error ? tr("error: %1") : tr("warning: %1")).arg(p.toString()) +
                        QLatin1Char('\n');
        }
    }
    Console::out(text);
}

QString ValidateCommand::summaryLine(const Plan &plan)
{
    return tr("OK: %1 activity lines, %2 measures, %3 scenarios")
        .arg(plan.activities.size())
        .arg(plan.measures.size())
        .arg(plan.scenarios.size());
}

} // namespace zeroplan
