// The three-way merge of two plans from a common base (docs/server.md, "When someone checked in
// first"), on the Shenzhen sample's JSON form: a value only one side changed takes that side's
// value, a value both changed alike is taken once, a value both changed each in its own way is
// one conflict at the path PlanDiff names it by, decided by that path (mine by default). Lists
// merge item by item by key (a measure by its id, a scenario by its name, a scenario's measure
// by the measure), mine's order first, then theirs' new items. Invariant: without conflicts,
// merging (a, b) and (b, a) gives the same plan.
#include "history/PlanDiff.h"
#include "history/PlanMerge.h"
#include "storage/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace zeroplan;

namespace {

// The ids of a merged plan's measures, in order.
QStringList measureIds(const QJsonObject &plan)
{
    QStringList ids;
    for (const QJsonValue &m : plan.value(QLatin1String("measures")).toArray())
        ids.append(m.toObject().value(QLatin1String("id")).toString());
    return ids;
}

// The measure `id` of a plan's JSON form; empty when it has none.
QJsonObject measure(const QJsonObject &plan, const QString &id)
{
    for (const QJsonValue &m : plan.value(QLatin1String("measures")).toArray())
        if (m.toObject().value(QLatin1String("id")).toString() == id)
            return m.toObject();
    return {};
}

// A measure's parameter value in a plan's JSON form.
double parameter(const QJsonObject &plan, const QString &id, const QString &name)
{
    return measure(plan, id)
        .value(QLatin1String("parameters"))
        .toObject()
        .value(name)
        .toObject()
        .value(QLatin1String("value"))
        .toDouble();
}

// The level of `measureId` in scenario `scenario` of a plan's JSON form; -1 when not there.
double level(const QJsonObject &plan, const QString &scenario, const QString &measureId)
{
    for (const QJsonValue &s : plan.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QLatin1String("name")).toString() != scenario)
            continue;
        for (const QJsonValue &sm : o.value(QLatin1String("measures")).toArray())
            if (sm.toObject().value(QLatin1String("measure")).toString() == measureId)
                return sm.toObject().value(QLatin1String("level")).toDouble();
    }
    return -1;
}

double community(const QJsonObject &plan, const char *field)
{
    return plan.value(QLatin1String("community")).toObject().value(QLatin1String(field)).toDouble();
}

