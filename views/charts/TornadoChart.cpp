#include "TornadoChart.h"

#include "ChartAxes.h"
#include "ChartPalette.h"
#include "ChartSeries.h"
#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontInfo>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

constexpr double kBarHalfHeight = 0.32; // rows are 1 apart: bars fill about two thirds
constexpr qreal kLabelShare = 0.38;     // the widest the label column gets, of the chart
constexpr qreal kLabelGap = 8;          // between a label and the plot

} // namespace

TornadoChart::TornadoChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("What moves the result most"));
    m_tonnes = new QValueAxis;
    m_rows = new QCategoryAxis;
    m_rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_rows->setGridLineVisible(false);
    m_rows->setLabelsVisible(false); // the rows' labels are drawn wrapped: placeRowLabels()
    c->addAxis(m_tonnes, Qt::AlignBottom);
    c->addAxis(m_rows, Qt::AlignLeft);
    m_base = ChartSeries::addLine(c, m_tonnes, m_rows, QString(),
                                  ChartSeries::linePen(ChartPalette::net(), 1.5));
    connect(c, &QChart::plotAreaChanged, this, &TornadoChart::placeRowLabels);
    connect(c, &QGraphicsWidget::geometryChanged, this, &TornadoChart::placeRowLabels);
    clear(tr("Run the analysis to see which figures matter most."));
}

void TornadoChart::setMeasureKinds(const QHash<QString, MeasureKind> &kindsById)
{
    m_kinds = kindsById;
}

QString TornadoChart::parameterName(const SensitivityBar &bar) const
{
    const auto kind = m_kinds.constFind(bar.measureId);
    if (kind != m_kinds.constEnd()) {
        if (const ParameterSpec *spec = MeasureCatalogue::spec(*kind).parameter(bar.parameter))
            return spec->displayName();
    }
    // Kind unknown: the catalogue's name of the key (the first kind's, where kinds name it
    // differently), never the raw key; a key the catalogue does not know is all there is.
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        if (const ParameterSpec *p = spec.parameter(bar.parameter))
            return p->displayName();
    }
    return bar.parameter;
}

