#include "MeasureIcon.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QPolygonF>
#include <QtMath>
#include <array>

namespace zeroplan {
namespace {

// Every glyph is drawn in a 24 × 24 box; paint() scales it to the rectangle asked for.
constexpr double kBox = 24;

void solar(QPainter &p)
{
    p.drawEllipse(QPointF(6, 6), 2.5, 2.5);
    for (int i = 0; i < 8; ++i) {
        const double a = i * M_PI / 4;
        p.drawLine(QPointF(6 + 4 * std::cos(a), 6 + 4 * std::sin(a)),
                   QPointF(6 + 5.5 * std::cos(a), 6 + 5.5 * std::sin(a)));
    }
    const QPolygonF panel{{QPointF(8, 12), QPointF(21, 12), QPointF(18, 21), QPointF(3, 21)}};
    p.drawPolygon(panel);
    p.drawLine(QPointF(5.5, 16.5), QPointF(19.5, 16.5));
    p.drawLine(QPointF(13, 12), QPointF(10.5, 21));
}

void bus(QPainter &p)
{
    p.drawRoundedRect(QRectF(4, 4, 16, 14), 2, 2);
    p.drawRect(QRectF(6.5, 6.5, 11, 5));
    p.drawLine(QPointF(12, 6.5), QPointF(12, 11.5));
    p.drawEllipse(QPointF(8, 19.5), 1.8, 1.8);
    p.drawEllipse(QPointF(16, 19.5), 1.8, 1.8);
}

void compost(QPainter &p)
{
    QPainterPath heap;
    heap.moveTo(3, 20);
    heap.cubicTo(5, 11, 19, 11, 21, 20);
    heap.closeSubpath();
    p.drawPath(heap);
    p.drawLine(QPointF(12, 13), QPointF(12, 7));
    QPainterPath leaf;
    leaf.moveTo(12, 8);
    leaf.cubicTo(13, 3, 18, 3, 19, 4);
    leaf.cubicTo(18, 8, 14, 9, 12, 8);
    p.drawPath(leaf);
}

void bins(QPainter &p)
{
    for (const double x : {3.0, 13.0}) {
        p.drawPolygon(
            QPolygonF{{QPointF(x, 9), QPointF(x + 8, 9), QPointF(x + 7, 21), QPointF(x + 1, 21)}});
        p.drawLine(QPointF(x - 0.5, 7), QPointF(x + 8.5, 7));
        p.drawLine(QPointF(x + 3, 5.5), QPointF(x + 5, 5.5));
        p.drawLine(QPointF(x + 4, 12), QPointF(x + 4, 18));
    }
}

void bulb(QPainter &p)
{
    QPainterPath glass;
    glass.moveTo(9, 16);
    glass.cubicTo(9, 13, 5, 12, 5, 8.5);
    glass.cubicTo(5, 1.5, 19, 1.5, 19, 8.5);
    glass.cubicTo(19, 12, 15, 13, 15, 16);
    glass.closeSubpath();
    p.drawPath(glass);
    p.drawLine(QPointF(9, 18.5), QPointF(15, 18.5));
    p.drawLine(QPointF(10, 21), QPointF(14, 21));
}

void heatPump(QPainter &p)
{
    p.drawRoundedRect(QRectF(2.5, 6, 19, 14), 1.5, 1.5);
    p.drawEllipse(QPointF(9, 13), 4.5, 4.5);
    for (int i = 0; i < 3; ++i) {
        const double a = i * 2 * M_PI / 3;
        p.drawLine(QPointF(9, 13), QPointF(9 + 4 * std::cos(a), 13 + 4 * std::sin(a)));
    }
    for (const double y : {9.5, 13.0, 16.5})
        p.drawLine(QPointF(16, y), QPointF(19.5, y));
}

void house(QPainter &p)
{
    p.drawPolygon(QPolygonF{{QPointF(12, 3), QPointF(22, 11), QPointF(19, 11), QPointF(19, 21),
                             QPointF(5, 21), QPointF(5, 11), QPointF(2, 11)}});
    p.drawRect(QRectF(8, 14, 4, 7));
    p.drawRect(QRectF(14, 13, 3, 3));
}

void bolt(QPainter &p)
{
    p.drawPolygon(QPolygonF{{QPointF(14, 2), QPointF(5, 13.5), QPointF(11, 13.5), QPointF(9.5, 22),
                             QPointF(19, 10), QPointF(13, 10)}});
}

void meter(QPainter &p)
{
    p.drawArc(QRectF(3, 5, 18, 18), 0, 180 * 16);
    p.drawLine(QPointF(3, 14), QPointF(21, 14));
    p.drawLine(QPointF(12, 14), QPointF(17, 8.5));
    p.drawEllipse(QPointF(12, 14), 1.2, 1.2);
    p.drawLine(QPointF(6, 18), QPointF(18, 18));
}

void personCard(QPainter &p)
{
    p.drawRoundedRect(QRectF(2.5, 5, 19, 14), 2, 2);
    p.drawEllipse(QPointF(8, 10), 2.2, 2.2);
    p.drawArc(QRectF(4.5, 13, 7, 6), 0, 180 * 16);
    p.drawLine(QPointF(13.5, 9.5), QPointF(19, 9.5));
    p.drawLine(QPointF(13.5, 13), QPointF(19, 13));
    p.drawLine(QPointF(13.5, 16.5), QPointF(17, 16.5));
}

void tree(QPainter &p)
{
    p.drawEllipse(QPointF(12, 9), 7, 6.5);
    p.drawLine(QPointF(12, 15.5), QPointF(12, 21.5));
    p.drawLine(QPointF(12, 18), QPointF(9.5, 15.5));
    p.drawLine(QPointF(7, 21.5), QPointF(17, 21.5));
}

void certificate(QPainter &p)
{
    p.drawRect(QRectF(3, 4, 18, 13));
    p.drawLine(QPointF(6, 8), QPointF(18, 8));
    p.drawLine(QPointF(6, 11), QPointF(13, 11));
    p.drawEllipse(QPointF(16.5, 15), 2.5, 2.5);
    p.drawLine(QPointF(15.2, 17.2), QPointF(14.5, 21.5));
    p.drawLine(QPointF(17.8, 17.2), QPointF(18.5, 21.5));
}

void gear(QPainter &p)
{
    for (int i = 0; i < 8; ++i) {
        const double a = i * M_PI / 4;
        p.drawLine(QPointF(12 + 6.5 * std::cos(a), 12 + 6.5 * std::sin(a)),
                   QPointF(12 + 9.5 * std::cos(a), 12 + 9.5 * std::sin(a)));
    }
    p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
    p.drawEllipse(QPointF(12, 12), 2.5, 2.5);
}

void glyph(QPainter &p, MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::RooftopSolar:
        return solar(p);
    case MeasureKind::SharedTransport:
        return bus(p);
    case MeasureKind::Composting:
        return compost(p);
    case MeasureKind::WasteSorting:
        return bins(p);
    case MeasureKind::LedLighting:
        return bulb(p);
    case MeasureKind::HeatPump:
        return heatPump(p);
    case MeasureKind::BuildingRetrofit:
        return house(p);
    case MeasureKind::GreenPower:
        return bolt(p);
    case MeasureKind::SmartEnergy:
        return meter(p);
    case MeasureKind::CarbonAccounts:
        return personCard(p);
    case MeasureKind::TreePlanting:
        return tree(p);
    case MeasureKind::CarbonCredits:
        return certificate(p);
    case MeasureKind::Custom:
        return gear(p);
    }
}

} // namespace

