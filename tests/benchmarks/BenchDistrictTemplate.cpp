// District template speed (issue 17, docs/district.md "The template"): a generated district of
// 1,000 communities (RandomPlan, as BenchDistrict: 20–40 activity lines, 10–15 measures,
// 2024–2060) linked in a district file and opened as a DistrictDocument. One template price
// change (electricity in kWh) reaches every community in one undo step: the time to build the
// step (the template applied to 1,000 plans), to do it (1,000 plans taken, each community run
// again, the roll-up re-summed) and to undo it. Run through tools/benchmarks (Release); not
// gated in CI.
#include "RandomPlan.h"
#include "document/DistrictDocument.h"
#include "document/DistrictTemplateEdits.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class BenchDistrictTemplate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DistrictDocument> m_document;
    double m_price = 0.6;

    Price electricity()
    {
        return Price{QStringLiteral("electricity"), QStringLiteral("kWh"), m_price,
                     QStringLiteral("District tariff")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("generated.zeroplan-district"));
        District district;
        district.name = QStringLiteral("Generated");
        district.baseYear = 2024;
        district.horizonEnd = 2060;
        for (int i = 0; i < 1000; ++i) {
            const Plan plan = randomPlan(std::uint64_t(1000 + i), 20 + i % 21, 10 + i % 6);
            const QString file = m_dir.filePath(QStringLiteral("c%1.zeroplan").arg(i));
            QString error;
            QVERIFY2(PlanStore::saveUnsynced(plan, file, &error), qPrintable(error));
            district.communities.append({DistrictLoader::relativePath(path, file),
                                         DistrictLoader::fileHash(file), QString(),
                                         CommunityType(i % 3)});
        }
        // Every tenth community keeps its own electricity price.
        for (int i = 0; i < 1000; i += 10)
            district.communities[i].overrides = {QStringLiteral("price:electricity/kWh")};
        QString error;
        QVERIFY2(DistrictStore::save(district, path, &error), qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        m_document = DistrictDocument::open(path, FactorLibraryJson::builtIn(), &error);
        QVERIFY2(m_document, qPrintable(error));
        // A few generated plans do not pass the plan reader's checks: links without a member.
        qInfo("open (1,000 plans read, %d of them valid, run and summed): %lld ms",
              m_document->memberCount(), timer.elapsed());
        QVERIFY(m_document->memberCount() >= 900);
    }

    void templatePriceChange()
    {
        // One change and its undo, timed apart; QBENCHMARK_ONCE reports the whole step.
        const YearSeries before = m_document->rollup().net();
        QElapsedTimer timer;
        qint64 build = 0, redo = 0, undo = 0;
        QBENCHMARK_ONCE
        {
            m_price += 0.01;
            timer.start();
            std::unique_ptr<DistrictChange> change =
                DistrictTemplateEdits::setPrice(*m_document, electricity());
            build = timer.restart();
            QVERIFY(DistrictTemplateEdits::push(*m_document, std::move(change)));
            redo = timer.elapsed();
        }
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Every member took the price (the generated plans have none), except those whose link
        // overrides it (every tenth).
        int reached = 0;
        for (int m = 0; m < m_document->memberCount(); ++m) {
            const bool overrides = m_document->linkOfMember(m) % 10 == 0;
            QCOMPARE(m_document->isMemberModified(m), !overrides);
            reached += overrides ? 0 : 1;
        }
        timer.start();
        m_document->undoStack()->undo();
        undo = timer.elapsed();
        QVERIFY((m_document->rollup().net() == before).all());
        qInfo("one template price change over %d communities: %lld ms to build the step, "
              "%lld ms to do it (%d plans run again, roll-up re-summed), %lld ms to undo it",
              m_document->memberCount(), build, redo, reached, undo);
    }
};

QTEST_MAIN(BenchDistrictTemplate)
#include "BenchDistrictTemplate.moc"
