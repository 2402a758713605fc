// DistrictDocument (model/document): the district open in the app. Starts from the sample
// district made in a temporary folder (tests/support/SampleDistrict.h: copies of the three
// sample plans, each with the scenario make-sample-district.sh gives it). A member's new plan
// moves the roll-up by exactly that community's own change (worked out with PlanRun); save
// writes only the modified community plans and takes their new hashes into the links; a plan
// changed by another program since the district was opened stops the save, naming the file,
// and is not written over; DistrictChange undoes and redoes a community's scenario.
#include "DistrictChange.h"
#include "DistrictDocument.h"
#include "FileSnapshot.h"
#include "SampleDistrict.h"
#include "engine/PlanRun.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanFileReader.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kTolerance = 1e-6; // tCO₂e: sums of the same doubles in another order

// The net emissions of `plan`'s scenario `scenario`, base year to horizon end (PlanRun, as
// the CLI's simulate runs it).
YearSeries netOf(const Plan &plan, const QString &scenario)
{
    const Scenario *chosen = nullptr;
    for (const Scenario &s : plan.scenarios)
        if (s.name == scenario)
            chosen = &s;
    if (!chosen)
        qFatal("no scenario %s", qPrintable(scenario));
    const PlanRun run = PlanRun::run(plan, FactorLibraryJson::builtIn(), {chosen});
    return run.result.scenarios.front().net;
}

// `plan` with its first activity line's amount doubled: its base-year emissions change.
Plan withFirstLineDoubled(Plan plan)
{
    plan.activities[0].amount *= 2;
    return plan;
}

} // namespace

class TestDistrictDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensTheSampleDistrict();
    void setMemberPlanMovesTheRollupByTheMembersChange();
    void saveWritesOnlyModifiedMembersAndTakesTheirHashes();
    void aPlanChangedElsewhereStopsTheSaveAndIsNotWrittenOver();
    void districtChangeUndoesAndRedoesAScenario();

private:
    std::unique_ptr<DistrictDocument> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDistrictDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = makeSampleDistrict(m_dir->path());
    QVERIFY(!m_path.isEmpty());
}

std::unique_ptr<DistrictDocument> TestDistrictDocument::open()
{
    QString error;
    std::unique_ptr<DistrictDocument> document =
        DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
    if (!document)
        qWarning("%s", qPrintable(error));
    return document;
}

void TestDistrictDocument::opensTheSampleDistrict()
{
    std::unique_ptr<DistrictDocument> document = open();
    QVERIFY(document);
    QCOMPARE(document->memberCount(), 3);
    QCOMPARE(document->links().size(), 3);
    for (const LinkState &link : document->links())
        QCOMPARE(link.status, LinkStatus::Ok);
    QVERIFY(!document->isModified());
    // The roll-up's base-year net is the sum of the three plans' own runs (all three start in
    // 2023, the district's base year).
    double sum = 0;
    for (int i = 0; i < 3; ++i)
        sum += netOf(document->member(i).plan, document->member(i).scenario)[0];
    QVERIFY(qAbs(document->rollup().net()[0] - sum) < kTolerance);
    QVERIFY(sum > 0);
}

void TestDistrictDocument::setMemberPlanMovesTheRollupByTheMembersChange()
{
    std::unique_ptr<DistrictDocument> document = open();
    QVERIFY(document);
    const YearSeries before = document->rollup().net();
    const Plan old = document->member(1).plan;
    const Plan changed = withFirstLineDoubled(old);
    const QString scenario = document->member(1).scenario;
    const YearSeries delta = netOf(changed, scenario) - netOf(old, scenario);
    QVERIFY(delta.abs().maxCoeff() > 1); // the line matters: the check below can fail
    QSignalSpy members(document.get(), &DistrictDocument::memberChanged);
    QSignalSpy rollups(document.get(), &DistrictDocument::rollupChanged);
    QSignalSpy modified(document.get(), &DistrictDocument::modifiedChanged);
    document->setMemberPlan(1, changed);
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().first().toInt(), 1);
    QCOMPARE(rollups.size(), 1);
    QCOMPARE(modified.size(), 1);
    const YearSeries after = document->rollup().net();
    QCOMPARE(after.size(), delta.size());
    QVERIFY((after - before - delta).abs().maxCoeff() < kTolerance);
    QVERIFY(document->isModified());
    QVERIFY(document->isMemberModified(1));
    QVERIFY(!document->isMemberModified(0));
    QVERIFY(!document->isMemberModified(2));
    // The same plan again changes nothing and says nothing.
    document->setMemberPlan(1, changed);
    QCOMPARE(rollups.size(), 1);
    // Back to the plan as its file has it: not modified any more, the roll-up as it was.
    document->setMemberPlan(1, old);
    QVERIFY(!document->isModified());
    QVERIFY((document->rollup().net() - before).abs().maxCoeff() < kTolerance);
}

