#include "PlanChartView.h"

#include "ChartAxes.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr int kStreamGapMs = 300; // changes closer together than this are a stream
constexpr int kSharpenMs = 200;   // quiet time before the stream's last frame is drawn sharp

// Where the last chart was saved in this session; the Pictures folder before that.
QString &lastChartFolder()
{
    static QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return folder;
}

} // namespace

PlanChartView::PlanChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 180);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(QChart::NoAnimation); // redrawn on every slider step
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    m_legend = new ChartLegend(c); // hides Qt's legend, which cuts long names short
    connect(c, &QChart::plotAreaChanged, this, &PlanChartView::placePlotLabels);
    // Qt 6.4 draws no label at all for a "%d" axis when numbers are localised, and would
    // group years ("2,030") if it did: labels use printf formats, "%'.0f" groups thousands.
    c->setLocalizeNumbers(false);
    // Every change redraws most of the chart anyway: one full update is cheaper than adding
    // up the regions of dozens of changed series.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_sharpenTimer = new QTimer(this);
    m_sharpenTimer->setSingleShot(true);
    m_sharpenTimer->setInterval(kSharpenMs);
    connect(m_sharpenTimer, &QTimer::timeout, this, &PlanChartView::sharpen);

    // Not added to the widget's actions: they only show in the context menu.
    m_savePng = new QAction(tr("Save Chart as PNG…"), this);
    m_savePng->setObjectName(QStringLiteral("saveChartPngAction"));
    connect(m_savePng, &QAction::triggered, this,
            [this] { saveChartAs(ChartImageExport::Format::Png); });
    m_saveSvg = new QAction(tr("Save Chart as SVG…"), this);
    m_saveSvg->setObjectName(QStringLiteral("saveChartSvgAction"));
    connect(m_saveSvg, &QAction::triggered, this,
            [this] { saveChartAs(ChartImageExport::Format::Svg); });
}

void PlanChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool drawn = !isShowingEmptyMessage();
    m_savePng->setEnabled(drawn);
    m_saveSvg->setEnabled(drawn);
    QMenu menu(this);
    menu.addAction(m_savePng);
    menu.addAction(m_saveSvg);
    menu.exec(event->globalPos());
    event->accept();
}

QString PlanChartView::suggestedFileName(ChartImageExport::Format format) const
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    QString name = chart()->title().simplified();
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = QLatin1Char('-');
    }
    if (name.isEmpty())
        name = tr("chart");
    return QDir(lastChartFolder())
        .filePath(name + QLatin1Char('.') + ChartImageExport::suffix(format));
}

void PlanChartView::saveChartAs(ChartImageExport::Format format)
{
    const bool png = format == ChartImageExport::Format::Png;
    QFileDialog dialog(this, png ? tr("Save Chart as PNG") : tr("Save Chart as SVG"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(png ? tr("PNG image (*.png)") : tr("SVG image (*.svg)"));
    dialog.setDefaultSuffix(ChartImageExport::suffix(format)); // before the overwrite question
    dialog.selectFile(suggestedFileName(format));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    lastChartFolder() = QFileInfo(path).absolutePath();
    QString error;
    if (!ChartImageExport::save(chart(), format, path, &error))
        QMessageBox::warning(this, tr("Cannot save chart"), error);
}

void PlanChartView::placeLegend(qsizetype entries, qsizetype limit)
{
    m_legend->setPlacement(entries > limit                 ? ChartLegend::Placement::Hidden
                           : entries > 4 && !m_legendBelow ? ChartLegend::Placement::Right
                                                           : ChartLegend::Placement::Bottom);
}

void PlanChartView::setPlotLabel(QAbstractSeries *series, const QString &text, const QPointF &at,
                                 const QColor &colour, LabelPlace place)
{
    auto found = m_plotLabels.find(series);
    if (text.isEmpty()) {
        if (found != m_plotLabels.end()) {
            delete found->item;
            m_plotLabels.erase(found);
        }
        return;
    }
    if (found == m_plotLabels.end()) {
        PlotLabel label;
        label.item = new QGraphicsSimpleTextItem(chart());
        label.item->setZValue(15); // above the series, below the legend
        found = m_plotLabels.insert(series, label);
    }
    found->at = at;
    found->place = place;
    if (found->item->text() != text)
        found->item->setText(text);
    found->item->setBrush(colour);
    placePlotLabels();
}

QGraphicsSimpleTextItem *PlanChartView::plotLabel(QAbstractSeries *series) const
{
    const auto found = m_plotLabels.constFind(series);
    return found == m_plotLabels.constEnd() ? nullptr : found->item;
}

void PlanChartView::placePlotLabels()
{
    const QRectF plot = chart()->plotArea();
    for (auto it = m_plotLabels.cbegin(); it != m_plotLabels.cend(); ++it) {
        QAbstractSeries *series = it.key();
        const PlotLabel &label = it.value();
        const bool shown = series->isVisible() && !isShowingEmptyMessage() && plot.isValid();
        label.item->setVisible(shown);
        if (!shown)
            continue;
        const QPointF p = chart()->mapToPosition(label.at, series);
        const QRectF box = label.item->boundingRect();
        QPointF pos = label.place == LabelPlace::Above
                          ? QPointF(p.x() - box.width() / 2, p.y() - box.height() - 3)
                          : QPointF(p.x() + 4, plot.top() + 2);
        // Beside a marker at the right edge: on its left instead.
        if (label.place == LabelPlace::BesideTop && pos.x() + box.width() > plot.right())
            pos.setX(p.x() - 4 - box.width());
        pos.setX(std::clamp(pos.x(), plot.left() + 2,
                            std::max(plot.left() + 2, plot.right() - box.width() - 2)));
        pos.setY(std::clamp(pos.y(), plot.top() + 2,
                            std::max(plot.top() + 2, plot.bottom() - box.height() - 2)));
        label.item->setPos(pos);
    }
}

void PlanChartView::noteDataChanged()
{
    m_legend->refresh();
    placePlotLabels();
    const bool streaming = m_sinceChange.isValid() && m_sinceChange.elapsed() < kStreamGapMs;
    m_sinceChange.start();
    if (streaming && renderHints().testFlag(QPainter::Antialiasing))
        setRenderHint(QPainter::Antialiasing, false);
    if (!renderHints().testFlag(QPainter::Antialiasing))
        m_sharpenTimer->start(); // restarts: sharpen after the last change only
}

void PlanChartView::sharpen()
{
    setRenderHint(QPainter::Antialiasing, true); // also schedules the repaint
}

void PlanChartView::setEmptyMessage(const QString &message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    setToolTip(message);
    m_legend->refresh();
    placePlotLabels();
    viewport()->update();
}

void PlanChartView::setupYearAxis(QValueAxis *axis, int first, int last)
{
    ChartAxes::setupYearAxis(axis, first, last);
}

void PlanChartView::setupValueAxis(QValueAxis *axis, const QString &title, double min, double max)
{
    ChartAxes::setupValueAxis(axis, title, min, max);
}

void PlanChartView::paintEvent(QPaintEvent *event)
{
    if (m_emptyMessage.isEmpty()) {
        QChartView::paintEvent(event);
        return;
    }
    // Nothing to chart: say why, in the middle of where the chart would be.
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect box = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
}

} // namespace zeroplan
