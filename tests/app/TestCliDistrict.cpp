// zeroplan-cli district end to end (docs/cli.md "district"): runs the built
// executable on a fresh temporary folder per test. --create-from the sample spreadsheet
// (resources/samples/district/communities.csv, five communities) makes the district file and
// five plans beside it; --links lists them with their state, and then says "changed" for a plan
// edited afterwards and "missing" for one deleted; --relink accepts the change; a bad row
// writes nothing; usage errors exit with 2; a held lock exits with 3. Without an action the
// sample district is rolled up: its net is the sum of `simulate` of each plan, the wedges add
// up, --samples with a seed repeats, and a missing plan stops the roll-up.
#include "CliRun.h"
#include "EigenTypes.h"
#include "FileSnapshot.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using zeroplan::test::CliRun;
using zeroplan::test::entries;
using zeroplan::test::runCli;

class TestCliDistrict : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createFromMakesDistrictAndPlans();
    void linksShowChangedAndMissing();
    void createIntoAnExistingDistrictAppends();
    void badRowWritesNothing();
    void usageErrors_data();
    void usageErrors();
    void lockedDistrictExitsWithThree();
    void damagedDistrictIsNamed();
    void linkExistingPlans();
    void sampleDistrictScript();
    void rollupSumsTheCommunitiesOwnRuns();
    void rollupWithSamplesIsRepeatable();
    void rollupRefusesAMissingPlan();

private:
    CliRun create(const QStringList &more = {}) const;
    QString makeSampleDistrict() const; // the sample district in this test's folder
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_district;
};

namespace {

const QString kSampleCsv =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv");

// The rows of --links' table (after the header and its rule), split on runs of 2+ spaces.
QList<QStringList> linkRows(const QByteArray &out)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i)
        rows.append(lines[i].trimmed().split(QRegularExpression(QStringLiteral(" {2,}"))));
    return rows;
}

} // namespace

void TestCliDistrict::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_district = m_dir->filePath(QStringLiteral("nanshan.zeroplan-district"));
}

CliRun TestCliDistrict::create(const QStringList &more) const
{
    return runCli(QStringList{QStringLiteral("district"), m_district,
                              QStringLiteral("--create-from"), kSampleCsv} +
                  more);
}

void TestCliDistrict::createFromMakesDistrictAndPlans()
{
    const CliRun run = create({QStringLiteral("--type"), QStringLiteral("rural"),
                               QStringLiteral("--base-year"), QStringLiteral("2023")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("5 community plans created from communities.csv and linked in %1.\n")
                 .arg(m_district));
    QCOMPARE(entries(m_dir->path()).size(), 6); // the district and five plans, no lock left
    const DistrictStoreResult read = DistrictStore::load(m_district);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.district->name, QStringLiteral("nanshan"));
    QCOMPARE(read.district->baseYear, 2023);
    QCOMPARE(read.district->communities.size(), 5);
    for (const CommunityLink &link : read.district->communities)
        QCOMPARE(link.type, CommunityType::Rural);
    // The third row: Hemu Garden, 12,600,000 kWh, 1,020,000 m³, 2,210,000 L, base year 2023.
    const PlanFileResult hemu =
        PlanFileReader::read(m_dir->filePath(QStringLiteral("Hemu-Garden.zeroplan")));
    QVERIFY2(hemu.ok(), qPrintable(hemu.error));
    QCOMPARE(hemu.plan->community.baseYear, 2023);
    QCOMPARE(hemu.plan->community.population, 11400.0);
    QCOMPARE(hemu.plan->activities.size(), 3);
    QCOMPARE(hemu.plan->activities[0].amount, 12600000.0);
    QCOMPARE(hemu.plan->activities[1].amount, 1020000.0);
    QCOMPARE(hemu.plan->activities[2].amount, 2210000.0);
}

