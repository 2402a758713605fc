// Compiled with exactly what zeroplan_document offers its code (Qt Core, Gui, Sql and the
// model): a widget header must not be found. The `DocumentLayerRule` test builds this file
// and expects the build to fail.
#include <QWidget>

int documentLayerProbe()
{
    return sizeof(QWidget);
}
