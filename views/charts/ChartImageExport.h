#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

namespace zeroplan {

// A chart saved as a picture for a report or a slide: PNG at twice the chart's size in
// pixels (device pixel ratio 2, so it stays sharp on a high-density screen or in print) on
// white, or SVG (vector: lines and areas as paths, text as text; titled like the chart).
// The chart is drawn as it is on screen, at its current size (800 × 500 if it was never
// laid out). Files are written through ExportFile (its checks, then WriteTarget: a file whole
// or not at all, a device or named pipe straight): on failure the target is as it was and
// *error says why, naming the file.
class ChartImageExport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ChartImageExport)

public:
    enum class Format
    {
        Png,
        Svg
    };
    static constexpr qreal kPixelRatio = 2;
    static constexpr QSizeF kDefaultSize{800, 500};

    static bool save(QChart *chart, Format format, const QString &path, QString *error);
    static bool savePng(QChart *chart, const QString &path, QString *error);
    static bool saveSvg(QChart *chart, const QString &path, QString *error);

    // The chart drawn on white at kPixelRatio × its size (logical size: its size).
    static QImage image(QChart *chart);
    // The size it is drawn at: its current size, or kDefaultSize if it has none yet.
    static QSizeF drawnSize(QChart *chart);
    static QString suffix(Format format); // "png", "svg"

private:
    static void render(QChart *chart, QPainter *painter, const QSizeF &size);
};

} // namespace zeroplan
