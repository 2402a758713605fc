// zeroplan-cli: simulate and validate plans from the command line (docs/cli.md).
#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    zeroplan::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
