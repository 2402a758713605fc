#pragma once

#include "measures/MeasureKind.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace zeroplan {

// A simple glyph per catalogue kind (sun panel, bus, compost heap, bins, bulb, …), drawn
// with QPainter so the app needs no SVG module and the icons scale to any size. Each kind
// has its own colour (Okabe & Ito, so they stay apart for colour-blind readers).
class MeasureIcon
{
public:
    static QIcon icon(MeasureKind kind);
    static QColor colour(MeasureKind kind);
    // Draws the glyph of `kind` into `rect` (a square looks best).
    static void paint(QPainter &painter, const QRectF &rect, MeasureKind kind);
};

} // namespace zeroplan
