#include "ChartImageExport.h"

#include "export/ExportFile.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace zeroplan {

QString ChartImageExport::suffix(Format format)
{
    return format == Format::Png ? QStringLiteral("png") : QStringLiteral("svg");
}

QSizeF ChartImageExport::drawnSize(QChart *chart)
{
    if (chart->size().isEmpty()) {
        // Never shown in a view: lay it out at a size that suits a page.
        chart->resize(kDefaultSize);
        if (chart->layout())
            chart->layout()->activate();
    }
    return chart->size();
}

void ChartImageExport::render(QChart *chart, QPainter *painter, const QSizeF &size)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(0, 0), size);
    painter->fillRect(target, Qt::white);
    // A chart outside any view gets a scene of its own for the drawing, and leaves it after.
    QGraphicsScene own;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        scene = &own;
        own.addItem(chart);
    }
    const QRectF source = chart->mapRectToScene(QRectF(QPointF(0, 0), size));
    scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    if (scene == &own)
        own.removeItem(chart);
}

QImage ChartImageExport::image(QChart *chart)
{
    const QSizeF size = drawnSize(chart);
    QImage out(QSize(int(std::ceil(size.width() * kPixelRatio)),
                     int(std::ceil(size.height() * kPixelRatio))),
               QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(kPixelRatio);
    out.fill(Qt::white);
    QPainter painter(&out);
    render(chart, &painter, size);
    painter.end();
    return out;
}

bool ChartImageExport::save(QChart *chart, Format format, const QString &path, QString *error)
{
    return format == Format::Png ? savePng(chart, path, error) : saveSvg(chart, path, error);
}

bool ChartImageExport::savePng(QChart *chart, const QString &path, QString *error)
{
    if (!ExportFile::checkTarget(path, error))
        return false;
    const QImage picture = image(chart);
    return ExportFile::write(
        path,
        [&](QIODevice &device, QString *reason) {
            QImageWriter writer(&device, "png");
            if (writer.write(picture))
                return true;
            *reason = writer.errorString();
            return false;
        },
        error);
}

bool ChartImageExport::saveSvg(QChart *chart, const QString &path, QString *error)
{
    if (!ExportFile::checkTarget(path, error))
        return false;
    const QSizeF size = drawnSize(chart);
    return ExportFile::write(
        path,
        [&](QIODevice &device, QString *reason) {
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setSize(size.toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), size));
            svg.setTitle(chart->title());
            svg.setDescription(tr("A chart made with ZeroPlan"));
            QPainter painter;
            if (!painter.begin(&svg)) {
                *reason = tr("the SVG could not be started");
                return false;
            }
            render(chart, &painter, size);
            return painter.end(); // writes the SVG's closing tags
        },
        error);
}

} // namespace zeroplan
