#pragma once

#include <QColor>
#include <QHash>
#include <QString>

namespace zeroplan {

struct Plan;

// Which colour each measure of a plan has in every chart: the colour of its place in the
// plan's list of measures (ChartPalette::measure), so a measure keeps its colour in the
// wedges, the MACC and its ramp, in every scenario. A measure the map does not know (or an
// empty map, where a chart was given no plan) gets the colour of its id
// (ChartPalette::measureById).
class MeasureColours
{
public:
    MeasureColours() = default;
    explicit MeasureColours(const Plan &plan);

    QColor colour(const QString &measureId) const;
    bool isEmpty() const { return m_index.isEmpty(); }

private:
    QHash<QString, int> m_index; // measure id → place in the plan's list
};

} // namespace zeroplan
