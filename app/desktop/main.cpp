// zeroplan: the desktop application (docs/desktop.md). `zeroplan [FILE]` opens FILE;
// with no file, the last plan or the bundled Shenzhen sample.
#include "window/DesktopApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    zeroplan::DesktopApplication desktop;
    return desktop.run(QApplication::arguments());
}
