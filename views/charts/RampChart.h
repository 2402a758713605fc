#pragma once

#include "EigenTypes.h"
#include "PlanChartView.h"

class QLineSeries;
class QValueAxis;

namespace zeroplan {

// A small chart of one measure's adoption over the years (0–100 %), drawn beside the measure
// form: rampCurve() of the engine for the measure's start year, ramp years and shape, over
// the whole horizon: the year axis always labels the horizon's end.
class RampChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit RampChart(QWidget *parent = nullptr);
    // adoption[i] is the share (0..1) in year firstYear + i.
    void setAdoption(int firstYear, const YearSeries &adoption);
    // The line in the measure's colour (MeasureColours), as in the wedges and the MACC.
    void setColour(const QColor &colour);

    QLineSeries *adoptionSeries() const { return m_line; } // points: (year, % adopted)
    QValueAxis *yearAxis() const { return m_years; }
    QValueAxis *shareAxis() const { return m_share; }

private:
    QLineSeries *m_line = nullptr;
    QValueAxis *m_years = nullptr;
    QValueAxis *m_share = nullptr;
};

} // namespace zeroplan
