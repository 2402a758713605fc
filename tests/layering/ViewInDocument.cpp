// Layer probe: compiled with zeroplan_document's include paths, this must fail, because the
// document layer sits below the views (the ViewLayerRule test expects the error).
#include "window/MainWindow.h"

int viewInDocumentProbe()
{
    return 0;
}
