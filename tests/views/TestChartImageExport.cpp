// Charts saved as pictures (views/charts/ChartImageExport) and through the chart's context
// menu: the Shenzhen sample's pathway chart as PNG (twice its size in pixels, drawn, on
// white) and as SVG (well-formed XML, vector paths, the chart's title and its legend's
// names as text), and the failures: a message naming the file, nothing written.
#include "FileSnapshot.h"
#include "charts/ChartImageExport.h"
#include "charts/PathwayChart.h"
#include "engine/ScenarioEngine.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>
#include <functional>

using namespace zeroplan;
using zeroplan::test::entries;
using zeroplan::test::sha256;

namespace {

// Runs `act` on the next modal dialog or popup once it is up (exec() blocks the test until
// `act` closes it).
void whenShown(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act] {
        QWidget *shown = QApplication::activePopupWidget();
        if (!shown)
            shown = QApplication::activeModalWidget();
        if (!shown || !shown->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(shown);
    });
    timer->start();
}

// The share of pixels that are not white.
double inkShare(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += (line[x] & 0xFFFFFF) != 0xFFFFFF;
    }
    return double(ink) / (double(rgb.width()) * rgb.height());
}

struct SvgSummary
{
    bool wellFormed = false;
    int paths = 0;
    int polylines = 0;
    int images = 0;
    QString title;
    QStringList texts;
};

SvgSummary readSvg(const QString &path)
{
    QFile file(path);
    SvgSummary out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            out.paths += element == QLatin1String("path");
            out.polylines += element == QLatin1String("polyline");
            out.images += element == QLatin1String("image");
            if (element == QLatin1String("title"))
                out.title = xml.readElementText();
        } else if (xml.isCharacters() && !xml.isWhitespace() && element == QLatin1String("text")) {
            out.texts.append(xml.text().toString().trimmed());
        }
    }
    out.wellFormed = !xml.hasError();
    return out;
}

// Types `path` into the dialog's file name field, as a person would (selectFile() leaves a
// field that has the focus alone).
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(path);
}

} // namespace

class TestChartImageExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngIsTwiceTheSizeOnWhite();
    void svgIsVectorWithTitleAndLegend();
    void chartNeverShownIsDrawnAtTheDefaultSize();
    void failuresNameTheFileAndWriteNothing_data();
    void failuresNameTheFileAndWriteNothing();
    void contextMenuOffersPngAndSvg();
    void contextMenuSavesThroughAFileDialog();

private:
    Plan m_plan;
    PlanResult m_result;
    std::unique_ptr<PathwayChart> m_chart;
    QTemporaryDir m_dir;
};

void TestChartImageExport::initTestCase()
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.plan);
    m_plan = *read.plan;
    m_result = ScenarioEngine(FactorLibraryJson::builtIn()).run(m_plan);
    m_chart = std::make_unique<PathwayChart>();
    m_chart->setResults(m_plan, m_result, 0);
    m_chart->resize(800, 500);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QVERIFY(!m_chart->isShowingEmptyMessage());
}

void TestChartImageExport::pngIsTwiceTheSizeOnWhite()
{
    const QString path = m_dir.filePath(QStringLiteral("pathway.png"));
    QString error;
    QVERIFY2(ChartImageExport::savePng(m_chart->chart(), path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    const QSizeF size = m_chart->chart()->size();
    QCOMPARE(size, QSizeF(800, 500)); // the view fills the widget with its chart
    QCOMPARE(image.size(), QSize(1600, 1000));
    // Drawn: lines, labels and legend cover a good part of it; the corners stay white.
    const double ink = inkShare(image);
    QVERIFY2(ink > 0.02 && ink < 0.6, qPrintable(QString::number(ink)));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(1599, 999), QColor(Qt::white));
}

void TestChartImageExport::svgIsVectorWithTitleAndLegend()
{
    const QString path = m_dir.filePath(QStringLiteral("pathway.svg"));
    QString error;
    QVERIFY2(ChartImageExport::saveSvg(m_chart->chart(), path, &error), qPrintable(error));
    const SvgSummary svg = readSvg(path);
    QVERIFY(svg.wellFormed);
    // Vector through and through: areas and markers as paths, lines as polylines, no bitmap.
    QVERIFY2(svg.paths >= 1, qPrintable(QString::number(svg.paths)));
    QVERIFY2(svg.polylines >= 1 + int(m_result.scenarios.size()),
             qPrintable(QString::number(svg.polylines)));
    QCOMPARE(svg.images, 0);
    QCOMPARE(svg.title, QStringLiteral("Emissions pathway"));
    // The legend names the series as the user named them.
    const QString firstScenario = m_plan.scenarios.first().name;
    QCOMPARE(m_chart->netSeries().first()->name(), firstScenario);
    QVERIFY2(svg.texts.contains(firstScenario), qPrintable(svg.texts.join(QLatin1Char('|'))));
    QVERIFY(svg.texts.contains(QStringLiteral("Business as usual")));
    QVERIFY(svg.texts.contains(QStringLiteral("Emissions pathway")));
}

void TestChartImageExport::chartNeverShownIsDrawnAtTheDefaultSize()
{
    PathwayChart hidden;
    hidden.setResults(m_plan, m_result, 0);
    const QSizeF size = ChartImageExport::drawnSize(hidden.chart());
    QVERIFY(!size.isEmpty());
    const QImage image = ChartImageExport::image(hidden.chart());
    QCOMPARE(image.size(), (size * ChartImageExport::kPixelRatio).toSize());
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QVERIFY(inkShare(image) > 0.02);
}

void TestChartImageExport::failuresNameTheFileAndWriteNothing_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    const int png = int(ChartImageExport::Format::Png), svg = int(ChartImageExport::Format::Svg);
    QTest::newRow("PNG into a missing folder")
        << png << QStringLiteral("no/such/chart.png") << QStringLiteral("does not exist");
    QTest::newRow("SVG into a missing folder")
        << svg << QStringLiteral("no/such/chart.svg") << QStringLiteral("does not exist");
    QTest::newRow("PNG onto a folder")
        << png << QStringLiteral("taken") << QStringLiteral("is a folder");
    QTest::newRow("PNG onto a read-only file")
        << png << QStringLiteral("kept.png") << QStringLiteral("read-only");
    QTest::newRow("SVG onto a read-only file")
        << svg << QStringLiteral("kept.svg") << QStringLiteral("read-only");
}

