#include "SectorDonutChart.h"

#include "ChartPalette.h"
#include "present/NumberFormat.h"

#include <QCursor>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <algorithm>

namespace zeroplan {

SectorDonutChart::SectorDonutChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Baseline emissions by sector"));
    c->legend()->setAlignment(Qt::AlignBottom); // beside the donut, long sector names were cut
    m_series = new QPieSeries;
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.9);
    c->addSeries(m_series);
    m_total = new QGraphicsTextItem(c);
    m_total->document()->setDefaultTextOption(QTextOption(Qt::AlignCenter));
    QFont font = m_total->font();
    font.setBold(true);
    m_total->setFont(font);
    connect(c, &QChart::plotAreaChanged, this, &SectorDonutChart::placeTotal);
    setEmptyMessage(tr("Add activity lines on the Baseline page to see emissions by sector."));
}

void SectorDonutChart::setSectors(const QList<SectorShare> &shares)
{
    double total = 0;
    double positive = 0;
    QList<SectorShare> shown;
    for (const SectorShare &share : shares) {
        total += share.tonnes;
        if (share.tonnes > 0) {
            positive += share.tonnes;
            shown.append(share); // a donut cannot draw a sink; it still counts in the total
        }
    }
    if (shown.isEmpty()) {
        m_series->clear();
        m_sectors.clear();
        m_total->setPlainText(QString());
        setEmptyMessage(tr("Add activity lines on the Baseline page to see emissions by sector."));
        return;
    }
    updateSlices(shown, positive);
    m_total->setPlainText(tr("Total\n%1").arg(NumberFormat::tonnesPerYear(total)));
    placeTotal();
    setEmptyMessage(QString());
    noteDataChanged();
}

void SectorDonutChart::updateSlices(const QList<SectorShare> &shown, double positive)
{
    QList<Sector> sectors;
    for (const SectorShare &share : shown)
        sectors.append(share.sector);
    if (sectors != m_sectors) {
        m_series->clear();
        for (const SectorShare &share : shown) {
            auto *slice = new QPieSlice(m_series);
            slice->setColor(ChartPalette::sector(share.sector));
            slice->setBorderColor(Qt::white);
            connect(
                slice, &QPieSlice::hovered, this, [this, slice, sector = share.sector](bool on) {
                    if (on)
                        QToolTip::showText(
                            QCursor::pos(),
                            tr("%1: %2").arg(sectorName(sector),
                                             NumberFormat::tonnesPerYear(m_tonnes.value(sector))));
                    else
                        QToolTip::hideText();
                });
            m_series->append(slice);
        }
        m_sectors = sectors;
    }
    const QList<QPieSlice *> slices = m_series->slices();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const SectorShare &share = shown.at(i);
        slices.at(i)->setValue(share.tonnes);
        // The legend names sector and share; the tonnes are in the slice's tool tip.
        slices.at(i)->setLabel(
            tr("%1: %2", "sector, share")
                .arg(sectorName(share.sector), NumberFormat::percent(share.tonnes / positive)));
        m_tonnes[share.sector] = share.tonnes;
    }
}

QString SectorDonutChart::totalText() const
{
    return m_total->toPlainText();
}

void SectorDonutChart::placeTotal()
{
    const QRectF area = chart()->plotArea();
    // As wide as the hole (the pie takes 90 % of the plot's short side, the hole 55 % of it).
    m_total->setTextWidth(std::min(area.width(), area.height()) * 0.9 * 0.55);
    const QRectF box = m_total->boundingRect();
    m_total->setPos(area.center() - box.center());
}

} // namespace zeroplan
