// zeroplan-cli: simulate, validate, convert, export and report plans from the command line
// (docs/cli.md).
#include "CliApplication.h"
#include "storage/WriteTarget.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstring>
#include <unistd.h>

namespace {

// The printed plan draws the app's charts (Qt Charts), which need a QApplication; the other
// commands need only a QCoreApplication. Neither needs a screen.
bool needsWidgets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // A write beyond `ulimit -f` then fails with a message instead of killing us silently.
    zeroplan::WriteTarget::ignoreFileSizeSignal();
    if (needsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt wants a private runtime folder and warns on stderr without one (cron, ssh, CI).
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                QDir::tempPath() + QStringLiteral("/zeroplan-runtime-") + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        QApplication app(argc, argv);
        zeroplan::CliApplication cli;
        return cli.run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    zeroplan::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