void TestCliDistrict::linksShowChangedAndMissing()
{
    QCOMPARE(create().exitCode, 0);
    CliRun run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--links")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QList<QStringList> rows = linkRows(run.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0],
             (QStringList{QStringLiteral("Xinqiao East"), QStringLiteral("Xinqiao-East.zeroplan"),
                          QStringLiteral("Planned measures"), QStringLiteral("ok")}));
    // Edit one plan outside the district (the app saves it with another population) and delete
    // another.
    {
        const QString hemuPath = m_dir->filePath(QStringLiteral("Hemu-Garden.zeroplan"));
        PlanFileResult hemu = PlanFileReader::read(hemuPath);
        QVERIFY(hemu.plan);
        hemu.plan->community.population += 1;
        QString error;
        QVERIFY2(PlanStore::save(*hemu.plan, hemuPath, &error), qPrintable(error));
    }
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("Xinqiao-West.zeroplan"))));
    run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--links")});
    QCOMPARE(run.exitCode, 0);
    rows = linkRows(run.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[1], (QStringList{QStringLiteral("—"), QStringLiteral("Xinqiao-West.zeroplan"),
                                   QStringLiteral("missing")}));
    QCOMPARE(rows[2].value(0), QStringLiteral("Hemu Garden"));
    QCOMPARE(rows[2].value(3), QStringLiteral("changed since linked"));
    QCOMPARE(run.errLines(), QStringList{m_dir->filePath(QStringLiteral("Xinqiao-West.zeroplan")) +
                                         QStringLiteral(": the file does not exist")});

    // --relink accepts the change; the missing plan stays missing.
    run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--relink")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("1 changed plan relinked.\n"));
    rows =
        linkRows(runCli({QStringLiteral("district"), m_district, QStringLiteral("--links")}).out);
    QCOMPARE(rows[2].value(3), QStringLiteral("ok"));
    QCOMPARE(rows[1].value(2), QStringLiteral("missing"));
}

void TestCliDistrict::createIntoAnExistingDistrictAppends()
{
    QCOMPARE(create().exitCode, 0);
    const CliRun again = create({QStringLiteral("--type"), QStringLiteral("new")});
    QCOMPARE(again.exitCode, 0);
    const DistrictStoreResult read = DistrictStore::load(m_district);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.district->communities.size(), 10);
    QCOMPARE(read.district->communities[0].type, CommunityType::Existing);
    QCOMPARE(read.district->communities[5].type, CommunityType::New);
    QCOMPARE(read.district->communities[5].path, QStringLiteral("Xinqiao-East-2.zeroplan"));
}

void TestCliDistrict::badRowWritesNothing()
{
    const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,population,households,grid region\nA,10,4,CN-East\nB,10,-4,CN-East\n");
    }
    const CliRun run =
        runCli({QStringLiteral("district"), m_district, QStringLiteral("--create-from"), csv});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{QStringLiteral("bad.csv, line 3, column 3 (households): -4 is negative; "
                                        "it must be 0 or more")});
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("bad.csv")});
}

void TestCliDistrict::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString d = QStringLiteral("d.zeroplan-district");
    QTest::newRow("format with an action")
        << QStringList{d, QStringLiteral("--links"), QStringLiteral("--format"),
                       QStringLiteral("json")}
        << QStringLiteral("--format, --samples and --seed go with the roll-up, without an "
                          "action option");
    QTest::newRow("bad format") << QStringList{d, QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("unknown format 'xml'; use json, csv or table");
    QTest::newRow("no samples") << QStringList{d, QStringLiteral("--samples"), QStringLiteral("0")}
                                << QStringLiteral("--samples must be at least 1, not 0");
    QTest::newRow("two actions")
        << QStringList{d, QStringLiteral("--links"), QStringLiteral("--relink")}
        << QStringLiteral("give at most one of --create-from FILE, "
                          "--link PLAN, --links, --relink, --template or --own-plan PLAN");
    QTest::newRow("no district") << QStringList{QStringLiteral("--links")}
                                 << QStringLiteral("give one district file");
    QTest::newRow("bad type") << QStringList{d, QStringLiteral("--create-from"),
                                             QStringLiteral("x.csv"), QStringLiteral("--type"),
                                             QStringLiteral("castle")}
                              << QStringLiteral("--type must be existing, new or rural, not "
                                                "'castle'");
    QTest::newRow("type with links")
        << QStringList{d, QStringLiteral("--links"), QStringLiteral("--type"),
                       QStringLiteral("new")}
        << QStringLiteral("--type, --base-year and --name go with --create-from "
                          "or --link");
}

void TestCliDistrict::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("district")} + arguments);
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("zeroplan-cli district: ") + message),
             qPrintable(run.err));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestCliDistrict::lockedDistrictExitsWithThree()
{
    PlanLock lock(m_district);
    QVERIFY(lock.lock(0));
    const CliRun run = create();
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(m_district + QStringLiteral(": ")), qPrintable(run.err));
    // Only the lock file: no district, no plan.
    QCOMPARE(entries(m_dir->path()),
             QStringList{QStringLiteral(".nanshan.zeroplan-district.lock")});
}

void TestCliDistrict::damagedDistrictIsNamed()
{
    {
        QFile file(m_district);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    const QByteArray before = zeroplan::test::sha256(m_district);
    for (const QStringList &action : {QStringList{QStringLiteral("--links")},
                                      QStringList{QStringLiteral("--create-from"), kSampleCsv}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("district"), m_district} + action);
        VERIFY_NO_CRASH(run);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(), QStringList{m_district + QStringLiteral(": not a ZeroPlan "
                                                                         "district file (not an "
                                                                         "SQLite database)")});
    }
    QCOMPARE(zeroplan::test::sha256(m_district), before);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("nanshan.zeroplan-district")});
}

