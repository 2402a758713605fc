// zeroplan-cli: simulate, validate, convert, export and report plans from the command line
// (docs/cli.md).
#include "CliApplication.h"
#include "storage/WriteTarget.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // A write beyond `ulimit -f` then fails with a message instead of killing us silently.
    zeroplan::WriteTarget::ignoreFileSizeSignal();
    // A QApplication for the report (its charts are widgets), a QCoreApplication otherwise.
    const std::unique_ptr<QCoreApplication> app =
        zeroplan::CliApplication::createQtApplication(argc, argv);
    zeroplan::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
