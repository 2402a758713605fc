#pragma once

#include "ChartImageExport.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QString>

class QAction;
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
    void sharpen();
    void saveChartAs(ChartImageExport::Format format);
    QString suggestedFileName(ChartImageExport::Format format) const;

    QString m_emptyMessage;
    QElapsedTimer m_sinceChange;
    QTimer *m_sharpenTimer = nullptr;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
};

} // namespace zeroplan
