// A plan's versions (docs/history.md, "Versions"): the thinning rules, worked out by hand on
// versions of known ages (every one of the last day; the newest of each day for a week, of
// each week for a month, of each 30 days for a year; none older; named, commented and newest
// always kept); a save of an unchanged plan makes no automatic version; numbers are never
// reused; a year of saves four times a day keeps at most the rules' count; a version gives
// back the plan it keeps; and the comparison of two versions: inputs as PlanDiff gives them,
// results as the engine gives them for each plan.
#include "engine/PlanRun.h"
#include "history/PlanHistory.h"
#include "history/VersionComparison.h"
#include "history/VersionThinning.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>

using namespace zeroplan;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

PlanVersion automaticAt(int number, qint64 ageSeconds)
{
    PlanVersion v;
    v.number = number;
    v.at = kNow.addSecs(-ageSeconds);
    v.planData = PlanVersion::pack(QJsonObject{{QStringLiteral("n"), number}});
    return v;
}

QList<int> numbers(const PlanVersions &versions)
{
    QList<int> n;
    for (const PlanVersion &v : versions)
        n << v.number;
    return n;
}

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = VersionThinning::kDay;

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

    Plan m_plan;

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.ok());
        m_plan = *read.plan;
    }

    void thinningByAge()
    {
        // Oldest first, as a plan keeps them. Ages and the period each falls in:
        PlanVersions versions;
        PlanVersion named = automaticAt(1, 500 * kDay); // older than a year, but named
        named.kind = PlanVersion::Kind::Named;
        named.name = QStringLiteral("adopted v1");
        versions << named;
        PlanVersion commented = automaticAt(2, 450 * kDay); // older than a year, commented
        commented.comment = QStringLiteral("before the survey");
        versions << commented;
        versions << automaticAt(3, 400 * kDay); // older than a year: goes
        // Now is Monday 2026-12-07 12:00 UTC.
        versions << automaticAt(4, 70 * kDay);   // 28 Sep: alone in September, kept
        versions << automaticAt(5, 50 * kDay);   // 18 Oct: older than 6, goes
        versions << automaticAt(6, 40 * kDay);   // 28 Oct: newest of October, kept
        versions << automaticAt(7, 15 * kDay);   // Sun 22 Nov: alone in its week, kept
        versions << automaticAt(8, 9 * kDay);    // Sat 28 Nov: older than 9, goes
        versions << automaticAt(9, 8 * kDay);    // Sun 29 Nov: newest of its week, kept
        versions << automaticAt(10, 50 * kHour); // 5 Dec 10:00: alone on its day, kept
        versions << automaticAt(11, 30 * kHour); // 6 Dec 06:00: older than 12, goes
        versions << automaticAt(12, 25 * kHour); // 6 Dec 11:00: newest of its day, kept
        versions << automaticAt(13, 23 * kHour); // the last day: all kept
        versions << automaticAt(14, 5 * kHour);
        versions << automaticAt(15, 1 * kHour);
        QCOMPARE(numbers(VersionThinning::thinned(versions, kNow)),
                 (QList<int>{1, 2, 4, 6, 7, 9, 10, 12, 13, 14, 15}));
        // Thinning what is already thinned changes nothing.
        const PlanVersions once = VersionThinning::thinned(versions, kNow);
        QCOMPARE(VersionThinning::thinned(once, kNow), once);
    }

    void newestIsAlwaysKept()
    {
        const PlanVersions versions{automaticAt(1, 800 * kDay), automaticAt(2, 700 * kDay)};
        QCOMPARE(numbers(VersionThinning::thinned(versions, kNow)), QList<int>{2});
        // A clock set back: a version "from the future" counts as of the last day.
        const PlanVersions future{automaticAt(1, -kHour), automaticAt(2, -2 * kHour)};
        QCOMPARE(numbers(VersionThinning::thinned(future, kNow)), (QList<int>{1, 2}));
    }

    void aYearOfSavesStaysSmall()
    {
        // Saves every 6 hours for 400 days, each of a plan one person more than the last: the
        // rules keep the last day's 4, then one per calendar day of the week before (6 or
        // 7), per week of the month before (4 or 5) and per month of the year before (12 or
        // 13): never fewer than 25 nor more than 29.
        PlanVersions versions;
        Plan plan = m_plan;
        QDateTime at = kNow.addDays(-400);
        for (int save = 0; save < 1600; ++save) {
            plan.community.population += 1;
            PlanVersion v = PlanVersion::of(plan, PlanVersion::Kind::Automatic, versions);
            v.at = at;
            versions = VersionThinning::afterSave(versions, v);
            at = at.addSecs(6 * kHour);
        }
        QCOMPARE(versions.constLast().number, 1600);
        QVERIFY2(versions.size() >= 25 && versions.size() <= 29,
                 qPrintable(QString::number(versions.size())));
        const QDateTime last = versions.constLast().at;
        for (const PlanVersion &v : versions)
            QVERIFY(v.at.secsTo(last) < VersionThinning::kYear);
        // Numbers go up and are never reused.
        for (qsizetype i = 1; i < versions.size(); ++i)
            QVERIFY(versions[i].number > versions[i - 1].number);
    }

    void unchangedSaveMakesNoVersion()
    {
        PlanHistory history;
        history = history.afterSave(m_plan, QStringLiteral("李伟"), QStringLiteral("居委会"));
        QCOMPARE(history.versions.size(), 1);
        QCOMPARE(history.versions.first().number, 1);
        QCOMPARE(history.versions.first().author, QStringLiteral("李伟"));
        history = history.afterSave(m_plan, QStringLiteral("李伟"), QString());
        QCOMPARE(history.versions.size(), 1); // the same plan: nothing to keep
        // A named version of the same plan is kept all the same.
        history = history.afterSave(m_plan, QStringLiteral("李伟"), QString(),
                                    QStringLiteral("draft for committee 2026-03"),
                                    QStringLiteral("for the March meeting"));
        QCOMPARE(history.versions.size(), 2);
        QCOMPARE(history.versions.last().number, 2);
        QCOMPARE(history.versions.last().kind, PlanVersion::Kind::Named);
        QVERIFY(history.versions.last().isKept());
        // The version gives back the plan it keeps, exactly.
        const PlanReadResult read = history.versions.last().read();
        QVERIFY(read.ok());
        QCOMPARE(*read.plan, m_plan);
        // A version of a sample plan takes a few kilobytes (the JSON form is ~150 kB).
        QVERIFY2(history.versions.last().planData.size() < 40 * 1024,
                 qPrintable(QString::number(history.versions.last().planData.size())));
    }

    void damagedVersionReadsAsNoPlan()
    {
        PlanVersion v;
        v.planData = QByteArrayLiteral("not zlib");
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        QVERIFY(!v.read().plan);
        QVERIFY(v.planObject().isEmpty());
    }

    void comparisonOfTwoVersions()
    {
        // The second version doubles the first activity line: the inputs show exactly that
        // change; BAU's base-year gross grows by that line's base-year emissions in BAU, and
        // every scenario's figures are the engine's for each plan.
        Plan after = m_plan;
        QVERIFY(!after.activities.isEmpty());
        after.activities[0].amount *= 2;
        const FactorLibrary &library = FactorLibraryJson::builtIn();
        const VersionComparison c = VersionComparison::between(m_plan, after, library);
        QCOMPARE(c.inputs.size(), 1);
        QCOMPARE(c.inputs.first().field, QStringLiteral("amount"));
        QCOMPARE(c.inputs.first().after.toDouble(), 2 * c.inputs.first().before.toDouble());

        const PlanRun before = PlanRun::run(m_plan, library);
        const PlanRun run = PlanRun::run(after, library);
        double line = 0;
        for (const SourceResult &s : before.result.bauSources) {
            if (s.id == m_plan.activities[0].id)
                line = s.emissions[0];
        }
        QVERIFY(line > 0);
        QVERIFY(qAbs(c.baselineTo - c.baselineFrom - line) <= 1e-9 * c.baselineTo);
        QCOMPARE(c.outcomes.size(), qsizetype(m_plan.scenarios.size()));
        for (qsizetype i = 0; i < c.outcomes.size(); ++i) {
            const OutcomePair &p = c.outcomes[i];
            QCOMPARE(p.scenario, m_plan.scenarios[i].name);
            QVERIFY(p.from && p.to);
            const ScenarioResult &s = run.result.scenarios[size_t(i)];
            QCOMPARE(p.to->neutralFrom, s.neutralFrom);
            QCOMPARE(p.to->lastYear, m_plan.community.horizonEnd);
            QCOMPARE(p.to->netInLastYear, s.net[s.net.size() - 1]);
            QCOMPARE(p.to->cumulativeNet, s.net.sum());
            QCOMPARE(p.to->presentCost, s.presentCost);
            QCOMPARE(p.from->presentCost, before.result.scenarios[size_t(i)].presentCost);
        }
        // A scenario only one version has is missing on the other side.
        Plan fewer = m_plan;
        const QString gone = fewer.scenarios.takeLast().name;
        const VersionComparison d = VersionComparison::between(fewer, m_plan, library);
        QCOMPARE(d.outcomes.last().scenario, gone);
        QVERIFY(!d.outcomes.last().from && d.outcomes.last().to);
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "TestVersions.moc"
