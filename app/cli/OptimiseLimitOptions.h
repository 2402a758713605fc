#pragma once

#include "optimise/OptimiseRequest.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace zeroplan {

struct Plan;

// optimise's further limits (docs/cli.md "optimise", docs/optimiser.md "Further limits"):
// --interim, --carbon-budget [T], --budget-per-year AMOUNT and --budget-payer PAYER=AMOUNT
// (repeatable), read into an OptimiseRequest.
class OptimiseLimitOptions
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::OptimiseCommand)

public:
    static QList<QCommandLineOption> options();
    // --carbon-budget takes its value only when one follows (a number); alone, it means the
    // plan's own budget. QCommandLineParser has no optional values, so the arguments are
    // rewritten first: `--carbon-budget 5000` → `--carbon-budget=5000`, a bare one →
    // `--carbon-budget=plan`.
    static QStringList withCarbonBudgetValue(const QStringList &arguments);
    // Reads the options into `request`: nothing when they are fine, else the usage error's
    // message, naming the flag.
    static std::optional<QString> read(const QCommandLineParser &parser, const Plan &plan,
                                       OptimiseRequest &request);
};

} // namespace zeroplan
