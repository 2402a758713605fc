// A measure's co-benefits (docs/measures.md, "Co-benefits"): the catalogue's defaults, each
// with a source and no figure; the JSON plan and the project file keep them exactly; a file
// without them (format version 3, schema version 4) reads as not assessed, with nothing
// filled in; the validator names the measure and the dimension of a figure without a source.
#include "measures/CoBenefitDefaults.h"
#include "measures/MeasureCatalogue.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

Plan readSource(const char *relative)
{
    const PlanReadResult read =
        PlanJson::readFile(QStringLiteral(ZEROPLAN_SOURCE_DIR "/") + QLatin1String(relative));
    if (!read.plan)
        qFatal("cannot read %s", relative);
    return *read.plan;
}

// The Shenzhen sample with co-benefits of every kind of entry on its first two measures: a
// catalogue default, a user's rating with a note and no source, a figure with a source and
// one per unit of activity.
Plan planWithCoBenefits()
{
    Plan plan = readSource("resources/samples/shenzhen-xinqiao.json");
    for (Measure &m : plan.measures) // the sample's own ratings out: only the two below count
        m.coBenefits.clear();
    Measure &first = plan.measures[0];
    first.coBenefits = CoBenefitDefaults::forKind(first.kind, QStringLiteral("en"));
    CoBenefit jobs;
    jobs.dimension = CoBenefitDimension::Jobs;
    jobs.rating = CoBenefitRating::Negative;
    jobs.note = QStringLiteral("The old boiler firm loses the upkeep contract");
    first.coBenefits = withCoBenefit(first.coBenefits, jobs);
    Measure &second = plan.measures[1];
    CoBenefit air;
    air.dimension = CoBenefitDimension::AirQuality;
    air.rating = CoBenefitRating::Positive;
    air.note = QStringLiteral("Less soot on the estate");
    air.source = QStringLiteral("Committee survey 2025");
    air.quantity = CoBenefitQuantity{0.4, QStringLiteral("kg PM2.5"), CoBenefitBasis::PerUnit,
                                     QStringLiteral("EMEP/EEA guidebook 2023, 1.A.4")};
    CoBenefit comfort;
    comfort.dimension = CoBenefitDimension::Comfort;
    comfort.rating = CoBenefitRating::None;
    second.coBenefits = {air, comfort};
    return plan;
}

bool hasProblem(const PlanProblems &problems, PlanProblem::Severity severity, const QString &path,
                const QString &fragment)
{
    for (const PlanProblem &p : problems) {
        if (p.severity == severity && p.path == path && p.message.contains(fragment))
            return true;
    }
    return false;
}