void TornadoChart::setSensitivity(const SensitivityResult &result, int maxBars)
{
    std::vector<SensitivityBar> bars = result.bars;
    std::stable_sort(
        bars.begin(), bars.end(),
        [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    if (bars.size() > size_t(std::max(0, maxBars)))
        bars.resize(size_t(std::max(0, maxBars)));
    if (bars.empty()) {
        clear(tr("No uncertain figure changes the result: give measures a low and high value."));
        return;
    }
    const int n = int(bars.size());
    resizeBars(n);
    QStringList labels;
    QStringList html;
    double low = result.baseNet;
    double high = result.baseNet;
    const QString year = NumberFormat::year(result.targetYear);
    for (int k = 0; k < n; ++k) {
        const SensitivityBar &bar = bars[size_t(k)];
        const double y = n - k; // the largest swing on the top row
        ChartSeries::setRectangle(m_lowBars.at(k), std::min(result.baseNet, bar.netAtLow),
                                  std::max(result.baseNet, bar.netAtLow), y - kBarHalfHeight,
                                  y + kBarHalfHeight);
        ChartSeries::setRectangle(m_highBars.at(k), std::min(result.baseNet, bar.netAtHigh),
                                  std::max(result.baseNet, bar.netAtHigh), y - kBarHalfHeight,
                                  y + kBarHalfHeight);
        const QString parameter = parameterName(bar);
        labels.append(tr("%1 — %2", "measure, parameter").arg(bar.measureName, parameter));
        html.append(bar.measureName.toHtmlEscaped() + QStringLiteral("<br><i>") +
                    parameter.toHtmlEscaped() + QStringLiteral("</i>"));
        // Hovering a bar: which figure, and the net emissions at its low or high value.
        const QString name =
            bar.measureName.toHtmlEscaped() + QStringLiteral(" — ") + parameter.toHtmlEscaped();
        const double atLow = bar.netAtLow;
        const double atHigh = bar.netAtHigh;
        ChartSeries::setHoverText(m_lowBars.at(k), [name, year, atLow](const QPointF &) {
            return ChartSeries::tip(
                name,
                tr("At its low value: net %1 in %2").arg(NumberFormat::tonnesPerYear(atLow), year));
        });
        ChartSeries::setHoverText(m_highBars.at(k), [name, year, atHigh](const QPointF &) {
            return ChartSeries::tip(name, tr("At its high value: net %1 in %2")
                                              .arg(NumberFormat::tonnesPerYear(atHigh), year));
        });
        low = std::min({low, bar.netAtLow, bar.netAtHigh});
        high = std::max({high, bar.netAtLow, bar.netAtHigh});
    }
    setRowLabels(labels, html);
    // Centred on the base: the longest bar's reach either side, and a little room.
    double reach = std::max(result.baseNet - low, high - result.baseNet) * 1.1;
    if (reach <= 0)
        reach = std::max(1.0, std::abs(result.baseNet) * 0.1);
    ChartAxes::setupValueAxis(
        m_tonnes, tr("Net emissions in %1 (%2)").arg(year, NumberFormat::tonnesPerYearUnit()),
        result.baseNet - reach, result.baseNet + reach);
    m_base->setName(tr("All figures likely: %1").arg(NumberFormat::tonnesPerYear(result.baseNet)));
    m_base->replace(QList<QPointF>{QPointF(result.baseNet, 0.5), QPointF(result.baseNet, n + 0.5)});
    ChartSeries::setInLegend(chart(), m_base, true);
    setEmptyMessage(QString());
    noteDataChanged();
    placeRowLabels();
}

void TornadoChart::clear(const QString &emptyMessage)
{
    resizeBars(0);
    setRowLabels({}, {});
    m_base->clear();
    setEmptyMessage(emptyMessage.isEmpty()
                        ? tr("Run the analysis to see which figures matter most.")
                        : emptyMessage);
}

QStringList TornadoChart::rowLabels() const
{
    return m_labels;
}

void TornadoChart::resizeBars(int count)
{
    while (m_lowBars.size() > count) {
        ChartSeries::remove(chart(), m_lowBars.takeLast());
        ChartSeries::remove(chart(), m_highBars.takeLast());
    }
    while (m_lowBars.size() < count) {
        m_lowBars.append(ChartSeries::addArea(
            chart(), m_tonnes, m_rows, tr("Figure at its low value"), ChartPalette::series(4)));
        m_highBars.append(ChartSeries::addArea(
            chart(), m_tonnes, m_rows, tr("Figure at its high value"), ChartPalette::series(0)));
    }
    // One legend entry per colour, not per bar.
    for (qsizetype i = 0; i < m_lowBars.size(); ++i) {
        ChartSeries::setInLegend(chart(), m_lowBars.at(i), i == 0);
        ChartSeries::setInLegend(chart(), m_highBars.at(i), i == 0);
    }
}

void TornadoChart::setRowLabels(const QStringList &topToBottom, const QStringList &htmlTopToBottom)
{
    if (topToBottom == m_labels)
        return;
    m_labels = topToBottom;
    for (const QString &label : m_rows->categoriesLabels())
        m_rows->remove(label);
    // Rows run bottom to top on the axis; a category axis needs distinct labels.
    QStringList used;
    const int n = int(topToBottom.size());
    for (int row = 1; row <= n; ++row) {
        QString label = topToBottom.at(n - row);
        for (int copy = 2; used.contains(label); ++copy)
            label =
                tr("%1 (%2)", "duplicate row label, number").arg(topToBottom.at(n - row)).arg(copy);
        used.append(label);
        m_rows->append(label.toHtmlEscaped(), row + 0.5); // axis labels are rich text
    }
    m_rows->setStartValue(0.5);
    m_rows->setRange(0.5, std::max(1, n) + 0.5);
    // The labels drawn: two rows with the same measure and parameter name get a number, so
    // no two rows read alike.
    while (m_rowTexts.size() > n)
        delete m_rowTexts.takeLast();
    while (m_rowTexts.size() < n) {
        auto *text = new QGraphicsTextItem(chart());
        text->document()->setDocumentMargin(0);
        QTextOption option = text->document()->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(Qt::AlignRight);
        text->document()->setDefaultTextOption(option);
        m_rowTexts.append(text);
    }
    for (int k = 0; k < n; ++k) {
        QString html = htmlTopToBottom.at(k);
        const int twin = int(topToBottom.mid(0, k).count(topToBottom.at(k)));
        if (twin > 0)
            html += QStringLiteral(" (%1)").arg(twin + 1);
        m_rowTexts.at(k)->setHtml(html);
    }
}

void TornadoChart::placeRowLabels()
{
    if (m_placing)
        return;
    m_placing = true;
    QChart *c = chart();
    if (c->size().width() < 120) { // not laid out yet: labels for no width would be all height
        m_placing = false;
        return;
    }
    const qreal widest = std::max<qreal>(60, c->size().width() * kLabelShare);
    // Each label fits its row: a smaller font (down to 6.5 pt) where rows are tight.
    const qreal pitch = m_rowTexts.isEmpty() ? 0 : c->plotArea().height() / m_rowTexts.size();
    QFont font = m_tonnes->labelsFont();
    if (font.pointSizeF() <= 0) // a theme's pixel size: in points, to step down from
        font.setPointSizeF(QFontInfo(font).pointSizeF());
    qreal column = 0;
    for (;;) {
        column = 0;
        qreal tallest = 0;
        for (QGraphicsTextItem *text : std::as_const(m_rowTexts)) {
            text->setVisible(!isShowingEmptyMessage());
            text->setFont(font);
            text->setDefaultTextColor(m_tonnes->labelsColor());
            text->setTextWidth(-1);
            // As wide as its longer line, so the lines align right; wrapped past `widest`.
            text->setTextWidth(std::min(widest, std::ceil(text->boundingRect().width())));
            column = std::max(column, text->boundingRect().width());
            tallest = std::max(tallest, text->boundingRect().height());
        }
        if (pitch <= 0 || tallest <= pitch || font.pointSizeF() <= 6.5)
            break;
        font.setPointSizeF(std::max(6.5, font.pointSizeF() - 0.5));
    }
    QMargins margins = c->margins();
    const int left = int(std::ceil(4 + (column > 0 ? column + kLabelGap : 0)));
    if (margins.left() != left) {
        margins.setLeft(left);
        c->setMargins(margins); // lays the plot out again: plotAreaChanged, here again
    }
    const QRectF plot = c->plotArea();
    for (int k = 0; k < m_rowTexts.size(); ++k) {
        QGraphicsTextItem *text = m_rowTexts.at(k);
        const double row = m_rowTexts.size() - k;
        const qreal y = c->mapToPosition(QPointF(m_tonnes->min(), row), m_base).y();
        const QRectF box = text->boundingRect();
        text->setPos(plot.left() - kLabelGap - box.width(), y - box.height() / 2);
    }
    m_placing = false;
}

} // namespace zeroplan
