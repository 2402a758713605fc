// What versions cost a save and a comparison (docs/history.md, "Versions" and "Compare"), on the
// Shenzhen sample: a save of a project file that already keeps 27 versions (what a year of
// saves four times a day leaves) — the new version packed, the versions thinned, the whole file
// written — against the same save with no versions; and two versions compared (their inputs
// field by field and both plans run through the engine). Run through tools/benchmarks
// (Release); not gated in CI.
#include "history/PlanHistory.h"
#include "history/VersionComparison.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

class BenchVersions : public QObject
{
    Q_OBJECT

    Plan m_plan;
    PlanHistory m_history; // 27 versions
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.ok());
        m_plan = *read.plan;
        Plan plan = m_plan;
        for (int i = 0; i < 27; ++i) {
            plan.community.population += 1;
            PlanVersion v = PlanVersion::of(plan, PlanVersion::Kind::Named, m_history.versions);
            v.name = QStringLiteral("v%1").arg(i + 1);
            m_history.versions.append(v);
        }
    }

    void saveWithoutVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.zeroplan"));
        QBENCHMARK
        {
            QString error;
            QVERIFY2(PlanStore::save(m_plan, PlanHistory(), path, &error), qPrintable(error));
        }
    }

    void saveWith27Versions()
    {
        const QString path = m_dir.filePath(QStringLiteral("versions.zeroplan"));
        Plan plan = m_plan;
        qint64 bytes = 0;
        QBENCHMARK
        {
            plan.community.population += 1; // a change: a new version each time
            const PlanHistory history = m_history.afterSave(plan, QStringLiteral("李伟"), {});
            QString error;
            QVERIFY2(PlanStore::save(plan, history, path, &error), qPrintable(error));
            bytes = QFileInfo(path).size();
        }
        qInfo("file with 28 versions: %lld bytes", bytes);
    }

    void compareTwoVersions()
    {
        Plan after = m_plan;
        after.activities[0].amount *= 2;
        const FactorLibrary &library = FactorLibraryJson::builtIn();
        QBENCHMARK
        {
            const VersionComparison c = VersionComparison::between(m_plan, after, library);
            QCOMPARE(c.inputs.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(BenchVersions)
#include "BenchVersions.moc"
