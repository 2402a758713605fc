// zeroplan-cli district with a template and the district's own measures (docs/district.md,
// "The template", "The district's own measures"), end to end on the built executable: --template
// prints the template and, per community, the keys it keeps its own and those it differs in
// (json and table); the roll-up counts the own plan once, beside the communities, and its JSON
// holds the own plan's series under "district_measures"; --template takes no csv.
#include "CliRun.h"
#include "DistrictOwnPlan.h"
#include "EigenTypes.h"
#include "storage/DistrictStore.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::CliRun;
using zeroplan::test::runCli;

namespace {

const QString kSampleCsv =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv");
const QString kElectricity = QStringLiteral("price:electricity/kWh");
const QString kDiscount = QStringLiteral("discount_rate");

YearSeries seriesOf(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    YearSeries out(array.size());
    for (qsizetype t = 0; t < array.size(); ++t)
        out[t] = array[t].toDouble();
    return out;
}

} // namespace

class TestCliDistrictTemplate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_district;
    District m_read; // the district as --create-from made it

private slots:
    void initTestCase()
    {
        // Five communities from the sample spreadsheet, 2024 as base year (2024–2060).
        QVERIFY(m_dir.isValid());
        m_district = m_dir.filePath(QStringLiteral("d.zeroplan-district"));
        const CliRun run =
            runCli({QStringLiteral("district"), m_district, QStringLiteral("--create-from"),
                    kSampleCsv, QStringLiteral("--base-year"), QStringLiteral("2024")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const DistrictStoreResult read = DistrictStore::load(m_district);
        QVERIFY2(read.ok(), qPrintable(read.error));
        m_read = *read.district;
        QCOMPARE(m_read.communities.size(), 5);
    }

    void templateShowsOverridesAndDifferences()
    {
        // The template: electricity at 0.6 per kWh and a 4 % discount rate; the second
        // community keeps its own discount rate. The plans on disk still hold their own values
        // (StartingPlan: the grid region's sourced price, a 5 % discount rate), so both differ
        // wherever the plan's value is not the template's.
        District d = m_read;
        d.templ.setPrice({QStringLiteral("electricity"), QStringLiteral("kWh"), 0.6,
                          QStringLiteral("District tariff")});
        d.templ.setDiscountRate(0.04);
        d.communities[1].overrides = {kDiscount};
        QString error;
        QVERIFY2(DistrictStore::save(d, m_district, &error), qPrintable(error));

        CliRun run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--template"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        const QJsonArray keys = json.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0].toObject().value(QStringLiteral("key")).toString(), kElectricity);
        QCOMPARE(keys[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Price of grid electricity (kWh)"));
        QCOMPARE(keys[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("0.6 per kWh"));
        QCOMPARE(json.value(QStringLiteral("template"))
                     .toObject()
                     .value(QStringLiteral("discount_rate"))
                     .toDouble(),
                 0.04);
        const QJsonArray communities = json.value(QStringLiteral("communities")).toArray();
        QCOMPARE(communities.size(), 5);
        for (qsizetype i = 0; i < 5; ++i) {
            const QJsonObject c = communities[i].toObject();
            // What differs, worked out from the plan file itself.
            const PlanFileResult plan = PlanFileReader::read(m_dir.filePath(d.communities[i].path));
            QVERIFY2(plan.ok(), qPrintable(plan.error));
            QStringList differs;
            if (plan.plan->priceOf(QStringLiteral("electricity"), QStringLiteral("kWh")) != 0.6)
                differs << kElectricity;
            if (plan.plan->community.discountRate != 0.04)
                differs << kDiscount;
            QVERIFY(differs.contains(kDiscount)); // 5 % in every new plan
            QCOMPARE(c.value(QStringLiteral("community")).toString(), plan.plan->community.name);
            QCOMPARE(c.value(QStringLiteral("differs")).toVariant().toStringList(), differs);
            QCOMPARE(c.value(QStringLiteral("overrides")).toVariant().toStringList(),
                     i == 1 ? QStringList{kDiscount} : QStringList());
        }

        run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--template")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        QVERIFY2(table.contains(QStringLiteral("Price of grid electricity (kWh)")),
                 qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("0.6 per kWh")));
        QVERIFY(table.contains(QStringLiteral("Differs from the template")));

        run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--template"),
                      QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--template prints a table or json, not csv")),
                 qPrintable(run.err));
    }

    void ownMeasuresAreCountedOnce()
    {
        // The same five communities without, then with, the district's bus fleet (2024–2030,
        // DistrictOwnPlan.h: BAU 2,680 t a year, 1,608 t of it electrified away); after its
        // horizon end it counts with its last year, as a community does.
        QString error;
        QVERIFY2(DistrictStore::save(m_read, m_district, &error), qPrintable(error));
        const QStringList args{QStringLiteral("district"), m_district, QStringLiteral("--format"),
                               QStringLiteral("json")};
        CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.json().contains(QStringLiteral("district_measures")));
        const QJsonObject without = run.json().value(QStringLiteral("pathway")).toObject();

        // Set through the command line, from a plan file of the bus fleet.
        const QString bus = QFileInfo(m_district).dir().filePath(QStringLiteral("bus.json"));
        QVERIFY2(PlanJson::writeFile(test::busFleetPlan(), bus, &error), qPrintable(error));
        run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--own-plan"), bus,
                      QStringLiteral("--scenario"), QStringLiteral("nonesuch")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the plan has no scenario \"nonesuch\"")),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--own-plan"), bus,
                      QStringLiteral("--scenario"), QStringLiteral("electrify")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const DistrictStoreResult stored = DistrictStore::load(m_district);
        QVERIFY(stored.ok());
        QVERIFY(stored.district->ownPlan == test::busFleetPlan());
        run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        const QJsonObject with = json.value(QStringLiteral("pathway")).toObject();
        const QJsonObject own = json.value(QStringLiteral("district_measures")).toObject();
        QCOMPARE(own.value(QStringLiteral("scenario")).toString(), QStringLiteral("electrify"));
        const YearSeries ownBau = seriesOf(own.value(QStringLiteral("bau")));
        const YearSeries ownWedge = seriesOf(own.value(QStringLiteral("wedge")));
        QCOMPARE(ownBau.size(), 2060 - 2024 + 1);
        const double scale = seriesOf(with.value(QStringLiteral("bau"))).maxCoeff();
        QVERIFY(((ownBau - 2680.0).abs() <= 1e-9 * scale).all());
        QVERIFY(((ownWedge - 1608.0).abs() <= 1e-9 * scale).all());
        // District = Σ communities + own plan; the own wedge only in the custom kind.
        for (const char *q : {"bau", "gross", "net"}) {
            const QString key = QLatin1String(q);
            const YearSeries diff =
                seriesOf(with.value(key)) - seriesOf(without.value(key)) - seriesOf(own.value(key));
            QVERIFY2((diff.abs() <= 1e-9 * scale).all(), q);
        }
        const auto kind = [](const QJsonObject &pathway, const char *id) {
            const QJsonValue v =
                pathway.value(QStringLiteral("wedges_by_kind")).toObject().value(QLatin1String(id));
            return v.isUndefined() ? YearSeries(YearSeries::Zero(37)) : seriesOf(v);
        };
        QVERIFY(((kind(with, "custom") - kind(without, "custom") - ownWedge).abs() <= 1e-9 * scale)
                    .all());
        const QJsonArray byCommunity = with.value(QStringLiteral("wedges_by_community")).toArray();
        QCOMPARE(byCommunity.size(), 5); // the own plan is no community
        QCOMPARE(json.value(QStringLiteral("league_table")).toArray().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCliDistrictTemplate)
#include "TestCliDistrictTemplate.moc"
