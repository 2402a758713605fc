#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zeroplan {

// The desktop app's start: names, language, the main window, the file to open (or the last
// plan, else the start page) and the offer to recover what a crash left.
class DesktopApplication
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DesktopApplication)

public:
    DesktopApplication();
    int run(const QStringList &arguments);
};

} // namespace zeroplan
