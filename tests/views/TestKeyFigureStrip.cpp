// The key figure strip never makes the window wider than the screen: its figures wrap onto a
// second row when one row does not fit. In English the sample's figures ("1.97
// tCO₂e/household/yr", "not reached by 2060 — missed", …) made the window wider than a
// 1366-pixel screen, and the window's right edge, with the last figure, the MACC legend and
// the table's last column, was cut off.
#include "SampleDocument.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"
#include "window/KeyFigureStrip.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

class TestKeyFigureStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void wrapsRatherThanWidening()
    {
        QTemporaryDir dir;
        auto doc = test::openShenzhenSample(dir.path());
        LiveResults results(doc.get(), FactorLibraryJson::builtIn());
        KeyFigureStrip strip(&results);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));

        // Wide: one row. Narrow (a 1366 screen less the page list, or smaller): two rows, and
        // the strip asks for no more width than it is given.
        strip.resize(3000, strip.sizeHint().height());
        QTRY_COMPARE(strip.rows(), 1);
        strip.resize(900, strip.sizeHint().height());
        QTRY_COMPARE(strip.rows(), 2);
        QVERIFY(strip.minimumSizeHint().width() <= 900);

        // In two rows every figure is whole: its label as wide as its text, inside the strip.
        QCoreApplication::processEvents();
        const QList<QLabel *> labels = strip.findChildren<QLabel *>();
        int figures = 0;
        for (const QLabel *label : labels) {
            if (!label->objectName().endsWith(QLatin1String("Figure")))
                continue;
            ++figures;
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(label->width() >= needed, qPrintable(label->objectName()));
            const QRect inStrip(label->mapTo(&strip, QPoint(0, 0)), label->size());
            QVERIFY2(inStrip.right() < strip.width(), qPrintable(label->objectName()));
        }
        QCOMPARE(figures, 7);
    }
};

QTEST_MAIN(TestKeyFigureStrip)
#include "TestKeyFigureStrip.moc"