void TestCliDistrict::linkExistingPlans()
{
    const QString xinqiao =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json");
    // A scenario the plan does not have: exit 1, nothing written.
    CliRun run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--link"), xinqiao,
                         QStringLiteral("--scenario"), QStringLiteral("Nope")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{xinqiao + QStringLiteral(": the plan has no scenario \"Nope\"")});
    QVERIFY(entries(m_dir->path()).isEmpty());
    // A file that is no plan: its reader's message, nothing written.
    run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--link"), kSampleCsv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(kSampleCsv + QStringLiteral(": ")), qPrintable(run.err));
    QVERIFY(entries(m_dir->path()).isEmpty());
    // The plan, with its scenario 稳健: linked by a path relative to the district's folder.
    run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--link"), xinqiao,
                  QStringLiteral("--scenario"), QStringLiteral("稳健"), QStringLiteral("--type"),
                  QStringLiteral("rural")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("1 plan linked in %1.\n").arg(m_district));
    const DistrictStoreResult read = DistrictStore::load(m_district);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.district->communities.size(), 1);
    const CommunityLink &link = read.district->communities[0];
    QVERIFY(!QDir::isAbsolutePath(link.path));
    QCOMPARE(DistrictLoader::resolve(m_district, link), xinqiao);
    QCOMPARE(link.scenario, QStringLiteral("稳健"));
    QCOMPARE(link.type, CommunityType::Rural);
    QCOMPARE(link.sha256, DistrictLoader::fileHash(xinqiao));
}

QString TestCliDistrict::makeSampleDistrict() const
{
    // resources/samples/district/make-sample-district.sh, run into this test's folder.
    QProcess script;
    script.start(
        QStringLiteral("sh"),
        {QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/make-sample-district.sh"),
         QStringLiteral(ZEROPLAN_CLI), m_dir->path()});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        qWarning("%s", script.readAllStandardError().constData());
        return {};
    }
    return m_dir->filePath(QStringLiteral("samples.zeroplan-district"));
}

void TestCliDistrict::sampleDistrictScript()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const CliRun run = runCli({QStringLiteral("district"), district, QStringLiteral("--links")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QList<QStringList> rows = linkRows(run.out);
    QCOMPARE(rows.size(), 3);
    // Names from the plans themselves, files relative to the test's folder, chosen scenarios.
    QCOMPARE(rows[0].value(0), QStringLiteral("新桥世居近零碳社区（示例）"));
    QCOMPARE(rows[0].value(2), QStringLiteral("全面"));
    QCOMPARE(rows[1].value(0), QStringLiteral("和睦社区（示例）"));
    QCOMPARE(rows[1].value(2), QStringLiteral("深化行动（2050 碳中和）"));
    QCOMPARE(rows[2].value(0), QStringLiteral("Harbourside eco-district (sample)"));
    QCOMPARE(rows[2].value(2), QStringLiteral("Net zero 2040"));
    for (const QStringList &row : rows)
        QCOMPARE(row.value(3), QStringLiteral("ok"));
    const DistrictStoreResult read = DistrictStore::load(district);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.district->baseYear, 2023);
    QCOMPARE(read.district->communities[2].type, CommunityType::New);
}

namespace {

YearSeries seriesOf(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    YearSeries out(array.size());
    for (qsizetype t = 0; t < array.size(); ++t)
        out[t] = array[t].toDouble();
    return out;
}

} // namespace