void TestDistrictDocument::saveWritesOnlyModifiedMembersAndTakesTheirHashes()
{
    std::unique_ptr<DistrictDocument> document = open();
    QVERIFY(document);
    QStringList files;
    QList<QByteArray> hashes;
    QList<QDateTime> times;
    for (int i = 0; i < 3; ++i) {
        files.append(document->memberFilePath(i));
        hashes.append(sha256(files.last()));
        times.append(QFileInfo(files.last()).lastModified());
    }
    const Plan changed = withFirstLineDoubled(document->member(2).plan);
    document->setMemberPlan(2, changed);
    QSignalSpy saved(document.get(), &DistrictDocument::saved);
    QString error;
    QVERIFY2(document->save(&error), qPrintable(error));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!document->isModified());
    // Only the modified community was written.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(sha256(files[i]), hashes[i]);
        QCOMPARE(QFileInfo(files[i]).lastModified(), times[i]);
    }
    QVERIFY(sha256(files[2]) != hashes[2]);
    // Its file holds the new plan, and the district file links its new content.
    PlanFileResult read = PlanFileReader::read(files[2]);
    QVERIFY(read.plan);
    QCOMPARE(read.plan->activities[0].amount, changed.activities[0].amount);
    DistrictStoreResult stored = DistrictStore::load(m_path);
    QVERIFY(stored.ok());
    QCOMPARE(stored.district->communities[2].sha256, DistrictLoader::fileHash(files[2]));
    QCOMPARE(stored.district->communities[0].sha256, DistrictLoader::fileHash(files[0]));
    // Opened again: every link as linked, nothing "changed".
    document.reset();
    document = open();
    QVERIFY(document);
    for (const LinkState &link : document->links())
        QCOMPARE(link.status, LinkStatus::Ok);
    QCOMPARE(document->member(2).plan.activities[0].amount, changed.activities[0].amount);
}

void TestDistrictDocument::aPlanChangedElsewhereStopsTheSaveAndIsNotWrittenOver()
{
    std::unique_ptr<DistrictDocument> document = open();
    QVERIFY(document);
    const QString file = document->memberFilePath(0);
    document->setMemberPlan(0, withFirstLineDoubled(document->member(0).plan));
    // Another program writes the plan after the district was opened.
    QFile other(file);
    QVERIFY(other.open(QIODevice::Append));
    other.write("\n");
    other.close();
    const QByteArray theirs = sha256(file);
    const QByteArray districtBefore = sha256(m_path);
    QString error;
    QVERIFY(!document->save(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("changed by another program")), qPrintable(error));
    QCOMPARE(sha256(file), theirs);           // their change is kept
    QCOMPARE(sha256(m_path), districtBefore); // and the district file was not written
    QVERIFY(document->isModified());
}

void TestDistrictDocument::districtChangeUndoesAndRedoesAScenario()
{
    std::unique_ptr<DistrictDocument> document = open();
    QVERIFY(document);
    const YearSeries before = document->rollup().net();
    const Plan plan = document->member(2).plan;
    // The European sample counts "Net zero 2040"; "Cautious" is its scenario with less in it.
    const YearSeries delta =
        netOf(plan, QStringLiteral("Cautious")) - netOf(plan, QStringLiteral("Net zero 2040"));
    QVERIFY(delta.abs().maxCoeff() > 1);
    District after = document->district();
    after.communities[2].scenario = QStringLiteral("Cautious");
    auto *same = new DistrictChange(*document, QStringLiteral("nothing"), document->district());
    QVERIFY(!same->changesAnything());
    delete same;
    auto *change = new DistrictChange(*document, QStringLiteral("Change scenario"), after);
    QVERIFY(change->changesAnything());
    document->undoStack()->push(change);
    QCOMPARE(document->member(2).scenario, QStringLiteral("Cautious"));
    QCOMPARE(document->rollup().community(2).scenario, QStringLiteral("Cautious"));
    QVERIFY((document->rollup().net() - before - delta).abs().maxCoeff() < kTolerance);
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QCOMPARE(document->member(2).scenario, QStringLiteral("Net zero 2040"));
    QVERIFY((document->rollup().net() - before).abs().maxCoeff() < kTolerance);
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    QCOMPARE(document->district().communities[2].scenario, QStringLiteral("Cautious"));
    QVERIFY((document->rollup().net() - before - delta).abs().maxCoeff() < kTolerance);
    // Saved, the district file counts the new scenario.
    QString error;
    QVERIFY2(document->save(&error), qPrintable(error));
    DistrictStoreResult stored = DistrictStore::load(m_path);
    QVERIFY(stored.ok());
    QCOMPARE(stored.district->communities[2].scenario, QStringLiteral("Cautious"));
}

QTEST_GUILESS_MAIN(TestDistrictDocument)
#include "TestDistrictDocument.moc"
