#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace zeroplan {

// zeroplan-cli: names the application, loads translations, reads the command and hands the
// rest of the command line to it. Never lets an exception out: every failure is one line on
// stderr and a non-zero exit status.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CliApplication)

public:
    CliApplication();

    // The Qt application to run the command line in, made before anything else touches Qt:
    // a QApplication when the command named on it needsWidgets() (report), on the offscreen
    // platform unless QT_QPA_PLATFORM names one and with a private runtime folder, so that no
    // screen is needed; else a QCoreApplication.
    static std::unique_ptr<QCoreApplication> createQtApplication(int &argc, char **argv);

    int run(const QStringList &arguments);

private:
    static std::vector<std::unique_ptr<CliCommand>> makeCommands();
    static void loadTranslations();
    static void setUpParser(QCommandLineParser &parser);
    int dispatch(const QStringList &arguments);
    QString helpText(const QCommandLineParser &parser) const;
    CliCommand *find(const QString &name) const;
    int usageError(const QString &message) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace zeroplan