// The roll-up of the sample district (three plans, each with its chosen scenario) equals the
// sum of `simulate` of each plan for that scenario, year by year; the wedges by kind and by
// community add up to BAU − net; the table and CSV forms carry the same communities.
void TestCliDistrict::rollupSumsTheCommunitiesOwnRuns()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    CliRun run = runCli(
        {QStringLiteral("district"), district, QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = run.json();
    const QJsonObject pathway = json.value(QStringLiteral("pathway")).toObject();
    const YearSeries net = seriesOf(pathway.value(QStringLiteral("net")));
    const YearSeries bau = seriesOf(pathway.value(QStringLiteral("bau")));
    QCOMPARE(net.size(), 2060 - 2023 + 1);
    const struct
    {
        const char *file, *scenario;
    } samples[] = {{"shenzhen-xinqiao.json", "全面"},
                   {"hangzhou-hemu.json", "深化行动（2050 碳中和）"},
                   {"european-ecodistrict.json", "Net zero 2040"}};
    YearSeries sum = YearSeries::Zero(net.size());
    for (const auto &sample : samples) {
        const CliRun one = runCli(
            {QStringLiteral("simulate"),
             QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(sample.file),
             QStringLiteral("--scenario"), QString::fromUtf8(sample.scenario),
             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        const YearSeries own = seriesOf(one.json()
                                            .value(QStringLiteral("scenarios"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QStringLiteral("net")));
        QCOMPARE(own.size(), net.size()); // every sample runs 2023–2060
        sum += own;
    }
    const double scale = bau.abs().maxCoeff();
    QVERIFY(scale > 0);
    QVERIFY2(((net - sum).abs() <= 1e-9 * scale).all(), "district net ≠ Σ of the plans' net");
    YearSeries byKind = YearSeries::Zero(net.size());
    const QJsonObject kinds = pathway.value(QStringLiteral("wedges_by_kind")).toObject();
    for (const QString &kind : kinds.keys())
        byKind += seriesOf(kinds.value(kind));
    QVERIFY(((byKind - (bau - net)).abs() <= 1e-9 * scale).all());
    YearSeries byCommunity = YearSeries::Zero(net.size());
    for (const QJsonValue &c : pathway.value(QStringLiteral("wedges_by_community")).toArray())
        byCommunity += seriesOf(c.toObject().value(QStringLiteral("values")));
    QVERIFY(((byCommunity - (bau - net)).abs() <= 1e-9 * scale).all());
    QCOMPARE(json.value(QStringLiteral("league_table")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("district")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Sample district")));
    QVERIFY(!json.contains(QStringLiteral("uncertainty")));

    // The table and the CSV name the same three communities.
    run = runCli({QStringLiteral("district"), district});
    QCOMPARE(run.exitCode, 0);
    const QString table = QString::fromUtf8(run.out);
    QVERIFY(table.contains(QStringLiteral("League table:")));
    for (const char *name :
         {"新桥世居近零碳社区（示例）", "和睦社区（示例）", "Harbourside eco-district (sample)"})
        QVERIFY2(table.contains(QString::fromUtf8(name)), qPrintable(table));
    run = runCli(
        {QStringLiteral("district"), district, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    bool wellFormed = false;
    const QList<QStringList> records =
        zeroplan::test::csvRecords(QString::fromUtf8(run.out), &wellFormed);
    QVERIFY(wellFormed);
    QVERIFY(records.size() > 38 + 3);
}

// --samples with a seed: the same numbers twice; bands in order; a probability per community.
void TestCliDistrict::rollupWithSamplesIsRepeatable()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const QStringList arguments{QStringLiteral("district"),  district,
                                QStringLiteral("--format"),  QStringLiteral("json"),
                                QStringLiteral("--samples"), QStringLiteral("60"),
                                QStringLiteral("--seed"),    QStringLiteral("7")};
    const CliRun first = runCli(arguments);
    VERIFY_NO_CRASH(first);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QCOMPARE(runCli(arguments).out, first.out);
    const QJsonObject band = first.json().value(QStringLiteral("uncertainty")).toObject();
    QCOMPARE(band.value(QStringLiteral("samples")).toInt(), 60);
    QCOMPARE(band.value(QStringLiteral("sharing")).toString(), QStringLiteral("shared"));
    const YearSeries p5 = seriesOf(band.value(QStringLiteral("p5")));
    const YearSeries p50 = seriesOf(band.value(QStringLiteral("p50")));
    const YearSeries p95 = seriesOf(band.value(QStringLiteral("p95")));
    QCOMPARE(p5.size(), 38);
    QVERIFY((p5 <= p50).all() && (p50 <= p95).all());
    QVERIFY((p95 - p5).maxCoeff() > 0);
    for (const QJsonValue &row : first.json().value(QStringLiteral("league_table")).toArray()) {
        const QJsonValue p = row.toObject().value(QStringLiteral("probability_neutral"));
        QVERIFY(p.isDouble() && p.toDouble() >= 0 && p.toDouble() <= 1);
    }
}

// A linked plan gone: no roll-up (never a partial sum), the file named, nothing on stdout.
void TestCliDistrict::rollupRefusesAMissingPlan()
{
    const QString plan = m_dir->filePath(QStringLiteral("hemu.json"));
    QVERIFY(QFile::copy(QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/hangzhou-hemu.json"),
                        plan));
    CliRun run = runCli({QStringLiteral("district"), m_district, QStringLiteral("--link"), plan});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::remove(plan));
    run = runCli({QStringLiteral("district"), m_district});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines(),
             (QStringList{plan + QStringLiteral(": the file does not exist"),
                          m_district + QStringLiteral(": not rolled up: every linked plan must "
                                                      "be readable")}));
}

QTEST_GUILESS_MAIN(TestCliDistrict)
#include "TestCliDistrict.moc"