QColor MeasureIcon::colour(MeasureKind kind)
{
    // Okabe & Ito's palette, then Paul Tol's "muted": thirteen colours that stay apart.
    static const std::array<QRgb, std::size(kAllMeasureKinds)> colours{
        0xE69F00, // rooftop solar: orange
        0x0072B2, // shared transport: blue
        0x117733, // composting: green
        0x44AA99, // waste sorting: teal
        0xF0E442, // LED: yellow
        0xD55E00, // heat pump: vermillion
        0x882255, // retrofit: wine
        0x009E73, // green power: bluish green
        0x332288, // smart energy: indigo
        0xCC79A7, // carbon accounts: reddish purple
        0x999933, // trees: olive
        0x56B4E9, // credits: sky blue
        0x666666, // custom: grey
    };
    return QColor(colours[size_t(kind)]);
}

void MeasureIcon::paint(QPainter &painter, const QRectF &rect, MeasureKind kind)
{
    const QColor tile = colour(kind);
    // A dark glyph on the light tiles (yellow, sky blue), a white one on the rest.
    const QColor ink = tile.lightnessF() > 0.6 ? QColor(0x22, 0x22, 0x22) : QColor(Qt::white);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / kBox, rect.height() / kBox);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tile);
    painter.drawRoundedRect(QRectF(0, 0, kBox, kBox), 4, 4);
    // The glyph sits in the middle 80 % of the tile.
    painter.translate(2.4, 2.4);
    painter.scale(0.8, 0.8);
    painter.setPen(QPen(ink, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    glyph(painter, kind);
    painter.restore();
}

namespace {

// The icons made so far, one per kind, shared by every list row that shows one (a plan of
// 10,000 measures made 20,000 icons of 70 KB each: 1.4 GB). A child of the application, so
// that the pixmaps go before the QGuiApplication they need.
class IconCache : public QObject
{
public:
    using QObject::QObject;
    QHash<int, QIcon> icons;
};

IconCache *iconCache()
{
    static QPointer<IconCache> cache;
    if (!cache && QCoreApplication::instance())
        cache = new IconCache(QCoreApplication::instance());
    return cache;
}

QIcon makeIcon(MeasureKind kind)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 96}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        MeasureIcon::paint(painter, QRectF(0, 0, size, size), kind);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon MeasureIcon::icon(MeasureKind kind)
{
    IconCache *cache = iconCache();
    if (!cache)
        return makeIcon(kind);
    const auto found = cache->icons.constFind(int(kind));
    if (found != cache->icons.cend())
        return *found;
    return *cache->icons.insert(int(kind), makeIcon(kind));
}

} // namespace zeroplan
