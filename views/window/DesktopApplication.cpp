#include "DesktopApplication.h"

#include "LanguageFont.h"
#include "MainWindow.h"
#include "PlanDialogs.h"
#include "present/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPushButton>
#include <QTimer>

namespace zeroplan {

DesktopApplication::DesktopApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ZeroPlan"));
    QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZEROPLAN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ZeroPlan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.zeroplan.ZeroPlan"));
    // The icon packaging/ installs into the hicolor theme, under the same app id.
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.zeroplan.ZeroPlan")));
    installLanguageWithFont(Preferences::language());
}

int DesktopApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan a community's path to carbon neutrality."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        tr("file"), tr("The plan or district to open (.zeroplan, .json or .zeroplan-district)."),
        tr("[file]"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Show this page first: community, baseline, measures, "
                                     "scenarios, optimise, pathway, monitoring, costs, "
                                     "residents, uncertainty or report."),
                                  tr("page"));
    const QCommandLineOption size(QStringLiteral("window-size"),
                                  tr("The window's size in pixels, e.g. 1366x768."), tr("size"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      tr("Run the uncertainty analysis and the optimiser at "
                                         "once (for demonstrations and screenshots)."));
    parser.addOption(page);
    parser.addOption(size);
    parser.addOption(simulate);
    parser.process(arguments);

    MainWindow window;
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2)
        window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    window.show();
    const QString firstPage = parser.value(page);
    const QStringList files = parser.positionalArguments();
    // Open once the event loop runs, so the window is on screen before any dialog.
    const bool runAtOnce = parser.isSet(simulate);
    QTimer::singleShot(0, &window, [&window, files, firstPage, runAtOnce] {
        window.offerRecovery();
        // A bundled sample (tools/run with no argument passes the repository's Shenzhen
        // sample) opens as the example it is: untitled, said to be an example.
        const QString sample = files.isEmpty() ? QString() : PlanDialogs::sampleIn(files.first());
        if (!window.document() && !sample.isEmpty())
            window.openSample(sample);
        else if (!window.document() && (files.isEmpty() || !window.openFile(files.first())))
            window.openInitialPlan();
        if (!firstPage.isEmpty() && !window.showPage(firstPage))
            qWarning("zeroplan: no page called %s", qPrintable(firstPage));
        for (const char *name : {"runUncertaintyButton", "runOptimiseButton"}) {
            auto *run = window.findChild<QPushButton *>(QLatin1String(name));
            if (runAtOnce && run)
                run->click();
        }
    });
    return QApplication::exec();
}

} // namespace zeroplan
