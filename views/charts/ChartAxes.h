#pragma once

#include "EigenTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

class QChart;
class QValueAxis;

namespace zeroplan {

// Axis and point helpers the charts share (private to views/charts).
class ChartAxes
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ChartAxes)

public:
    struct NiceRange
    {
        double min = 0;
        double max = 1;
        double step = 1;
        int ticks = 2;
        int decimals = 0;
    };

    // The round range around [min, max] with about `targetTicks` intervals of 1, 2, 2.5 or 5
    // times a power of ten.
    static NiceRange niceRange(double min, double max, int targetTicks = 5);
    // The tick interval for a year axis spanning `span` years: ticks on round whole years.
    static int yearTickInterval(int span);

    // Ticks on round years; with `labelLast`, on the years back from `last`, so the axis
    // names its last year (the horizon's end) however few labels it has room for.
    static void setupYearAxis(QValueAxis *axis, int first, int last, int maxLabels = 12,
                              bool labelLast = false);
    static void setupValueAxis(QValueAxis *axis, const QString &title, double min, double max);

    // (firstYear + i, values[i] * scale) for every year.
    static QList<QPointF> yearPoints(int firstYear, const YearSeries &values, double scale = 1);
};

} // namespace zeroplan
