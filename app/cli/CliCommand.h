#pragma once

#include "OutputFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// zeroplan-cli's exit statuses (docs/cli.md).
enum ExitStatus : int
{
    ExitSuccess = 0,
    ExitBadInput = 1,   // the plan file is missing, unreadable, not a plan or invalid
    ExitUsageError = 2, // the command line is wrong: unknown command or option, bad value
    ExitPlanBusy = 3,   // another program holds the plan's lock, or changed it meanwhile
    ExitServer = 4,     // the shared store could not be reached, or refused
    ExitConflicts = 5,  // a check-in met conflicts to decide (--prefer); nothing was written
};

// One command of zeroplan-cli ("simulate", "validate"): its own options and help.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for zeroplan-cli --help
    // `arguments` as given on the command line: the program, this command's name, the rest.
    virtual int run(const QStringList &arguments) = 0;
    // Whether the command draws with widgets and so needs a QApplication (the report's charts
    // are Qt Charts views, which are widgets); every other command runs in a QCoreApplication.
    virtual bool needsWidgets() const { return false; }

protected:
    // Adds the help option and the positional arguments "<command> PLAN" to `parser`.
    void setUpParser(QCommandLineParser &parser) const;
    // The same with only "<command>", for commands that take other arguments (new, convert).
    void setUpBareParser(QCommandLineParser &parser) const;
    // Parses `arguments`; answers a usage error or --help itself and then returns the exit
    // status, else returns nothing.
    std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments) const;
    // Parses `arguments`; answers --help and usage errors itself and then returns the exit
    // status, else returns nothing and sets *planPath.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             QString *planPath) const;
    // "zeroplan-cli <command>: <message>" on stderr; returns ExitUsageError.
    int usageError(const QString &message) const;
    // The --format value `text` into *format; a usage error (and its status) if it is none of
    // json, csv and table.
    std::optional<int> readOutputFormat(const QString &text, OutputFormat *format) const;
    // The option --format json|table (default table), for a command that prints no CSV, and
    // its value into *format: a usage error ("--format must be json or table for history")
    // when it is neither.
    static QCommandLineOption jsonOrTableOption();
    std::optional<int> readJsonOrTable(const QCommandLineParser &parser,
                                       OutputFormat *format) const;
};

} // namespace zeroplan
