// Who pays in the plan file (format version 3, docs/plan-format.md "residents") and in the
// .zeroplan project file (schema version 4, docs/project-file.md): it round trips exactly, an
// older file reads without it, a newer one is refused, and the checks name the measure and
// the field of each mistake.
#include "PlanFixtures.h"
#include "ProblemList.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// A one-measure plan (rooftop solar from 2026) with a full residents section.
Plan paidPlan()
{
    Plan plan = basePlan(2024, 2030);
    plan.measures = {measure(MeasureKind::RooftopSolar, QStringLiteral("solar"), 2026)};
    plan.measures[0].name = QStringLiteral("Rooftop solar");
    plan.measures[0].costs.capex = 300000;
    plan.scenarios = {allMeasures(plan)};
    PayerSplit split;
    split.measure = QStringLiteral("solar");
    split.capex = {{Party::PropertyCompany, 0.6}, {Party::Government, 0.4}};
    split.opex = {{Party::PropertyCompany, 1.0}};
    split.savings = {{Party::Residents, 0.7}, {Party::PublicFacilities, 0.3}};
    split.householdShare = 0.5;
    split.source = QStringLiteral("assumption of the committee, 2026 meeting");
    plan.residents.splits = {split};
    plan.residents.medianIncome = {{2024, 120000}};
    plan.residents.incomeSource = QStringLiteral("district statistical yearbook 2024");
    plan.residents.affordabilityShare = 0.05;
    plan.residents.affordabilitySource = QStringLiteral("committee's choice");
    FundingSource subsidy;
    subsidy.name = QStringLiteral("District PV subsidy");
    subsidy.kind = FundingKind::Subsidy;
    subsidy.amounts = {{2026, 120000}};
    subsidy.source = QStringLiteral("check the local notice");
    FundingSource budget;
    budget.name = QStringLiteral("Committee budget");
    budget.kind = FundingKind::CommitteeBudget;
    budget.party = Party::PropertyCompany;
    budget.amounts = {{2026, 10000}, {2027, 10000}};
    plan.residents.funding = {subsidy, budget};
    return plan;
}

// The paid plan with fixed amounts: the government pays 24 000 of the investment in 2026, the
// sponsors 800 of the running cost in 2027 (docs/residents.md, "Fixed amounts").
Plan paidPlanWithFixedAmounts()
{
    Plan plan = paidPlan();
    plan.residents.splits[0].capexAmounts = {{Party::Government, {{2026, 24000}}}};
    plan.residents.splits[0].opexAmounts = {{Party::Sponsors, {{2027, 800}}}};
    return plan;
}

PlanProblems validated(const Plan &plan)
{
    return PlanValidator::validate(plan, noLibrary());
}

} // namespace

class TestResidentsFile : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void olderJsonHasNoResidents();
    void newerJsonIsRefused();
    void projectFileRoundTrip();
    void olderProjectFileMigrates();
    void version4FileStillLoads();
    void checks_data();
    void checks();

private:
    QTemporaryDir m_dir;
};

