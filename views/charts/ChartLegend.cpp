#include "ChartLegend.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QXYSeries>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr qreal kMargin = 4;           // the chart's own margin on every side (PlanChartView)
constexpr qreal kEdge = 6;             // between the legend and the chart's edge
constexpr qreal kSwatchWidth = 28;     // long enough for two dashes of a 2 px dashed line
constexpr qreal kGap = 6;              // swatch to name
constexpr qreal kRowSpacing = 3;       // between entries stacked beside the plot, between rows
constexpr qreal kColumnSpacing = 16;   // between entries side by side below the plot
constexpr qreal kPlotGap = 10;         // between the plot (or its axis title) and the legend
constexpr qreal kRightShare = 0.34;    // the widest a column beside the plot gets
constexpr qreal kWideRightShare = 0.5; // … when names wrapped to a third do not fit
constexpr qreal kBottomShare = 0.4;    // the tallest the rows below the plot get
constexpr qreal kMinChart = 120;       // smaller (not laid out yet): no legend
constexpr qreal kMaxSwatchPen = 4;     // a bold line's sample, not a slab
constexpr char kInLegend[] = "zeroplanInLegend";

// The height of the first line of a (maybe wrapped) name: its swatch sits level with it.
qreal firstLineHeight(const QGraphicsTextItem *text, qreal fallback)
{
    const QTextBlock block = text->document()->firstBlock();
    if (block.layout() && block.layout()->lineCount() > 0)
        return block.layout()->lineAt(0).height();
    return fallback;
}

QString penKey(const QPen &pen)
{
    return pen.color().name(QColor::HexArgb) + QString::number(pen.widthF()) +
           QString::number(int(pen.style()));
}

QString brushKey(const QBrush &brush)
{
    return brush.color().name(QColor::HexArgb) + QString::number(int(brush.style()));
}

} // namespace

void ChartLegend::setInLegend(QAbstractSeries *series, bool shown)
{
    series->setProperty(kInLegend, shown);
}

bool ChartLegend::isInLegend(const QAbstractSeries *series)
{
    const QVariant shown = series->property(kInLegend);
    return !shown.isValid() || shown.toBool();
}

ChartLegend::ChartLegend(QChart *chart) : QGraphicsObject(chart), m_chart(chart)
{
    setZValue(20); // above the plot's series and grid
    chart->legend()->hide();
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartLegend::layout);
    connect(chart, &QChart::plotAreaChanged, this, &ChartLegend::layout);
    connect(chart->legend(), &QLegend::fontChanged, this, &ChartLegend::refresh);
    connect(chart->legend(), &QLegend::labelColorChanged, this, &ChartLegend::refresh);
}

QRectF ChartLegend::innerRect() const
{
    // The chart's background is inset from its geometry by its layout's contents margins.
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (m_chart->layout())
        m_chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    return QRectF(QPointF(0, 0), m_chart->size()).adjusted(left, top, -right, -bottom);
}

void ChartLegend::setPlacement(Placement placement)
{
    if (placement == m_placement)
        return;
    m_placement = placement;
    refresh();
}

QList<ChartLegend::Entry> ChartLegend::collect() const
{
    QList<Entry> entries;
    for (QAbstractSeries *series : m_chart->series()) {
        if (!series->isVisible() || !isInLegend(series))
            continue;
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                Entry e;
                e.html = slice->label();
                e.brush = slice->brush();
                e.pen = slice->pen();
                entries.append(e);
            }
            continue;
        }
        if (series->name().isEmpty())
            continue;
        Entry e;
        e.html = series->name();
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            e.brush = area->brush();
            e.pen = area->pen();
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            e.line = true;
            e.pen = xy->pen();
            e.pen.setWidthF(std::min(e.pen.widthF(), kMaxSwatchPen));
            e.points = xy->pointsVisible();
        }
        entries.append(e);
    }
    return entries;
}

void ChartLegend::refresh()
{
    layout(); // the signature tells whether anything changed
}

