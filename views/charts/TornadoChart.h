#pragma once

#include "PlanChartView.h"
#include "engine/Results.h"
#include "measures/MeasureKind.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QAreaSeries;
class QCategoryAxis;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace zeroplan {

// One-at-a-time sensitivity as a tornado: a horizontal bar per parameter from the net
// emissions at its low value to those at its high value, around the base (all likely),
// largest swing on top, at most `maxBars` bars. Each row is labelled with the measure and
// the catalogue's name of the parameter, wrapped onto two or more lines beside the plot,
// never cut short; the axis is centred on the base, so the bars show whatever the scale of
// the scenario's emissions.
class TornadoChart : public PlanChartView
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);
    void setSensitivity(const SensitivityResult &result, int maxBars = 10);
    void clear(const QString &emptyMessage);

    // The kind of each measure by id, so parameter keys two kinds share ("share") get the
    // right name; without it a key is named when the catalogue names it one way only.
    void setMeasureKinds(const QHash<QString, MeasureKind> &kindsById);

    QStringList rowLabels() const; // "Measure — parameter", top (largest swing) first
    // The labels beside the rows as drawn (measure, then parameter), top first.
    QList<QGraphicsTextItem *> rowLabelItems() const { return m_rowTexts; }
    // Per row, top first: the bar from the base to the net at the parameter's low/high value.
    QList<QAreaSeries *> lowBars() const { return m_lowBars; }
    QList<QAreaSeries *> highBars() const { return m_highBars; }
    QLineSeries *baseLine() const { return m_base; }
    QValueAxis *tonnesAxis() const { return m_tonnes; }

private:
    QString parameterName(const SensitivityBar &bar) const;
    void resizeBars(int count);
    void setRowLabels(const QStringList &topToBottom, const QStringList &htmlTopToBottom);
    void placeRowLabels();

    QValueAxis *m_tonnes = nullptr;
    QCategoryAxis *m_rows = nullptr;
    QLineSeries *m_base = nullptr;
    QList<QAreaSeries *> m_lowBars;
    QList<QAreaSeries *> m_highBars;
    QStringList m_labels;
    QList<QGraphicsTextItem *> m_rowTexts;
    bool m_placing = false;
    QHash<QString, MeasureKind> m_kinds;
};

} // namespace zeroplan
