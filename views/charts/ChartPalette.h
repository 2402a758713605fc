#pragma once

#include "inventory/Sector.h"

#include <QColor>

namespace zeroplan {

// Colours every chart uses, chosen to stay apart for colour-blind readers (Okabe & Ito's
// eight, then Paul Tol's "muted" set), plus fixed colours for the lines every chart shares.
class ChartPalette
{
public:
    static QColor series(int index); // the index-th measure, scenario or sector colour
    static QColor sector(Sector sector);
    static QColor bau();    // business as usual: grey, dashed where drawn as a line
    static QColor target(); // target path and target markers
    static QColor net();    // net emissions
    static QColor sinks();
    static QColor credits();
};

} // namespace zeroplan
