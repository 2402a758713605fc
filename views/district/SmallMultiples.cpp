#include "SmallMultiples.h"

#include "charts/ChartPalette.h"
#include "district/DistrictRollup.h"
#include "present/NumberFormat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr int kGap = 8;

} // namespace

SmallMultiples::SmallMultiples(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("smallMultiples"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(false);
}

void SmallMultiples::setRollup(const DistrictRollup &rollup)
{
    m_tiles.clear();
    m_first = rollup.baseYear();
    m_last = rollup.horizonEnd();
    m_max = 0;
    m_min = 0;
    for (int i = 0; i < rollup.size(); ++i) {
        Tile tile{rollup.community(i).name, rollup.contribution(i, DistrictRollup::Bau),
                  rollup.contribution(i, DistrictRollup::Net)};
        if (tile.bau.size() > 0) {
            m_max = std::max({m_max, tile.bau.maxCoeff(), tile.net.maxCoeff()});
            m_min = std::min(m_min, tile.net.minCoeff());
        }
        m_tiles.push_back(std::move(tile));
    }
    if (m_max <= m_min)
        m_max = m_min + 1;
    updateGeometry();
    update();
}

int SmallMultiples::columns() const
{
    return std::max(1, (width() - kGap) / (kTileWidth + kGap));
}

QRect SmallMultiples::tileRect(int index) const
{
    const int perRow = columns();
    return {kGap + (index % perRow) * (kTileWidth + kGap),
            kGap + (index / perRow) * (kTileHeight + kGap), kTileWidth, kTileHeight};
}

int SmallMultiples::tileAt(const QPoint &point) const
{
    const int perRow = columns();
    const int column = (point.x() - kGap) / (kTileWidth + kGap);
    const int row = (point.y() - kGap) / (kTileHeight + kGap);
    if (point.x() < kGap || point.y() < kGap || column >= perRow)
        return -1;
    const int index = row * perRow + column;
    if (index >= tileCount() || !tileRect(index).contains(point))
        return -1;
    return index;
}

int SmallMultiples::heightForWidth(int width) const
{
    const int perRow = std::max(1, (width - kGap) / (kTileWidth + kGap));
    const int rows = (tileCount() + perRow - 1) / perRow;
    return kGap + rows * (kTileHeight + kGap);
}

QSize SmallMultiples::sizeHint() const
{
    return {3 * (kTileWidth + kGap) + kGap, heightForWidth(3 * (kTileWidth + kGap) + kGap)};
}

void SmallMultiples::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int wanted = heightForWidth(width());
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted); // the scroll area then scrolls over every row
}

void SmallMultiples::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_painted = 0;
    if (m_tiles.empty()) {
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("No community of this district could be read."));
        return;
    }
    // Only the rows the exposed rectangle crosses.
    const int perRow = columns();
    const int firstRow = std::max(0, (event->rect().top() - kGap) / (kTileHeight + kGap));
    const int lastRow = (event->rect().bottom() - kGap) / (kTileHeight + kGap);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = 0; column < perRow; ++column) {
            const int index = row * perRow + column;
            if (index >= tileCount())
                return;
            paintTile(painter, index);
            ++m_painted;
        }
    }
}

void SmallMultiples::paintTile(QPainter &painter, int index) const
{
    const Tile &tile = m_tiles[size_t(index)];
    const QRect box = tileRect(index);
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    painter.setBrush(palette().base());
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    // The title, cut with "…" only when the tile is too narrow (the tool tip has it whole).
    painter.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QRect title(box.left() + 6, box.top() + 4, box.width() - 12, line);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(tile.name, Qt::ElideRight, title.width()));
    painter.setFont(font());
    // The plot, with whole years under it and the shared scale's top at its left.
    const QString top = NumberFormat::number(m_max);
    const int left = box.left() + 6 + metrics.horizontalAdvance(top) + 4;
    const QRectF plot(left, box.top() + 8 + line, box.right() - 8 - left,
                      box.height() - 16 - 2 * line);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(box.left() + 4, int(plot.top()) - line / 2, left - box.left() - 8, line),
                     Qt::AlignRight | Qt::AlignVCenter, top);
    const QRect years(int(plot.left()), int(plot.bottom()) + 2, int(plot.width()), line);
    painter.drawText(years, Qt::AlignLeft | Qt::AlignVCenter, NumberFormat::year(m_first));
    painter.drawText(years, Qt::AlignRight | Qt::AlignVCenter, NumberFormat::year(m_last));
    const auto y = [&](double tonnes) {
        return plot.bottom() - (tonnes - m_min) / (m_max - m_min) * plot.height();
    };
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
    painter.drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)));
    const int count = int(tile.bau.size());
    const auto path = [&](const YearSeries &series) {
        QPainterPath p;
        for (int i = 0; i < count; ++i) {
            const double x = plot.left() + (count > 1 ? plot.width() * i / (count - 1) : 0);
            if (i == 0)
                p.moveTo(x, y(series[i]));
            else
                p.lineTo(x, y(series[i]));
        }
        return p;
    };
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ChartPalette::bau(), 1.5, Qt::DashLine));
    painter.drawPath(path(tile.bau));
    painter.setPen(QPen(ChartPalette::net(), 2));
    painter.drawPath(path(tile.net));
}

void SmallMultiples::mousePressEvent(QMouseEvent *event)
{
    const int index = tileAt(event->position().toPoint());
    if (index >= 0)
        emit communityClicked(index);
    QWidget::mousePressEvent(event);
}

void SmallMultiples::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = tileAt(event->position().toPoint());
    if (index >= 0)
        emit communityActivated(index);
}

bool SmallMultiples::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tileAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const Tile &tile = m_tiles[size_t(index)];
        const qsizetype last = tile.net.size() - 1;
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1</b><br>Business as usual in %2: %3<br>Net in %2: %4")
                               .arg(tile.name.toHtmlEscaped(), NumberFormat::year(m_last),
                                    NumberFormat::tonnesPerYear(last >= 0 ? tile.bau[last] : 0),
                                    NumberFormat::tonnesPerYear(last >= 0 ? tile.net[last] : 0)),
                           this, tileRect(index));
        return true;
    }
    return QWidget::event(event);
}

} // namespace zeroplan
