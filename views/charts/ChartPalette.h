#pragma once

#include "inventory/Sector.h"

#include <QColor>
#include <QString>

namespace zeroplan {

// Colours every chart uses, chosen to stay apart for colour-blind readers (Okabe & Ito's
// eight, then Paul Tol's "muted" set), plus fixed colours for the lines every chart shares.
class ChartPalette
{
public:
    static QColor series(int index); // the index-th measure, scenario or sector colour
    static QColor sector(Sector sector);
    // A measure's colour in every chart (wedges, MACC, its ramp), whatever the scenario: the
    // colour of its place in the plan's list of measures. MeasureColours maps ids to it.
    static QColor measure(int planIndex) { return series(planIndex); }
    // Without the plan at hand: a colour that depends on the measure's id alone.
    static QColor measureById(const QString &measureId);
    static QColor otherMeasures(); // the wedge or bars of every measure too small to name
    static QColor bau();           // business as usual: grey, dashed where drawn as a line
    static QColor target();        // target path and target markers
    static QColor net();           // net emissions
    static QColor sinks();
    static QColor credits();
};

} // namespace zeroplan
