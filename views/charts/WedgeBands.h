#pragma once

#include "EigenTypes.h"

#include <QColor>
#include <QList>
#include <QString>

namespace zeroplan {

// One wedge of a stacked wedge chart (StackedWedgeChart): what one measure, measure kind or
// community takes off per year, with its name and colour.
struct WedgeBand
{
    QString id; // the measure's id in a plan's chart; empty for the band of the rest
    QString name;
    YearSeries cut;
    QColor colour;
    bool other = false; // the bands too small to name, together
};

// The bands to draw, in their order: all of them when there are at most `named` + 1, else the
// `named` largest by total cut (Σ |cut|) in their order and one band for the rest, last, named
// `otherName` with `otherColour`. The kept bands and the rest add up to the sum of all.
QList<WedgeBand> largestWedgeBands(const QList<WedgeBand> &all, int named, const QString &otherName,
                                   const QColor &otherColour);

} // namespace zeroplan