void TestChartImageExport::failuresNameTheFileAndWriteNothing()
{
    QFETCH(int, format);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    for (const QString &kept : {QStringLiteral("kept.png"), QStringLiteral("kept.svg")}) {
        QFile file(dir.filePath(kept));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older picture");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    const QStringList before = entries(dir.path());
    const QString path = dir.filePath(target);
    const QByteArray hash = sha256(path);
    QString error;
    QVERIFY(
        !ChartImageExport::save(m_chart->chart(), ChartImageExport::Format(format), path, &error));
    QVERIFY2(
        error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written: ")),
        qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(entries(dir.path()), before);
    QCOMPARE(sha256(path), hash);
}

void TestChartImageExport::contextMenuOffersPngAndSvg()
{
    QStringList texts;
    bool enabled = false;
    whenShown([&](QWidget *popup) {
        auto *menu = qobject_cast<QMenu *>(popup);
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            texts.append(a->text());
            enabled = a->isEnabled();
        }
        menu->close();
    });
    const QPoint at = m_chart->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_chart->mapToGlobal(at));
    QCoreApplication::sendEvent(m_chart->viewport(), &event);
    QCOMPARE(texts, (QStringList{QStringLiteral("Save Chart as PNG…"),
                                 QStringLiteral("Save Chart as SVG…")}));
    QVERIFY(enabled);

    // A chart with nothing to show has nothing to save.
    PathwayChart empty;
    empty.resize(400, 300);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QVERIFY(empty.isShowingEmptyMessage());
    whenShown([&](QWidget *popup) {
        enabled = popup->actions().first()->isEnabled() || popup->actions().last()->isEnabled();
        popup->close();
    });
    QContextMenuEvent again(QContextMenuEvent::Mouse, QPoint(10, 10),
                            empty.mapToGlobal(QPoint(10, 10)));
    QCoreApplication::sendEvent(empty.viewport(), &again);
    QVERIFY(!enabled);
}

void TestChartImageExport::contextMenuSavesThroughAFileDialog()
{
    QAction *save = m_chart->findChild<QAction *>(QStringLiteral("saveChartSvgAction"));
    QVERIFY(save);
    QCOMPARE(save, m_chart->saveSvgAction());
    const QString typed = m_dir.filePath(QStringLiteral("typed-without-extension"));
    whenShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("Emissions pathway.svg")));
        typeFileName(dialog, typed);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    save->trigger();
    const SvgSummary svg = readSvg(typed + QStringLiteral(".svg")); // the extension added
    QVERIFY(svg.wellFormed);
    QCOMPARE(svg.title, QStringLiteral("Emissions pathway"));

    // Onto a read-only file: the file dialog asks before replacing it, then the message box
    // names the file, which stays as it was.
    const QString kept = m_dir.filePath(QStringLiteral("kept.png"));
    {
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older picture");
    }
    QVERIFY(QFile::setPermissions(kept, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QString message;
    whenShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        typeFileName(dialog, kept);
        whenShown([&](QWidget *question) {
            auto *replace = qobject_cast<QMessageBox *>(question);
            QVERIFY(replace);
            whenShown([&](QWidget *box) {
                if (auto *warning = qobject_cast<QMessageBox *>(box))
                    message = warning->text();
                box->close();
            });
            replace->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    m_chart->savePngAction()->trigger();
    QCOMPARE(message, kept + QStringLiteral(": cannot be written: the file is read-only"));
    QCOMPARE(sha256(kept),
             QCryptographicHash::hash("an older picture", QCryptographicHash::Sha256));
}

QTEST_MAIN(TestChartImageExport)
#include "TestChartImageExport.moc"
