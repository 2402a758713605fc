#pragma once

#include "ChartImageExport.h"
#include "ChartLegend.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

class QAction;
class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QTimer;

class QValueAxis;

namespace zeroplan {

// The base of every chart: a QChartView with antialiasing, the app's fonts and an empty
// state. While an empty message is set, the chart is hidden and the message is drawn in its
// place, so a chart with nothing to show says why ("Add a measure to see its wedge.").
// Its context menu saves the chart as a PNG or SVG picture (ChartImageExport).
class PlanChartView : public QChartView
{
    Q_OBJECT

public:
    explicit PlanChartView(QWidget *parent = nullptr);

    void setEmptyMessage(const QString &message); // empty: show the chart
    QString emptyMessage() const { return m_emptyMessage; }
    bool isShowingEmptyMessage() const { return !m_emptyMessage.isEmpty(); }

    // A year axis from `first` to `last` with whole-year labels ("%d", ticks on round years).
    static void setupYearAxis(QValueAxis *axis, int first, int last);
    // A value axis with its unit in the title and a locale-formatted label format.
    static void setupValueAxis(QValueAxis *axis, const QString &title, double min, double max);

    // The legend drawn in place of Qt's: names never cut short (ChartLegend).
    ChartLegend *legendPanel() const { return m_legend; }
    // The legend below the plot for a few entries, beside it for more than four, hidden past
    // `limit` (then the series' tool tips name them).
    void placeLegend(qsizetype entries, qsizetype limit = 12);
    // Below the plot however many entries (up to `limit`): for a chart in a narrow place,
    // whose plot and axis titles need the width.
    void setLegendBelow(bool below) { m_legendBelow = below; }

    // How a label on the plot sits by its point: centred above it (the end of a line), or
    // beside a vertical marker line, near the top of the plot.
    enum class LabelPlace
    {
        Above,
        BesideTop
    };
    // A label written on the plot at `at` (in `series`' values), in `colour`, moved as the
    // plot is laid out and always kept inside the plot ("Target path" at the right edge
    // stays readable). An empty text removes it; a hidden series hides it.
    void setPlotLabel(QAbstractSeries *series, const QString &text, const QPointF &at,
                      const QColor &colour, LabelPlace place = LabelPlace::Above);
    QGraphicsSimpleTextItem *plotLabel(QAbstractSeries *series) const; // nullptr: none

    // The context menu's actions ("saveChartPngAction", "saveChartSvgAction"); each asks for
    // a file and saves the chart there, or says why it can't. Disabled while the chart is
    // empty.
    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Subclasses call this when new data arrives. While data streams in (a slider dragged,
    // a new result on every step) the chart is drawn without antialiasing, which costs a
    // tenth of an antialiased fill; it is drawn sharp again once the stream pauses.
    void noteDataChanged();

private:
    struct PlotLabel
    {
        QGraphicsSimpleTextItem *item = nullptr;
        QPointF at;
        LabelPlace place = LabelPlace::Above;
    };

    void placePlotLabels();
    void sharpen();
    void saveChartAs(ChartImageExport::Format format);
    QString suggestedFileName(ChartImageExport::Format format) const;

    QString m_emptyMessage;
    QElapsedTimer m_sinceChange;
    QTimer *m_sharpenTimer = nullptr;
    ChartLegend *m_legend = nullptr;
    bool m_legendBelow = false;
    QHash<QAbstractSeries *, PlotLabel> m_plotLabels;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
};

} // namespace zeroplan
