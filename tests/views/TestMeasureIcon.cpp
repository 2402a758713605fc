// Measure icons are drawn once per kind and shared. Issue 12: a plan of 10,000 measures made
// one icon per list row (6 pixmaps, 70 KB) in the Measures and Scenarios lists, and the app
// needed 1.4 GB of them just to open the plan.
#include "present/MeasureIcon.h"

#include <QApplication>
#include <QSet>
#include <QtTest>

using namespace zeroplan;

class TestMeasureIcon : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasAnIconAtEverySize()
    {
        for (MeasureKind kind : kAllMeasureKinds) {
            const QIcon icon = MeasureIcon::icon(kind);
            QVERIFY(!icon.isNull());
            // The sizes the lists and the gallery ask for, drawn, not scaled.
            for (const int size : {16, 24, 32, 48, 64, 96})
                QVERIFY2(icon.availableSizes().contains(QSize(size, size)),
                         qPrintable(QString::number(size)));
        }
    }

    void oneIconPerKindSharedByEveryRow()
    {
        QSet<qint64> keys;
        for (MeasureKind kind : kAllMeasureKinds) {
            const qint64 first = MeasureIcon::icon(kind).cacheKey();
            // Ten thousand rows of one kind share the first icon's pixmaps.
            for (int row = 0; row < 10000; ++row)
                QCOMPARE(MeasureIcon::icon(kind).cacheKey(), first);
            keys.insert(first);
        }
        QCOMPARE(keys.size(), qsizetype(std::size(kAllMeasureKinds))); // one per kind
    }
};

QTEST_MAIN(TestMeasureIcon)
#include "TestMeasureIcon.moc"
