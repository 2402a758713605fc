#pragma once

#include "PlanChartView.h"
#include "inventory/Sector.h"
#include "present/SectorShare.h"

#include <QList>
#include <QMap>

class QGraphicsTextItem;
class QPieSeries;

namespace zeroplan {

// The baseline by sector as a donut, the total in the middle, sectors named in the legend
// with their share. Empty state when the baseline has no emissions.
class SectorDonutChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit SectorDonutChart(QWidget *parent = nullptr);
    void setSectors(const QList<SectorShare> &shares);

    QString totalText() const; // what the middle of the donut says
    QPieSeries *pieSeries() const { return m_series; }

private:
    void updateSlices(const QList<SectorShare> &shown, double positive);
    void placeTotal();

    QPieSeries *m_series = nullptr;
    QGraphicsTextItem *m_total = nullptr;
    QMap<Sector, double> m_tonnes; // per sector shown, for the slices' tool tips
    QList<Sector> m_sectors;       // the sectors the slices stand for, in order
};

} // namespace zeroplan
