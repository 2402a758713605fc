// docs/measures.md documents every kind and every parameter of the catalogue, and the
// catalogue's defaults lie in their own allowed ranges; every kind's default lifetime is
// sourced (or says it is not) and documented; every unit has its decimal places.
#include "measures/Measure.h"
#include "measures/MeasureCatalogue.h"

#include <QFile>
#include <QtTest>
#include <cmath>
#include <cstring>

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
                QVERIFY2(p.minimum <= p.low && p.low <= p.value && p.value <= p.high &&
                             p.high <= p.maximum,
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

    // The table "Default lifetimes" in docs/measures.md has one row per kind with the
    // catalogue's years; a new measure takes them; the sourced ones are the figures worked
    // out in their source text.
    void lifetimesAreSourcedAndDocumented()
    {
        QFile doc(QStringLiteral(ZEROPLAN_SOURCE_DIR "/docs/measures.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype table = text.indexOf(QStringLiteral("## Default lifetimes"));
        QVERIFY(table > 0);
        const QString section = text.mid(table);
        for (const MeasureKindSpec &s : MeasureCatalogue::all()) {
            const QByteArray kind = measureKindId(s.kind).toLatin1();
            QVERIFY2(s.lifetimeYears >= 1 && s.lifetimeYears <= 100, kind.constData());
            QVERIFY2(std::strlen(s.lifetimeSource) > 0, kind.constData());
            const QString row =
                QStringLiteral("| `%1` | %2 |").arg(QString::fromLatin1(kind)).arg(s.lifetimeYears);
            QVERIFY2(section.contains(row), qPrintable(row));
            QCOMPARE(MeasureCatalogue::makeDefault(s.kind, QStringLiteral("m"), 2025).lifetimeYears,
                     s.lifetimeYears);
        }
        // LED: 25,000 h rated (US DOE) at an assumed 2,500 h a year.
        const MeasureKindSpec &led = MeasureCatalogue::spec(MeasureKind::LedLighting);
        QCOMPARE(led.lifetimeYears, 25000 / 2500);
        QVERIFY(QString::fromUtf8(led.lifetimeSource).contains(QStringLiteral("25,000 h")));
        // Heat pumps: median service life 20.5 years (Lovvorn & Hiller 2002), whole years.
        const MeasureKindSpec &heatPump = MeasureCatalogue::spec(MeasureKind::HeatPump);
        QCOMPARE(heatPump.lifetimeYears, 20);
        QVERIFY(QString::fromUtf8(heatPump.lifetimeSource).contains(QStringLiteral("20.5")));
        QCOMPARE(MeasureCatalogue::spec(MeasureKind::RooftopSolar).lifetimeYears, 30);
        // A kind with no source keeps the plan format's default and says so.
        const MeasureKindSpec &composting = MeasureCatalogue::spec(MeasureKind::Composting);
        QCOMPARE(composting.lifetimeYears, Measure().lifetimeYears);
        QVERIFY(QString::fromUtf8(composting.lifetimeSource)
                    .startsWith(QStringLiteral("Assumed, no source")));
        QVERIFY(composting.lifetimeAssumed);
        // Danish Energy Agency HB2021, annex 4, 4.7.1.1: windows 30 years (insulation 40; the
        // shorter is taken), controls for heating and ventilation 15.
        const MeasureKindSpec &retrofit = MeasureCatalogue::spec(MeasureKind::BuildingRetrofit);
        QCOMPARE(retrofit.lifetimeYears, 30);
        QVERIFY(!retrofit.lifetimeAssumed);
        QVERIFY(QString::fromUtf8(retrofit.lifetimeSource).contains(QStringLiteral("HB2021")));
        const MeasureKindSpec &smart = MeasureCatalogue::spec(MeasureKind::SmartEnergy);
        QCOMPARE(smart.lifetimeYears, 15);
        QVERIFY(!smart.lifetimeAssumed);
        // Every kind is either sourced or marked assumed, and an assumed one says so.
        for (const MeasureKindSpec &s : MeasureCatalogue::all()) {
            const bool saysAssumed =
                QString::fromUtf8(s.lifetimeSource).startsWith(QStringLiteral("Assumed"));
            QCOMPARE(s.lifetimeAssumed, saysAssumed);
        }
    }

    // Every unit the catalogue uses has its places, and they show every default, range end and
    // allowed bound exactly (the form never rounds a catalogue figure).
    void everyUnitHasItsDecimals()
    {
        for (const MeasureKindSpec &s : MeasureCatalogue::all()) {
            for (const ParameterSpec &p : s.parameters) {
                const QByteArray where = measureKindId(s.kind).toLatin1() + '.' + p.key;
                QVERIFY2(ParameterSpec::decimalsOfUnit(p.unit) >= 0, where.constData());
                const double step = std::pow(10.0, -p.decimals());
                for (const double v : {p.value, p.low, p.high, p.minimum}) {
                    const double steps = v / step;
                    QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, where.constData());
                }
            }
        }
        const MeasureKindSpec &green = MeasureCatalogue::spec(MeasureKind::GreenPower);
        QCOMPARE(green.parameter(QStringLiteral("premium_per_kwh"))->decimals(), 3); // 0.068/kWh
        QCOMPARE(green.parameter(QStringLiteral("share"))->decimals(), 3);           // 0.1 %
        QCOMPARE(ParameterSpec::decimalsOfUnit("furlongs"), -1);
        const MeasureKindSpec &solar = MeasureCatalogue::spec(MeasureKind::RooftopSolar);
        QVERIFY(solar.parameter(QStringLiteral("export_credit"))->isSwitch());
        QVERIFY(!solar.parameter(QStringLiteral("self_consumption"))->isSwitch());
    }
};

QTEST_APPLESS_MAIN(TestCatalogueDocs)
#include "TestCatalogueDocs.moc"