Measure *findMeasure(Plan &plan, const QString &id)
{
    for (Measure &m : plan.measures)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace

class TestPlanMerge : public QObject
{
    Q_OBJECT

    Plan m_plan;
    QJsonObject m_base;

    // Without conflicts, which side is "mine" only decides the order of a list's new items:
    // merging (a, b) and (b, a) gives the same plan, and no conflict either way.
    static void checkSymmetric(const QJsonObject &base, const QJsonObject &a, const QJsonObject &b)
    {
        const PlanMergeResult ab = PlanMerge::merge(base, a, b);
        const PlanMergeResult ba = PlanMerge::merge(base, b, a);
        QVERIFY(ab.conflicts.isEmpty());
        QVERIFY(ba.conflicts.isEmpty());
        QCOMPARE(ab.merged, ba.merged);
    }

    // The merged plan reads back as a plan without errors.
    static void checkReadsBack(const QJsonObject &merged)
    {
        const PlanReadResult read = PlanJson::read(QJsonDocument(merged).toJson());
        QVERIFY(read.ok());
    }

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.plan);
        m_plan = *read.plan;
        m_base = PlanJson::toJson(m_plan);
        // The figures the cases below start from (the sample's community, solar and LED).
        QCOMPARE(m_plan.community.population, 930.0);
        QCOMPARE(m_plan.community.households, 372.0);
        QVERIFY(findMeasure(m_plan, QStringLiteral("solar")));
        QCOMPARE(findMeasure(m_plan, QStringLiteral("solar"))
                     ->parameters[QStringLiteral("capacity_kwp")]
                     .value,
                 600.0);
        QCOMPARE(
            findMeasure(m_plan, QStringLiteral("led"))->parameters[QStringLiteral("savings")].value,
            0.6);
        QCOMPARE(m_plan.scenarios.first().name, QStringLiteral("稳健"));
        QCOMPARE(level(m_base, QStringLiteral("稳健"), QStringLiteral("led")), 1.0);
        QCOMPARE(level(m_base, QStringLiteral("稳健"), QStringLiteral("induction")), 0.5);
        QCOMPARE(measureIds(m_base).size(), 13);
    }

    void nothingOrOneSideChanged()
    {
        // Neither side changed anything: the base, nothing taken, nothing to decide.
        PlanMergeResult r = PlanMerge::merge(m_base, m_base, m_base);
        QCOMPARE(r.merged, m_base);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 0);

        Plan changed = m_plan;
        changed.community.population = 950;
        const QJsonObject other = PlanJson::toJson(changed);

        // Only theirs changed (one value): theirs, that one value taken from them.
        r = PlanMerge::merge(m_base, m_base, other);
        QCOMPARE(r.merged, other);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1);

        // Only mine changed: mine, nothing taken from theirs.
        r = PlanMerge::merge(m_base, other, m_base);
        QCOMPARE(r.merged, other);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 0);
    }

    void twoFieldsOfOnePart()
    {
        // Mine: 372 → 380 households; theirs: 930 → 950 people. Both fields of "community".
        Plan mine = m_plan;
        mine.community.households = 380;
        Plan theirs = m_plan;
        theirs.community.population = 950;
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);
        const PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1); // the population
        QCOMPARE(community(r.merged, "households"), 380.0);
        QCOMPARE(community(r.merged, "population"), 950.0);
        // Nothing else moved: the merged plan is mine with their population.
        Plan expected = mine;
        expected.community.population = 950;
        QCOMPARE(r.merged, PlanJson::toJson(expected));
        checkReadsBack(r.merged);
        const PlanReadResult read = PlanJson::read(QJsonDocument(r.merged).toJson());
        QVERIFY(read.plan);
        QCOMPARE(read.plan->community.population, 950.0);
        QCOMPARE(read.plan->community.households, 380.0);
        checkSymmetric(m_base, mineJson, theirsJson);
    }

    void measureAddedAndAnotherChanged()
    {
        // Mine adds a copy of solar as "solar-carport" at the end; theirs takes solar's
        // capacity from 600 to 800 kWp.
        Plan mine = m_plan;
        Measure added = *findMeasure(mine, QStringLiteral("solar"));
        added.id = QStringLiteral("solar-carport");
        added.name = QStringLiteral("车棚光伏二期");
        added.parameters[QStringLiteral("capacity_kwp")].value = 150;
        mine.measures.append(added);
        Plan theirs = m_plan;
        findMeasure(theirs, QStringLiteral("solar"))
            ->parameters[QStringLiteral("capacity_kwp")]
            .value = 800;
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        const PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1); // solar's capacity
        QStringList ids = measureIds(m_base);
        ids.append(QStringLiteral("solar-carport"));
        QCOMPARE(measureIds(r.merged), ids);
        QCOMPARE(parameter(r.merged, QStringLiteral("solar"), QStringLiteral("capacity_kwp")),
                 800.0);
        QCOMPARE(
            parameter(r.merged, QStringLiteral("solar-carport"), QStringLiteral("capacity_kwp")),
            150.0);
        Plan expected = mine;
        findMeasure(expected, QStringLiteral("solar"))
            ->parameters[QStringLiteral("capacity_kwp")]
            .value = 800;
        QCOMPARE(r.merged, PlanJson::toJson(expected));
        checkReadsBack(r.merged);
        // Appended at the end by mine, so theirs-first puts it in the same place.
        checkSymmetric(m_base, mineJson, theirsJson);
    }

    void mergedListKeepsMineOrderThenTheirsNew()
    {
        // Mine puts a new measure first; theirs appends another. Merged: mine's order (its new
        // one first, then the base's thirteen), then theirs' new one.
        Plan mine = m_plan;
        Measure a = *findMeasure(mine, QStringLiteral("led"));
        a.id = QStringLiteral("led-streets");
        mine.measures.prepend(a);
        Plan theirs = m_plan;
        Measure b = *findMeasure(theirs, QStringLiteral("greening"));
        b.id = QStringLiteral("greening-roofs");
        theirs.measures.append(b);
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1); // greening-roofs, as one item
        QStringList ids = measureIds(m_base);
        ids.prepend(QStringLiteral("led-streets"));
        ids.append(QStringLiteral("greening-roofs"));
        QCOMPARE(measureIds(r.merged), ids);
        QCOMPARE(measure(r.merged, QStringLiteral("greening-roofs")),
                 measure(theirsJson, QStringLiteral("greening-roofs")));
        checkReadsBack(r.merged);

        // The other way round: theirs' order now leads, mine's new item comes last.
        r = PlanMerge::merge(m_base, theirsJson, mineJson);
        QVERIFY(r.conflicts.isEmpty());
        ids = measureIds(m_base);
        ids.append(QStringLiteral("greening-roofs"));
        ids.append(QStringLiteral("led-streets"));
        QCOMPARE(measureIds(r.merged), ids);

        // Mine reorders; theirs adds: mine's order stands, theirs' new item last.
        Plan reordered = m_plan;
        std::reverse(reordered.measures.begin(), reordered.measures.end());
        r = PlanMerge::merge(m_base, PlanJson::toJson(reordered), theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        ids = measureIds(m_base);
        std::reverse(ids.begin(), ids.end());
        ids.append(QStringLiteral("greening-roofs"));
        QCOMPARE(measureIds(r.merged), ids);
    }

    void twoParametersOfOneMeasure()
    {
        // Both change solar, each another parameter: both, no conflict (field by field).
        Plan mine = m_plan;
        findMeasure(mine, QStringLiteral("solar"))
            ->parameters[QStringLiteral("capacity_kwp")]
            .value = 800;
        Plan theirs = m_plan;
        findMeasure(theirs, QStringLiteral("solar"))
            ->parameters[QStringLiteral("specific_yield")]
            .value = 1050;
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);
        const PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1);
        QCOMPARE(parameter(r.merged, QStringLiteral("solar"), QStringLiteral("capacity_kwp")),
                 800.0);
        QCOMPARE(parameter(r.merged, QStringLiteral("solar"), QStringLiteral("specific_yield")),
                 1050.0);
        checkReadsBack(r.merged);
        checkSymmetric(m_base, mineJson, theirsJson);
    }

    void removedUntouchedMeasure()
    {
        // Mine removes greening; theirs changes solar only: greening is gone, solar is theirs.
        Plan mine = m_plan;
        mine.measures.removeIf([](const Measure &m) { return m.id == QStringLiteral("greening"); });
        Plan theirs = m_plan;
        findMeasure(theirs, QStringLiteral("solar"))
            ->parameters[QStringLiteral("capacity_kwp")]
            .value = 800;
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);
        const PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QStringList ids = measureIds(m_base);
        ids.removeOne(QStringLiteral("greening"));
        QCOMPARE(measureIds(r.merged), ids);
        QCOMPARE(parameter(r.merged, QStringLiteral("solar"), QStringLiteral("capacity_kwp")),
                 800.0);
        checkSymmetric(m_base, mineJson, theirsJson);

        // Theirs removes it and mine did not touch it: gone too, taken from theirs.
        const PlanMergeResult back = PlanMerge::merge(m_base, theirsJson, mineJson);
        QCOMPARE(measureIds(back.merged), ids);
        QCOMPARE(back.fromTheirs, 1);

        // Both removed it: gone, nothing to decide.
        const PlanMergeResult both = PlanMerge::merge(m_base, mineJson, mineJson);
        QCOMPARE(both.merged, mineJson);
        QVERIFY(both.conflicts.isEmpty());
        QCOMPARE(both.fromTheirs, 0);
    }

    void removedByOneChangedByOther()
    {
        // Mine takes LED's savings from 0.6 to 0.7; theirs removes LED: one conflict on the
        // whole item.
        Plan mine = m_plan;
        findMeasure(mine, QStringLiteral("led"))->parameters[QStringLiteral("savings")].value = 0.7;
        Plan theirs = m_plan;
        theirs.measures.removeIf([](const Measure &m) { return m.id == QStringLiteral("led"); });
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict c = r.conflicts.first();
        QCOMPARE(c.part, QStringLiteral("measures"));
        QCOMPARE(c.key, QStringLiteral("led"));
        QCOMPARE(c.field, QString());
        QCOMPARE(c.path(), QStringLiteral("measures[led]"));
        QCOMPARE(c.base, QJsonValue(measure(m_base, QStringLiteral("led"))));
        QCOMPARE(c.mine, QJsonValue(measure(mineJson, QStringLiteral("led"))));
        QVERIFY(c.theirs.isNull());
        QCOMPARE(c.mine.toObject()
                     .value(QLatin1String("parameters"))
                     .toObject()
                     .value(QLatin1String("savings"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toDouble(),
                 0.7);
        // Undecided: mine, LED kept with its 0.7, where it was.
        QCOMPARE(r.merged, mineJson);
        QCOMPARE(measureIds(r.merged), measureIds(m_base));

        // Decided for theirs: LED is gone, the rest as the base.
        r = PlanMerge::merge(m_base, mineJson, theirsJson,
                             {{QStringLiteral("measures[led]"), MergeSide::Theirs}});
        QCOMPARE(r.conflicts.size(), 1); // still reported, now decided
        QCOMPARE(r.merged, theirsJson);
        QVERIFY(!measureIds(r.merged).contains(QStringLiteral("led")));
        // Decided for mine, as the default.
        r = PlanMerge::merge(m_base, mineJson, theirsJson,
                             {{QStringLiteral("measures[led]"), MergeSide::Mine}});
        QCOMPARE(r.merged, mineJson);

        // The other way round: mine removed it, theirs changed it. Same path, sides swapped;
        // by default it stays removed, decided for theirs it comes back, after mine's items.
        r = PlanMerge::merge(m_base, theirsJson, mineJson);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().path(), QStringLiteral("measures[led]"));
        QVERIFY(r.conflicts.first().mine.isNull());
        QCOMPARE(r.conflicts.first().theirs, c.mine);
        QCOMPARE(r.merged, theirsJson);
        r = PlanMerge::merge(m_base, theirsJson, mineJson,
                             {{QStringLiteral("measures[led]"), MergeSide::Theirs}});
        QStringList ids = measureIds(theirsJson);
        ids.append(QStringLiteral("led"));
        QCOMPARE(measureIds(r.merged), ids);
        QCOMPARE(parameter(r.merged, QStringLiteral("led"), QStringLiteral("savings")), 0.7);
    }

    void sameValueBothSides()
    {
        // 930 people: mine says 950, theirs 1000.
        Plan mine = m_plan;
        mine.community.population = 950;
        Plan theirs = m_plan;
        theirs.community.population = 1000;
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict c = r.conflicts.first();
        QCOMPARE(c.part, QStringLiteral("community"));
        QCOMPARE(c.key, QString());
        QCOMPARE(c.field, QStringLiteral("population"));
        QCOMPARE(c.path(), QStringLiteral("community.population"));
        QCOMPARE(c.base.toDouble(), 930.0);
        QCOMPARE(c.mine.toDouble(), 950.0);
        QCOMPARE(c.theirs.toDouble(), 1000.0);
        // The same path as PlanDiff gives the change on either side.
        QCOMPARE(PlanDiff::between(m_base, mineJson).first().path(), c.path());
        QCOMPARE(r.fromTheirs, 0);
        QCOMPARE(r.merged, mineJson);

        r = PlanMerge::merge(m_base, mineJson, theirsJson,
                             {{QStringLiteral("community.population"), MergeSide::Theirs}});
        QCOMPARE(r.merged, theirsJson);
        QCOMPARE(community(r.merged, "population"), 1000.0);
        // A decision for another path leaves this one at mine.
        r = PlanMerge::merge(m_base, mineJson, theirsJson,
                             {{QStringLiteral("community.households"), MergeSide::Theirs}});
        QCOMPARE(community(r.merged, "population"), 950.0);

        // Both say 950: taken once, not a conflict, not counted as theirs.
        r = PlanMerge::merge(m_base, mineJson, mineJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.merged, mineJson);
        QCOMPARE(r.fromTheirs, 0);
    }

    void scenarioLevelByNameAndMeasure()
    {
        // In 稳健, LED's level is 1: mine sets 0.8, theirs 0.6.
        const QString name = QStringLiteral("稳健");
        const auto setLevel = [&](Plan &plan, const QString &id, double to) {
            for (ScenarioMeasure &sm : plan.scenarios.first().measures)
                if (sm.measure == id)
                    sm.level = to;
        };
        Plan mine = m_plan;
        setLevel(mine, QStringLiteral("led"), 0.8);
        Plan theirs = m_plan;
        setLevel(theirs, QStringLiteral("led"), 0.6);
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict c = r.conflicts.first();
        QCOMPARE(c.part, QStringLiteral("scenarios"));
        QCOMPARE(c.key, name);
        QCOMPARE(c.field, QStringLiteral("measures[led].level"));
        QCOMPARE(c.path(), QStringLiteral("scenarios[稳健].measures[led].level"));
        QCOMPARE(c.base.toDouble(), 1.0);
        QCOMPARE(c.mine.toDouble(), 0.8);
        QCOMPARE(c.theirs.toDouble(), 0.6);
        // Exactly the change PlanDiff names on each side.
        const QList<FieldChange> mineChanges = PlanDiff::between(m_base, mineJson);
        QCOMPARE(mineChanges.size(), 1);
        QCOMPARE(mineChanges.first().path(), c.path());
        QCOMPARE(mineChanges.first().part, c.part);
        QCOMPARE(mineChanges.first().key, c.key);
        QCOMPARE(mineChanges.first().field, c.field);
        QCOMPARE(level(r.merged, name, QStringLiteral("led")), 0.8);

        r = PlanMerge::merge(m_base, mineJson, theirsJson, {{c.path(), MergeSide::Theirs}});
        QCOMPARE(level(r.merged, name, QStringLiteral("led")), 0.6);
        QCOMPARE(r.merged, theirsJson);

        // Each side another measure of the same scenario (theirs: induction 0.5 → 0.9): both.
        Plan other = m_plan;
        setLevel(other, QStringLiteral("induction"), 0.9);
        const QJsonObject otherJson = PlanJson::toJson(other);
        r = PlanMerge::merge(m_base, mineJson, otherJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1);
        QCOMPARE(level(r.merged, name, QStringLiteral("led")), 0.8);
        QCOMPARE(level(r.merged, name, QStringLiteral("induction")), 0.9);
        checkReadsBack(r.merged);
        checkSymmetric(m_base, mineJson, otherJson);
    }

    void titleIsThePlansOwnField()
    {
        Plan mine = m_plan;
        mine.title = QStringLiteral("新桥社区零碳规划（修订）");
        Plan theirs = m_plan;
        theirs.title = QStringLiteral("新桥世居碳中和规划");
        const QJsonObject mineJson = PlanJson::toJson(mine);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        PlanMergeResult r = PlanMerge::merge(m_base, mineJson, theirsJson);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict c = r.conflicts.first();
        QCOMPARE(c.part, QStringLiteral("plan"));
        QCOMPARE(c.key, QString());
        QCOMPARE(c.field, QStringLiteral("title"));
        QCOMPARE(c.path(), QStringLiteral("plan.title"));
        QCOMPARE(c.base.toString(), m_plan.title);
        QCOMPARE(c.mine.toString(), mine.title);
        QCOMPARE(c.theirs.toString(), theirs.title);
        QCOMPARE(r.merged.value(QLatin1String("title")).toString(), mine.title);

        r = PlanMerge::merge(m_base, mineJson, theirsJson,
                             {{QStringLiteral("plan.title"), MergeSide::Theirs}});
        QCOMPARE(r.merged.value(QLatin1String("title")).toString(), theirs.title);
        QCOMPARE(r.merged, theirsJson);

        // Only theirs changed the title; mine the population: both, no conflict.
        Plan people = m_plan;
        people.community.population = 950;
        const QJsonObject peopleJson = PlanJson::toJson(people);
        r = PlanMerge::merge(m_base, peopleJson, theirsJson);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.fromTheirs, 1);
        QCOMPARE(r.merged.value(QLatin1String("title")).toString(), theirs.title);
        QCOMPARE(community(r.merged, "population"), 950.0);
        checkSymmetric(m_base, peopleJson, theirsJson);
    }

    void valuesTakenAreCountedOneByOne()
    {
        // Theirs changes four values: the population and three of solar's parameters. What
        // mine changed elsewhere (nothing; LED's savings; solar's lifetime and the households)
        // does not change how many values of theirs the merge takes: four each time.
        Plan theirs = m_plan;
        theirs.community.population = 950;
        Measure *solar = findMeasure(theirs, QStringLiteral("solar"));
        solar->parameters[QStringLiteral("capacity_kwp")].value = 800;
        const QStringList others = solar->parameters.keys();
        int changed = 1;
        for (const QString &key : others) {
            if (key == QLatin1String("capacity_kwp") || changed == 3)
                continue;
            solar->parameters[key].value *= 2;
            ++changed;
        }
        QCOMPARE(changed, 3);
        const QJsonObject theirsJson = PlanJson::toJson(theirs);

        Plan led = m_plan;
        findMeasure(led, QStringLiteral("led"))->parameters[QStringLiteral("savings")].value = 0.7;
        Plan elsewhere = m_plan;
        findMeasure(elsewhere, QStringLiteral("solar"))->lifetimeYears = 30;
        elsewhere.community.households = 380;
        for (const Plan &mine : {m_plan, led, elsewhere}) {
            const PlanMergeResult r = PlanMerge::merge(m_base, PlanJson::toJson(mine), theirsJson);
            QVERIFY(r.conflicts.isEmpty());
            QCOMPARE(r.fromTheirs, 4);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanMerge)
#include "TestPlanMerge.moc"