QString listed(const PlanProblems &problems)
{
    QStringList lines;
    for (const PlanProblem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCoBenefits : public QObject
{
    Q_OBJECT

private slots:
    // Every kind but custom rates at least one dimension; every default has a note and a
    // source and no figure; at most one entry per dimension, in dimension order.
    void defaultsHaveSourcesAndNoFigures()
    {
        for (MeasureKind kind : kAllMeasureKinds) {
            const QList<CoBenefit> defaults =
                CoBenefitDefaults::forKind(kind, QStringLiteral("en"));
            const QString id = measureKindId(kind);
            if (kind == MeasureKind::Custom) {
                QVERIFY(defaults.isEmpty());
                continue;
            }
            QVERIFY2(!defaults.isEmpty(), qPrintable(id));
            int previous = -1;
            for (const CoBenefit &b : defaults) {
                QVERIFY2(int(b.dimension) > previous, qPrintable(id));
                previous = int(b.dimension);
                QVERIFY2(!b.source.trimmed().isEmpty(), qPrintable(id));
                QVERIFY2(!b.note.trimmed().isEmpty(), qPrintable(id));
                QVERIFY2(!b.quantity, qPrintable(id));
            }
        }
        // Spot checks against docs/measures.md: retrofit's comfort is WHO's housing
        // guidelines, composting's neighbourliness the practice guide, green power's bills
        // worse (the premium), carbon credits change nothing in the community.
        const auto rated = [](MeasureKind kind, CoBenefitDimension d) {
            return coBenefitFor(CoBenefitDefaults::forKind(kind, QStringLiteral("en")), d);
        };
        const CoBenefit comfort = rated(MeasureKind::BuildingRetrofit, CoBenefitDimension::Comfort);
        QCOMPARE(comfort.rating, CoBenefitRating::Positive);
        QVERIFY(
            comfort.source.contains(QStringLiteral("WHO Housing and health guidelines (2018)")));
        const CoBenefit compost =
            rated(MeasureKind::Composting, CoBenefitDimension::Neighbourliness);
        QCOMPARE(compost.rating, CoBenefitRating::Positive);
        QCOMPARE(compost.source,
                 QString::fromUtf8("《碳中和社区实践指南：从个人到邻里的环保协同》"));
        QCOMPARE(rated(MeasureKind::GreenPower, CoBenefitDimension::Bills).rating,
                 CoBenefitRating::Negative);
        QCOMPARE(rated(MeasureKind::CarbonCredits, CoBenefitDimension::Health).rating,
                 CoBenefitRating::None);
        // Not assessed where no source rates it: rooftop solar's air quality.
        QVERIFY(rated(MeasureKind::RooftopSolar, CoBenefitDimension::AirQuality).isEmpty());
    }

    // A measure made for the gallery carries its kind's defaults; the file reader's defaults
    // (MeasureJson::withDefaults, used for every measure read) carry none.
    void galleryMeasureGetsDefaults()
    {
        const Measure m =
            MeasureCatalogue::makeDefault(MeasureKind::HeatPump, QStringLiteral("hp"), 2026);
        QCOMPARE(m.coBenefits, CoBenefitDefaults::forKind(MeasureKind::HeatPump));
        QCOMPARE(coBenefitFor(m.coBenefits, CoBenefitDimension::AirQuality).rating,
                 CoBenefitRating::Positive);
    }

    // withCoBenefit keeps dimension order and drops an entry with nothing said.
    void editingTheList()
    {
        CoBenefit bills;
        bills.dimension = CoBenefitDimension::Bills;
        bills.rating = CoBenefitRating::Positive;
        CoBenefit air;
        air.dimension = CoBenefitDimension::AirQuality;
        air.rating = CoBenefitRating::Negative;
        QList<CoBenefit> list = withCoBenefit({bills}, air);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].dimension, CoBenefitDimension::AirQuality);
        QCOMPARE(list[1].dimension, CoBenefitDimension::Bills);
        air.rating = CoBenefitRating::NotAssessed;
        list = withCoBenefit(list, air);
        QCOMPARE(list, QList<CoBenefit>{bills});
        QCOMPARE(coBenefitFor(list, CoBenefitDimension::Jobs).rating, CoBenefitRating::NotAssessed);
    }

    void jsonRoundTrip()
    {
        const Plan plan = planWithCoBenefits();
        const QByteArray written = PlanJson::write(plan);
        const PlanReadResult read = PlanJson::read(written);
        QVERIFY2(read.plan, qPrintable(listed(read.problems)));
        QCOMPARE(read.plan->measures[0].coBenefits, plan.measures[0].coBenefits);
        QCOMPARE(read.plan->measures[1].coBenefits, plan.measures[1].coBenefits);
        QVERIFY(*read.plan == plan);
        // The shape of docs/plan-format.md.
        const QJsonObject doc = QJsonDocument::fromJson(written).object();
        QCOMPARE(doc.value(QStringLiteral("format_version")).toInt(), Plan::kFormatVersion);
        const QJsonObject second = doc.value(QStringLiteral("measures")).toArray().at(1).toObject();
        const QJsonObject air =
            second.value(QStringLiteral("co_benefits")).toArray().at(0).toObject();
        QCOMPARE(air.value(QStringLiteral("dimension")).toString(), QStringLiteral("air_quality"));
        QCOMPARE(air.value(QStringLiteral("rating")).toString(), QStringLiteral("positive"));
        QCOMPARE(air.value(QStringLiteral("quantity"))
                     .toObject()
                     .value(QStringLiteral("per"))
                     .toString(),
                 QStringLiteral("unit"));
        QCOMPARE(air.value(QStringLiteral("quantity"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 0.4);
        // A measure nobody assessed writes no co_benefits at all.
        QVERIFY(!doc.value(QStringLiteral("measures"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .contains(QStringLiteral("co_benefits")));
    }

    void projectFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Plan plan = planWithCoBenefits();
        const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, qPrintable(listed(loaded.problems)));
        QCOMPARE(loaded.plan->measures[0].coBenefits, plan.measures[0].coBenefits);
        QCOMPARE(loaded.plan->measures[1].coBenefits, plan.measures[1].coBenefits);
        QVERIFY(*loaded.plan == plan);
    }

    // Older files: the JSON samples of format version 1 (Hangzhou, the European eco-district)
    // and the frozen schema version 4 project file read with every measure not assessed;
    // nothing comes from the catalogue.
    void olderFilesReadAsNotAssessed()
    {
        for (const char *sample : {"resources/samples/hangzhou-hemu.json",
                                   "resources/samples/european-ecodistrict.json"}) {
            const Plan older = readSource(sample);
            QVERIFY(!older.measures.isEmpty());
            for (const Measure &m : older.measures)
                QVERIFY2(m.coBenefits.isEmpty(), qPrintable(m.id));
        }
        const PlanStoreResult v4 = PlanStore::load(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/paid-v4.zeroplan"));
        QVERIFY2(v4.plan, qPrintable(listed(v4.problems)));
        QVERIFY(!v4.plan->measures.isEmpty());
        for (const Measure &m : v4.plan->measures) {
            QVERIFY2(m.coBenefits.isEmpty(), qPrintable(m.id));
            QCOMPARE(coBenefitFor(m.coBenefits, CoBenefitDimension::Health).rating,
                     CoBenefitRating::NotAssessed);
        }
    }

    // The first file of schema version 5 (frozen): it loads into the plan of its JSON twin
    // with every co-benefit and its people (schema 5 added both), and loading leaves it as it
    // was.
    void version5FileStillLoads()
    {
        const QString path =
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/rated-v5.zeroplan");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, qPrintable(listed(loaded.problems)));
        const Plan json = readSource("tests/fixtures/zeroplan/rated-v5.json");
        QVERIFY(*loaded.plan == json);
        const Measure *pumps = loaded.plan->findMeasure(QStringLiteral("heat-pumps"));
        QVERIFY(pumps);
        QCOMPARE(pumps->coBenefits.size(), 3);
        const CoBenefit jobs = coBenefitFor(pumps->coBenefits, CoBenefitDimension::Jobs);
        QCOMPARE(jobs.rating, CoBenefitRating::Negative);
        QVERIFY(jobs.quantity);
        QCOMPARE(jobs.quantity->value, 0.2);
        QCOMPARE(jobs.quantity->basis, CoBenefitBasis::PerYear);
        const Measure *trees = loaded.plan->findMeasure(QStringLiteral("trees"));
        QVERIFY(trees);
        QCOMPARE(trees->coBenefits.at(0).quantity->basis, CoBenefitBasis::PerUnit);
        QCOMPARE(trees->coBenefits.at(0).quantity->unit, QString::fromUtf8("°C cooler at noon"));
        QCOMPARE(loaded.plan->people.groups.size(), 1);
        QCOMPARE(loaded.plan->people.activities.size(), 1);
        QCOMPARE(loaded.plan->people.activities.at(0).participants, 80.0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // A figure without a source and a bills figure are warnings naming the measure and the
    // dimension; the same dimension twice is an error; an unknown rating id is a read error.
    void validation()
    {
        Plan plan = planWithCoBenefits();
        Measure &m = plan.measures[1];
        m.coBenefits[0].quantity->source.clear();
        CoBenefit bills;
        bills.dimension = CoBenefitDimension::Bills;
        bills.rating = CoBenefitRating::Positive;
        bills.quantity = CoBenefitQuantity{300, QStringLiteral("CNY"), CoBenefitBasis::PerYear,
                                           QStringLiteral("Household survey")};
        m.coBenefits.append(bills);
        CoBenefit again = m.coBenefits[0];
        m.coBenefits.append(again);
        const PlanProblems problems = PlanValidator::validate(plan, FactorLibraryJson::builtIn());
        const QString name = MeasureCatalogue::displayName(m);
        using S = PlanProblem::Severity;
        QVERIFY2(
            hasProblem(
                problems, S::Warning, QStringLiteral("/measures/1/co_benefits/0/quantity/source"),
                QStringLiteral("measure \"%1\": the Air quality figure has no source").arg(name)),
            qPrintable(listed(problems)));
        QVERIFY2(hasProblem(problems, S::Warning,
                            QStringLiteral("/measures/1/co_benefits/2/quantity"),
                            QStringLiteral("the engine already counts bill savings")),
                 qPrintable(listed(problems)));
        QVERIFY2(hasProblem(problems, S::Error,
                            QStringLiteral("/measures/1/co_benefits/3/dimension"),
                            QStringLiteral("measure \"%1\" rates Air quality twice").arg(name)),
                 qPrintable(listed(problems)));
        // The sourced figure of the plan as made above gives none of these.
        const PlanProblems clean =
            PlanValidator::validate(planWithCoBenefits(), FactorLibraryJson::builtIn());
        for (const PlanProblem &p : clean)
            QVERIFY2(!p.path.contains(QStringLiteral("co_benefits")), qPrintable(p.toString()));

        QJsonObject doc = QJsonDocument::fromJson(PlanJson::write(planWithCoBenefits())).object();
        QJsonArray measures = doc.value(QStringLiteral("measures")).toArray();
        QJsonObject first = measures.at(0).toObject();
        first.insert(QStringLiteral("co_benefits"),
                     QJsonArray{QJsonObject{{QStringLiteral("dimension"), QStringLiteral("health")},
                                            {QStringLiteral("rating"), QStringLiteral("great")}}});
        measures.replace(0, first);
        doc.insert(QStringLiteral("measures"), measures);
        const PlanReadResult read = PlanJson::read(QJsonDocument(doc).toJson());
        QVERIFY(!read.ok());
        QVERIFY2(hasProblem(read.problems, S::Error,
                            QStringLiteral("/measures/0/co_benefits/0/rating"),
                            QStringLiteral("great")),
                 qPrintable(listed(read.problems)));
    }
};

QTEST_MAIN(TestCoBenefits)
#include "TestCoBenefits.moc"
