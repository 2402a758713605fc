#pragma once

#include "CliCommand.h"
#include "storage/PlanProblem.h"

namespace zeroplan {

struct Plan;
struct PlanReadResult;
class PlanFile;

// zeroplan-cli validate PLAN: lists every problem of a plan, errors first, one per line as
// "error: <path>: <message>" or "warning: <path>: <message>"; exit status 1 on any error.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static void printProblems(const PlanReadResult &result);
    static qsizetype errorCount(const PlanProblems &problems);
    static int failed(const PlanFile &file, qsizetype errors, qsizetype warnings);
    static QString summaryLine(const Plan &plan);
};

} // namespace zeroplan
