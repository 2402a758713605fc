#include "ChartPalette.h"

#include <array>

namespace zeroplan {

namespace {

// Okabe & Ito (2008) without black (kept for lines every chart shares), then Paul Tol's
// "muted" scheme without its pale grey: 16 colours that colour-blind readers tell apart.
constexpr std::array<QRgb, 16> kSeries = {
    0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, // Okabe–Ito
    0xCC6677, 0x332288, 0xDDCC77, 0x117733, 0x88CCEE, 0x882255, 0x44AA99, 0x999933,
    0xAA4499, // Tol muted
};

} // namespace

QColor ChartPalette::series(int index)
{
    const int count = int(kSeries.size());
    const int wrapped = ((index % count) + count) % count;
    const QColor base = QColor::fromRgb(kSeries[size_t(wrapped)]);
    // Past 16 series the colours repeat, a shade darker each round so neighbours differ.
    const int round = index < 0 ? 0 : index / count;
    return round == 0 ? base : base.darker(100 + 30 * round);
}

QColor ChartPalette::measureById(const QString &measureId)
{
    // FNV-1a over the id's UTF-16 units: the same id gets the same colour in every run and
    // every build (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const QChar c : measureId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return series(int(hash % quint32(kSeries.size())));
}

QColor ChartPalette::otherMeasures()
{
    return QColor::fromRgb(0xBBBBBB); // light grey: the rest, behind the named measures
}

QColor ChartPalette::sector(Sector sector)
{
    switch (sector) {
    case Sector::StationaryEnergy:
        return QColor::fromRgb(0xE69F00); // orange
    case Sector::Transport:
        return QColor::fromRgb(0x0072B2); // blue
    case Sector::Waste:
        return QColor::fromRgb(0x009E73); // bluish green
    case Sector::IPPU:
        return QColor::fromRgb(0xCC79A7); // reddish purple
    case Sector::AFOLU:
        return QColor::fromRgb(0xF0E442); // yellow
    }
    return QColor::fromRgb(0x888888);
}

QColor ChartPalette::bau()
{
    return QColor::fromRgb(0x7F7F7F);
}

QColor ChartPalette::target()
{
    return QColor::fromRgb(0xD55E00); // vermillion: stands out against the blue net line
}

QColor ChartPalette::net()
{
    return QColor::fromRgb(0x000000);
}

QColor ChartPalette::sinks()
{
    return QColor::fromRgb(0x009E73);
}

QColor ChartPalette::credits()
{
    return QColor::fromRgb(0x56B4E9);
}

} // namespace zeroplan