void ChartLegend::layout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    const QList<Entry> entries = m_placement == Placement::Hidden ? QList<Entry>() : collect();
    const QFont font = m_chart->legend()->font();
    const QRectF inner = innerRect();
    const QSizeF size = inner.size();
    QString signature =
        QString::number(int(m_placement)) + font.toString() + QString::number(size.width()) +
        QLatin1Char('x') + QString::number(size.height()) + QLatin1Char('@') +
        QString::number(m_chart->plotArea().top()) + m_chart->legend()->labelColor().name();
    for (const Entry &e : entries)
        signature += QChar(0x1F) + e.html + penKey(e.pen) + brushKey(e.brush);
    if (signature == m_signature) {
        m_inLayout = false;
        return;
    }
    m_signature = signature;
    prepareGeometryChange();
    QStringList shown;
    for (const Entry &e : m_entries)
        shown.append(e.html);
    m_entries = entries;
    while (m_texts.size() > m_entries.size())
        delete m_texts.takeLast();
    while (m_texts.size() < m_entries.size()) {
        auto *text = new QGraphicsTextItem(this);
        text->document()->setDocumentMargin(0);
        QTextOption option = text->document()->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        text->document()->setDefaultTextOption(option);
        text->setAcceptHoverEvents(false);
        m_texts.append(text);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QGraphicsTextItem *text = m_texts.at(i);
        text->setFont(font);
        text->setDefaultTextColor(m_chart->legend()->labelColor());
        text->setTextWidth(-1);
        if (i >= shown.size() || shown.at(i) != m_entries.at(i).html)
            text->setHtml(m_entries.at(i).html);
    }
    // Only the right and bottom margins are the legend's (the tornado's labels take the left).
    QMargins margins = m_chart->margins();
    margins.setRight(int(kMargin));
    margins.setBottom(int(kMargin));
    // A chart not laid out yet (no size) gets no legend: margins for a legend wrapped to
    // nothing would raise the chart's minimum size past the view's, and cut it off.
    if (m_entries.isEmpty() || size.width() < kMinChart || size.height() < kMinChart) {
        m_area = QRectF();
        setVisible(false);
    } else {
        setVisible(true);
        // The first arrangement that fits: the placement asked for, then the other one,
        // then a wider column; a legend that fits nowhere takes the widest column.
        const qreal h = size.height();
        const qreal w = size.width();
        const auto tryBottom = [&] {
            placeBottom(w, h);
            return m_area.height() <= h * kBottomShare;
        };
        const auto tryRight = [&](qreal share) {
            placeRight(w, h, m_chart->plotArea().top() - inner.top(), share);
            return m_area.height() <= h - 2 * kEdge;
        };
        bool bottom = false;
        if (m_placement == Placement::Bottom && tryBottom()) {
            bottom = true;
        } else if (!tryRight(kRightShare) && !tryRight(kWideRightShare)) {
            bottom = tryBottom();
            if (!bottom)
                tryRight(kWideRightShare);
        }
        if (bottom)
            margins.setBottom(int(std::ceil(kEdge + m_area.height() + kPlotGap)));
        else
            margins.setRight(int(std::ceil(kEdge + m_area.width() + kPlotGap)));
        // Laid out in the background's coordinates: move everything to where it is.
        for (QGraphicsTextItem *text : std::as_const(m_texts))
            text->moveBy(inner.left(), inner.top());
        for (Entry &e : m_entries)
            e.swatch.translate(inner.topLeft());
        m_area.translate(inner.topLeft());
    }
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins); // lays the plot out again: plotAreaChanged, layout()
    update();
    m_inLayout = false;
}

void ChartLegend::placeRight(qreal width, qreal height, qreal top, qreal share)
{
    const QFontMetricsF metrics(m_chart->legend()->font());
    const qreal widest = std::max<qreal>(80, width * share - kSwatchWidth - kGap);
    qreal textWidth = 0;
    for (QGraphicsTextItem *text : std::as_const(m_texts)) {
        text->setTextWidth(-1); // from the names' own widths
        textWidth = std::max(textWidth, text->boundingRect().width());
    }
    textWidth = std::min(textWidth, widest);
    qreal total = 0;
    for (QGraphicsTextItem *text : std::as_const(m_texts)) {
        if (text->boundingRect().width() > textWidth)
            text->setTextWidth(textWidth); // wraps: never cut short
        total += text->boundingRect().height() + kRowSpacing;
    }
    total -= kRowSpacing;
    // From the top of the plot; higher up when the column is taller than the plot.
    if (top <= kMargin || top + total > height - kMargin)
        top = std::max(kMargin, height - kMargin - total);
    const qreal panel = kSwatchWidth + kGap + textWidth;
    const qreal left = width - kEdge - panel;
    const qreal swatchHeight = metrics.height() * 0.62;
    qreal y = top;
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        QGraphicsTextItem *text = m_texts.at(i);
        text->setPos(left + kSwatchWidth + kGap, y);
        const qreal line = firstLineHeight(text, metrics.height());
        m_entries[i].swatch =
            QRectF(left, y + (line - swatchHeight) / 2, kSwatchWidth, swatchHeight);
        y += text->boundingRect().height() + kRowSpacing;
    }
    m_area = QRectF(left, top, panel, total);
}

