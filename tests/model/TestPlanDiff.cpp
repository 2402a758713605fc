// What differs between two plans, field by field (docs/history.md, "What changed"): on the
// Shenzhen sample, each kind of edit gives exactly the change made, at the path the JSON plan
// format names, with its value before and after; a plan against itself gives nothing, and a
// list put in another order gives nothing.
#include "history/PlanDiff.h"
#include "storage/PlanJson.h"

#include <QtTest>

using namespace zeroplan;

class TestPlanDiff : public QObject
{
    Q_OBJECT

    Plan m_plan;

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.plan);
        m_plan = *read.plan;
        QVERIFY(m_plan.measures.size() > 2 && m_plan.scenarios.size() >= 1);
    }

    void samePlanGivesNothing()
    {
        QVERIFY(PlanDiff::between(m_plan, m_plan).isEmpty());
        Plan reordered = m_plan;
        std::reverse(reordered.measures.begin(), reordered.measures.end());
        std::reverse(reordered.scenarios.begin(), reordered.scenarios.end());
        QVERIFY(PlanDiff::between(m_plan, reordered).isEmpty());
    }

    void communityField()
    {
        Plan after = m_plan;
        after.community.population = m_plan.community.population + 100;
        const QList<FieldChange> changes = PlanDiff::between(m_plan, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].part, QStringLiteral("community"));
        QCOMPARE(changes[0].key, QString());
        QCOMPARE(changes[0].field, QStringLiteral("population"));
        QCOMPARE(changes[0].path(), QStringLiteral("community.population"));
        QCOMPARE(changes[0].before.toDouble(), m_plan.community.population);
        QCOMPARE(changes[0].after.toDouble(), m_plan.community.population + 100);
    }

    void measureParameterByItsId()
    {
        Plan after = m_plan;
        Measure &m = after.measures[1];
        const QString key = m.parameters.firstKey();
        const double before = m.parameters[key].value;
        m.parameters[key].value = before * 2 + 1;
        const QList<FieldChange> changes = PlanDiff::between(m_plan, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].object(), QStringLiteral("measures[%1]").arg(m.id));
        QVERIFY2(changes[0].field.startsWith(QStringLiteral("parameters.") + key),
                 qPrintable(changes[0].field));
        QCOMPARE(changes[0].before.toDouble(), before);
        QCOMPARE(changes[0].after.toDouble(), before * 2 + 1);
    }

    void scenarioAddedRemovedAndItsLevel()
    {
        Plan after = m_plan;
        Scenario added = m_plan.scenarios.first();
        added.name = QStringLiteral("新情景");
        after.scenarios.append(added);
        QList<FieldChange> changes = PlanDiff::between(m_plan, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].object(), QStringLiteral("scenarios[新情景]"));
        QVERIFY(changes[0].before.isNull());
        QCOMPARE(changes[0].after.toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("新情景"));
        // And back: removed.
        changes = PlanDiff::between(after, m_plan);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].after.isNull());
        QVERIFY(changes[0].before.isObject());

        // A scenario's measure's level: the field of the scenario, by the measure.
        Plan level = m_plan;
        ScenarioMeasure &sm = level.scenarios.first().measures.first();
        const double was = sm.level;
        sm.level = was > 0.5 ? 0.25 : 0.75;
        changes = PlanDiff::between(m_plan, level);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path(), QStringLiteral("scenarios[%1].measures[%2].level")
                                        .arg(m_plan.scenarios.first().name, sm.measure));
        QCOMPARE(changes[0].before.toDouble(), was);
        QCOMPARE(changes[0].after.toDouble(), sm.level);
    }

    void activityRemoved()
    {
        Plan after = m_plan;
        const ActivityLine gone = after.activities.takeLast();
        const QList<FieldChange> changes = PlanDiff::between(m_plan, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].object(), QStringLiteral("activities[%1]").arg(gone.id));
        QVERIFY(changes[0].after.isNull());
        QCOMPARE(changes[0].before.toObject().value(QLatin1String("id")).toString(), gone.id);
    }

    void titleIsThePlansOwnField()
    {
        Plan after = m_plan;
        after.title = QStringLiteral("新桥社区零碳规划");
        const QList<FieldChange> changes = PlanDiff::between(m_plan, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path(), QStringLiteral("plan.title"));
        QCOMPARE(changes[0].after.toString(), after.title);
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "TestPlanDiff.moc"
