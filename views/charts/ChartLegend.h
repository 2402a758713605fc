#pragma once

#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsTextItem;

namespace zeroplan {

// The legend of every chart, drawn in the chart's scene in place of Qt's (which cuts long
// names short: "Ambitiou…"). Beside the plot, names wrap onto several lines in a column
// as wide as they need, up to a third of the chart; below it, entries flow onto as many rows
// as they take. Each swatch is drawn as its series is: a line with the series' pen (dashed
// BAU, dotted gross, bold net), a filled box for areas, bars and slices. It reads the font
// and label colour of the chart's own (hidden) QLegend, so code that styles that legend
// (the report's fonts) styles this one, and it prints with the chart.
class ChartLegend : public QGraphicsObject
{
    Q_OBJECT

public:
    enum class Placement
    {
        Hidden,
        Right,
        Bottom
    };

    // Whether a series is named in the legend (ChartSeries::setInLegend sets it).
    static void setInLegend(QAbstractSeries *series, bool shown);
    static bool isInLegend(const QAbstractSeries *series);

    explicit ChartLegend(QChart *chart);

    void setPlacement(Placement placement);
    Placement placement() const { return m_placement; }
    // Reads the chart's series again (names, pens, which are shown) and lays out anew when
    // anything changed. Cheap when nothing did.
    void refresh();

    QStringList labels() const;                    // as shown, plain text, top first
    QList<QGraphicsTextItem *> labelItems() const; // the shown names, top first
    QRectF area() const { return m_area; }         // in the chart's coordinates
    QRectF innerRect() const;                      // the chart's background, where the legend stays
    QRectF swatchRect(int entry) const;            // in the chart's coordinates
    QPen swatchPen(int entry) const;               // Qt::NoPen for boxes

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry
    {
        QString html; // the series' name: rich text, as Qt Charts names are
        QPen pen;     // a line's pen (style kept, width capped), or the box's outline
        QBrush brush; // Qt::NoBrush for a line
        bool line = false;
        bool points = false; // a line drawn with its points
        QRectF swatch;       // in this item's coordinates (= the chart's)
    };

    QList<Entry> collect() const;
    void layout();
    void placeRight(qreal width, qreal height, qreal top, qreal share);
    void placeBottom(qreal width, qreal height);

    QChart *m_chart = nullptr;
    Placement m_placement = Placement::Bottom;
    QList<Entry> m_entries;
    QList<QGraphicsTextItem *> m_texts;
    QRectF m_area;
    QString m_signature; // what was laid out: names, size, font, placement
    bool m_inLayout = false;
};

} // namespace zeroplan
