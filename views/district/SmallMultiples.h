#pragma once

#include "EigenTypes.h"

#include <QWidget>
#include <vector>

namespace zeroplan {

class DistrictRollup;

// One small chart per community of a district, in a grid (docs/desktop.md, "Districts"): its
// business as usual (dashed grey) and net emissions (its chosen scenario) over the district's
// years, all on the same tonnes scale so that sizes compare, titled by the community. Drawn
// by one widget in a scroll area: only the tiles in view are painted, so a district of a
// thousand communities scrolls as lightly as one of three. Clicking a tile selects its
// community; double-clicking opens it.
class SmallMultiples : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTileWidth = 280;
    static constexpr int kTileHeight = 170;

    explicit SmallMultiples(QWidget *parent = nullptr);
    void setRollup(const DistrictRollup &rollup);

    int tileCount() const { return int(m_tiles.size()); }
    int columns() const;
    double scaleMax() const { return m_max; } // the y scale every tile shares, tCO₂e/yr
    QRect tileRect(int index) const;
    int tileAt(const QPoint &point) const;         // -1: none
    int paintedTiles() const { return m_painted; } // in the last paint (for tests)

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void communityClicked(int index);
    void communityActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override; // tool tips: the full name and figures

private:
    struct Tile
    {
        QString name;
        YearSeries bau;
        YearSeries net;
    };
    void paintTile(QPainter &painter, int index) const;

    std::vector<Tile> m_tiles;
    int m_first = 0;
    int m_last = 0;
    double m_max = 1;
    double m_min = 0;
    int m_painted = 0;
};

} // namespace zeroplan