void ChartLegend::placeBottom(qreal width, qreal height)
{
    const QFontMetricsF metrics(m_chart->legend()->font());
    const qreal available = std::max<qreal>(80, width - 2 * kMargin);
    const qreal textMax = available - kSwatchWidth - kGap;
    // Rows of entries, each as wide as its name (wrapped only when a row cannot hold it).
    QList<QList<qsizetype>> rows(1);
    QList<qreal> rowWidths(1, 0);
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        QGraphicsTextItem *text = m_texts.at(i);
        text->setTextWidth(-1);
        if (text->boundingRect().width() > textMax)
            text->setTextWidth(textMax);
        const qreal w = kSwatchWidth + kGap + text->boundingRect().width();
        if (!rows.last().isEmpty() && rowWidths.last() + kColumnSpacing + w > available) {
            rows.append(QList<qsizetype>());
            rowWidths.append(0);
        }
        rowWidths.last() += (rows.last().isEmpty() ? 0 : kColumnSpacing) + w;
        rows.last().append(i);
    }
    qreal total = 0;
    QList<qreal> rowHeights;
    for (const QList<qsizetype> &row : std::as_const(rows)) {
        qreal h = 0;
        for (const qsizetype i : row)
            h = std::max(h, m_texts.at(i)->boundingRect().height());
        rowHeights.append(h);
        total += h;
    }
    total += kRowSpacing * qreal(rows.size() - 1);
    const qreal swatchHeight = metrics.height() * 0.62;
    qreal y = height - kEdge - total;
    qreal widest = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        qreal x = (width - rowWidths.at(r)) / 2;
        widest = std::max(widest, rowWidths.at(r));
        for (const qsizetype i : rows.at(r)) {
            QGraphicsTextItem *text = m_texts.at(i);
            // Names of one row share a middle line (a Chinese name stands taller).
            const qreal top = y + (rowHeights.at(r) - text->boundingRect().height()) / 2;
            const qreal line = firstLineHeight(text, metrics.height());
            m_entries[i].swatch =
                QRectF(x, top + (line - swatchHeight) / 2, kSwatchWidth, swatchHeight);
            text->setPos(x + kSwatchWidth + kGap, top);
            x += kSwatchWidth + kGap + text->boundingRect().width() + kColumnSpacing;
        }
        y += rowHeights.at(r) + kRowSpacing;
    }
    m_area = QRectF((width - widest) / 2, height - kEdge - total, widest, total);
}

QStringList ChartLegend::labels() const
{
    QStringList labels;
    if (!isVisible())
        return labels;
    for (QGraphicsTextItem *text : m_texts)
        labels.append(text->toPlainText());
    return labels;
}

QList<QGraphicsTextItem *> ChartLegend::labelItems() const
{
    return isVisible() ? m_texts : QList<QGraphicsTextItem *>();
}

QRectF ChartLegend::swatchRect(int entry) const
{
    return entry >= 0 && entry < m_entries.size() ? m_entries.at(entry).swatch : QRectF();
}

QPen ChartLegend::swatchPen(int entry) const
{
    if (entry < 0 || entry >= m_entries.size() || !m_entries.at(entry).line)
        return QPen(Qt::NoPen);
    return m_entries.at(entry).pen;
}

QRectF ChartLegend::boundingRect() const
{
    return m_area.adjusted(-2, -2, 2, 2);
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Entry &e : std::as_const(m_entries)) {
        const QRectF r = e.swatch;
        if (e.line) {
            painter->setPen(e.pen);
            const qreal y = r.center().y();
            painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            if (e.points) {
                painter->setBrush(e.pen.color());
                painter->drawEllipse(QPointF(r.center().x(), y), 2.5, 2.5);
            }
        } else {
            painter->setPen(e.pen.style() == Qt::NoPen ? QPen(e.brush.color().darker(120), 0.5)
                                                       : e.pen);
            painter->setBrush(e.brush);
            painter->drawRect(r.adjusted(0, 0, -r.width() / 2, 0)); // a box, not a bar
        }
    }
    painter->restore();
}

} // namespace zeroplan
