// zeroplan: the desktop application (docs/desktop.md). `zeroplan [FILE]` opens FILE;
// with no file, the last plan or else the start page.
#include "storage/WriteTarget.h"
#include "window/DesktopApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // A save beyond `ulimit -f` then fails with a message instead of killing the app.
    zeroplan::WriteTarget::ignoreFileSizeSignal();
    QApplication app(argc, argv);
    zeroplan::DesktopApplication desktop;
    return desktop.run(QApplication::arguments());
}
