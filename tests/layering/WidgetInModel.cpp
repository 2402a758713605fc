// Compiled with exactly what zeroplan_model offers its code: a widget header must not be
// found. The `LayerRule` test builds this file and expects the build to fail.
#include <QWidget>

int layerProbe()
{
    return sizeof(QWidget);
}