void TestResidentsFile::jsonRoundTrip()
{
    const Plan plan = paidPlanWithFixedAmounts();
    for (const PlanProblem &p : validated(plan))
        QVERIFY2(!p.path.startsWith(QLatin1String("/residents")), qPrintable(p.toString()));
    const QByteArray json = PlanJson::write(plan);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), Plan::kFormatVersion);
    const QJsonObject residents = root.value(QStringLiteral("residents")).toObject();
    const QJsonObject split = residents.value(QStringLiteral("splits")).toArray().at(0).toObject();
    QCOMPARE(split.value(QStringLiteral("capex")).toObject().value(QStringLiteral("government")),
             QJsonValue(0.4));
    QCOMPARE(split.value(QStringLiteral("household_share")), QJsonValue(0.5));
    const QJsonObject fixed = split.value(QStringLiteral("capex_amounts"))
                                  .toObject()
                                  .value(QStringLiteral("government"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(fixed.value(QStringLiteral("year")), QJsonValue(2026));
    QCOMPARE(fixed.value(QStringLiteral("amount")), QJsonValue(24000));
    const PlanReadResult read = PlanJson::read(json, &noLibrary());
    QVERIFY2(read.ok(), listed(read.problems).constData());
    QVERIFY(read.plan->residents == plan.residents);
    QVERIFY(*read.plan == plan);
    // A plan without a residents section writes none.
    Plan plain = plan;
    plain.residents = Residents{};
    QVERIFY(!QJsonDocument::fromJson(PlanJson::write(plain))
                 .object()
                 .contains(QStringLiteral("residents")));
}

void TestResidentsFile::olderJsonHasNoResidents()
{
    QJsonObject root = PlanJson::toJson(paidPlan());
    root.remove(QStringLiteral("residents"));
    root.insert(QStringLiteral("format_version"), 2);
    const PlanReadResult read = PlanJson::read(QJsonDocument(root).toJson(), &noLibrary());
    QVERIFY2(read.ok(), listed(read.problems).constData());
    QVERIFY(read.plan->residents.isEmpty());
}

void TestResidentsFile::newerJsonIsRefused()
{
    QJsonObject root = PlanJson::toJson(paidPlan());
    root.insert(QStringLiteral("format_version"), Plan::kFormatVersion + 1);
    const PlanReadResult read = PlanJson::read(QJsonDocument(root).toJson(), &noLibrary());
    QVERIFY(!read.plan);
    QVERIFY2(listed(read.problems)
                 .contains(QStringLiteral("newer ZeroPlan (format version %1)")
                               .arg(Plan::kFormatVersion + 1)
                               .toUtf8()),
             listed(read.problems).constData());
}

void TestResidentsFile::projectFileRoundTrip()
{
    const Plan plan = paidPlanWithFixedAmounts();
    const QString path = m_dir.filePath(QStringLiteral("paid.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("residents-check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), PlanSchema::kVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM residents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("residents-check"));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(loaded.plan->residents == plan.residents);
    QVERIFY(*loaded.plan == plan);
}

// A version 2 file (before monitoring and residents) goes through both migrations: it loads
// without residents, and saved with residents it keeps them.
void TestResidentsFile::olderProjectFileMigrates()
{
    const QString v2 =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/rich-v2.zeroplan");
    const PlanStoreResult loaded = PlanStore::load(v2);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(loaded.plan->residents.isEmpty());
    Plan plan = *loaded.plan;
    FundingSource crowd;
    crowd.name = QStringLiteral("Neighbourhood crowdfunding");
    crowd.kind = FundingKind::Crowdfunding;
    crowd.amounts = {{plan.community.baseYear + 1, 5000}};
    plan.residents.funding = {crowd};
    const QString path = m_dir.filePath(QStringLiteral("from-v2.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    const PlanStoreResult again = PlanStore::load(path);
    QVERIFY(again.plan);
    QVERIFY(again.plan->residents == plan.residents);
}

// The first file of schema version 4 (frozen): it loads into the plan of its JSON twin, and
// loading leaves it as it was.
void TestResidentsFile::version4FileStillLoads()
{
    const QString path =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/paid-v4.zeroplan");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    const PlanReadResult json = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/paid-v4.json"));
    QVERIFY(json.plan);
    QCOMPARE(loaded.plan->residents.splits.size(), 2);
    QCOMPARE(loaded.plan->residents.funding.size(), 2);
    QVERIFY(*loaded.plan == *json.plan);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestResidentsFile::checks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("shares short of 100 %")
        << "capex-sum"
        << "/residents/splits/0/capex"
        << "measure \"Rooftop solar\": the investment shares add up to 90 %";
    QTest::newRow("negative share") << "negative"
                                    << "/residents/splits/0/savings/residents"
                                    << "the bill savings share of Residents is -0.2";
    QTest::newRow("unknown measure")
        << "unknown"
        << "/residents/splits/0/measure"
        << "measure \"wind\", which the plan does not have; it is ignored";
    QTest::newRow("households and share") << "both"
                                          << "/residents/splits/0"
                                          << "give either households or household_share";
    QTest::newRow("zero households") << "zero-households"
                                     << "/residents/splits/0/households"
                                     << "the households it reaches must be more than 0";
    QTest::newRow("negative funding") << "negative-funding"
                                      << "/residents/funding/0/amounts/0/amount"
                                      << "\"District PV subsidy\": the amount of 2026 is -1";
    QTest::newRow("funding after the horizon") << "late-funding"
                                               << "/residents/funding/0/amounts/0/year"
                                               << "is outside the plan's horizon";
    QTest::newRow("negative fixed amount")
        << "negative-fixed"
        << "/residents/splits/0/capex_amounts/government/0/amount"
        << "the fixed investment of Government subsidy: the amount of 2026 is -5";
    QTest::newRow("fixed amount after the horizon")
        << "late-fixed"
        << "/residents/splits/0/opex_amounts/sponsors/0/year"
        << "is outside the plan's horizon";
    QTest::newRow("threshold above 1") << "threshold"
                                       << "/residents/affordability_share"
                                       << "the affordability threshold 5 is outside 0–1";
    QTest::newRow("income of 0") << "income"
                                 << "/residents/median_income/0/amount"
                                 << "the median household income of 2024 is 0";
    QTest::newRow("split twice") << "twice"
                                 << "/residents/splits/1/measure"
                                 << "";
}

void TestResidentsFile::checks()
{
    QFETCH(QString, change);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    Plan plan = paidPlan();
    PayerSplit &split = plan.residents.splits[0];
    if (change == QLatin1String("capex-sum"))
        split.capex[1].share = 0.3;
    else if (change == QLatin1String("negative"))
        split.savings = {{Party::Residents, -0.2}, {Party::PublicFacilities, 1.2}};
    else if (change == QLatin1String("unknown"))
        split.measure = QStringLiteral("wind");
    else if (change == QLatin1String("both"))
        split.households = 100;
    else if (change == QLatin1String("zero-households")) {
        split.householdShare.reset();
        split.households = 0;
    } else if (change == QLatin1String("negative-funding"))
        plan.residents.funding[0].amounts[0].amount = -1;
    else if (change == QLatin1String("late-funding"))
        plan.residents.funding[0].amounts[0].year = 2031;
    else if (change == QLatin1String("negative-fixed"))
        split.capexAmounts = {{Party::Government, {{2026, -5}}}};
    else if (change == QLatin1String("late-fixed"))
        split.opexAmounts = {{Party::Sponsors, {{2031, 800}}}};
    else if (change == QLatin1String("threshold"))
        plan.residents.affordabilityShare = 5;
    else if (change == QLatin1String("income"))
        plan.residents.medianIncome[0].amount = 0;
    else if (change == QLatin1String("twice"))
        plan.residents.splits.append(split);
    const PlanProblems problems = validated(plan);
    const PlanProblem *p = problemAt(problems, path);
    QVERIFY2(p, listed(problems).constData());
    QVERIFY2(p->message.contains(fragment), qPrintable(p->message));
    // A split of a measure that is gone (removed, or its id changed) is a warning: the plan
    // still runs and the split is ignored. Every other mistake is an error, and a plan with
    // an error in its residents section does not run: PlanJson reports it too.
    const PlanReadResult read = PlanJson::read(PlanJson::write(plan), &noLibrary());
    if (change == QLatin1String("unknown")) {
        QCOMPARE(p->severity, PlanProblem::Severity::Warning);
        QVERIFY(read.ok());
    } else {
        QCOMPARE(p->severity, PlanProblem::Severity::Error);
        QVERIFY(!read.ok());
    }
}

QTEST_GUILESS_MAIN(TestResidentsFile)
#include "TestResidentsFile.moc"
