// docs/measures.md documents every kind and every parameter of the catalogue, and the
// catalogue's defaults lie in their own allowed ranges.
#include "measures/MeasureCatalogue.h"

#include <QFile>
#include <QtTest>

using namespace zeroplan;

class TestCatalogueDocs : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasASpec()
    {
        QCOMPARE(MeasureCatalogue::all().size(), qsizetype(std::size(kAllMeasureKinds)));
        for (MeasureKind k : kAllMeasureKinds)
            QCOMPARE(MeasureCatalogue::spec(k).kind, k);
    }

    void defaultsLieInTheirRanges()
    {
        for (const MeasureKindSpec &s : MeasureCatalogue::all()) {
            for (const ParameterSpec &p : s.parameters) {
                const QByteArray where = measureKindId(s.kind).toLatin1() + '.' + p.key;
                QVERIFY2(p.minimum <= p.low && p.low <= p.value && p.value <= p.high
                             && p.high <= p.maximum,
                         where.constData());
                QVERIFY2(std::strlen(p.source) > 0, where.constData());
            }
        }
    }

    void measuresDocNamesEveryKindAndParameter()
    {
        QFile doc(QStringLiteral(ZEROPLAN_SOURCE_DIR "/docs/measures.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const MeasureKindSpec &s : MeasureCatalogue::all()) {
            const QString kind = QLatin1Char('`') + measureKindId(s.kind) + QLatin1Char('`');
            QVERIFY2(text.contains(kind), qPrintable(kind));
            for (const ParameterSpec &p : s.parameters) {
                const QString key = QLatin1Char('`') + QLatin1String(p.key) + QLatin1Char('`');
                QVERIFY2(text.contains(key), qPrintable(kind + QLatin1Char(' ') + key));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCatalogueDocs)
#include "TestCatalogueDocs.moc"
