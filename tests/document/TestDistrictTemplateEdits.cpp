// The district template's undoable edits (issue 17, docs/district.md "The template"): a
// template value reaches every community that does not override it in ONE undo step, undo
// gives back every member plan and the roll-up's net to the last bit, redo again; reset to the
// template and keeping a community's own value; overridesAfterEdit both ways; clearing a value;
// the district's own measures through the document; save and reopen.
#include "DistrictOwnPlan.h"
#include "PlanFixtures.h"
#include "document/DistrictDocument.h"
#include "document/DistrictTemplateEdits.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kGrid = QStringLiteral("factor:grid");

// gasHeatPumpPlan (tests/support/PlanFixtures, 2024–2026): gas 400,000 m³ × 2.16 kg/m³ =
// 864 t a year; heat pumps replace half of it (432 t left) with 778,620 kWh of electricity a
// year (worked in TestMeasureTariff) on the plan's own "grid" factor of 0.4042 kg CO2/kWh:
// 314.718204 t. Net per community and year: 432 + 314.718204 = 746.718204 t.
constexpr double kNetOwnGrid = 746.718204;
// With the district's grid factor of 0.5 kg CO2/kWh: 432 + 778,620 × 0.5 / 1000 = 821.31 t.
constexpr double kNetDistrictGrid = 821.31;

EmissionFactor gridAt(double kgPerKwh)
{
    EmissionFactor f = gasHeatPumpPlan().factors.at(0);
    f.gases = {{Gas::CO2, kgPerKwh}};
    f.source = QStringLiteral("District's grid factor");
    return f;
}

double netIn(const DistrictDocument &document, int year)
{
    return document.rollup().net()[year - document.rollup().baseYear()];
}

const EmissionFactor &gridOf(const Plan &plan)
{
    return plan.factors.at(0);
}

} // namespace

class TestDistrictTemplateEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::vector<Plan> m_plans; // as written to the files

    // East, West and North (gasHeatPumpPlan each) in one district, 2024–2026; North keeps its
    // own grid factor (overrides factor:grid). `own` becomes the district's own plan.
    std::unique_ptr<DistrictDocument> openDistrict(const Plan &own = Plan{})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("d.zeroplan-district"));
        District district;
        district.name = QStringLiteral("Test district");
        district.baseYear = 2024;
        district.horizonEnd = 2026;
        district.ownPlan = own;
        district.ownScenario = own.scenarios.isEmpty() ? QString() : own.scenarios[0].name;
        m_plans.clear();
        for (const char *name : {"East", "West", "North"}) {
            Plan plan = gasHeatPumpPlan();
            plan.community.name = QLatin1String(name);
            const QString file = m_dir->filePath(QLatin1String(name) + QStringLiteral(".json"));
            QString error;
            if (!PlanJson::writeFile(plan, file, &error))
                qFatal("%s", qPrintable(error));
            CommunityLink link{DistrictLoader::relativePath(m_path, file),
                               DistrictLoader::fileHash(file), QStringLiteral("all"),
                               CommunityType::Existing};
            if (plan.community.name == QLatin1String("North"))
                link.overrides = {kGrid};
            district.communities.append(link);
            m_plans.push_back(plan);
        }
        QString error;
        if (!DistrictStore::save(district, m_path, &error))
            qFatal("%s", qPrintable(error));
        auto document = DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
        if (!document)
            qFatal("%s", qPrintable(error));
        return document;
    }

private slots:
    void templateChangeIsOneUndoStep()
    {
        auto document = openDistrict();
        QCOMPARE(document->memberCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(document->member(i).plan, m_plans[size_t(i)]);
        // Before: three communities at 746.718204 t = 2,240.154612 t a year (1e-9 relative).
        const YearSeries netBefore = document->rollup().net();
        QVERIFY(std::abs(netIn(*document, 2025) - 3 * kNetOwnGrid) <= 1e-9 * 3 * kNetOwnGrid);

        QVERIFY(DistrictTemplateEdits::push(
            *document, DistrictTemplateEdits::setFactor(*document, gridAt(0.5))));
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->undoStack()->undoText(),
                 QStringLiteral("Set Emission factor grid in the template"));
        QCOMPARE(document->district().templ.version, 1);
        QCOMPARE(gridOf(document->member(0).plan), gridAt(0.5));
        QCOMPARE(gridOf(document->member(1).plan), gridAt(0.5));
        QCOMPARE(document->member(2).plan, m_plans[2]); // North overrides it
        // After: East and West at 821.31 t, North still 746.718204 t: 2,389.338204 t a year.
        const double after = 2 * kNetDistrictGrid + kNetOwnGrid;
        for (int year = 2024; year <= 2026; ++year)
            QVERIFY(std::abs(netIn(*document, year) - after) <= 1e-9 * after);
        QVERIFY(document->isModified());
        QVERIFY(document->isMemberModified(0));
        QVERIFY(!document->isMemberModified(2));
        QCOMPARE(document->district().templ.differences(document->member(2).plan),
                 QStringList{kGrid});
        const YearSeries netAfter = document->rollup().net();

        // One undo: every member plan and the roll-up's net back, to the last bit.
        document->undoStack()->undo();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(document->member(i).plan, m_plans[size_t(i)]);
        QVERIFY((document->rollup().net() == netBefore).all());
        QVERIFY(document->district().templ.isEmpty());
        QVERIFY(!document->isModified());
        // Redo: the template's value again.
        document->undoStack()->redo();
        QCOMPARE(gridOf(document->member(0).plan), gridAt(0.5));
        QCOMPARE(document->member(2).plan, m_plans[2]);
        QVERIFY((document->rollup().net() == netAfter).all());
        // The same value again changes nothing: no step.
        QVERIFY(!DistrictTemplateEdits::push(
            *document, DistrictTemplateEdits::setFactor(*document, gridAt(0.5))));
        QCOMPARE(document->undoStack()->count(), 1);
    }

    void resetToTemplateAndKeepOwnValue()
    {
        auto document = openDistrict();
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::setFactor(*document, gridAt(0.5)));
        // North takes the template's value again: out of its overrides, its plan reset.
        QVERIFY(DistrictTemplateEdits::push(
            *document, DistrictTemplateEdits::resetToTemplate(*document, 2, kGrid)));
        QVERIFY(document->district().communities[2].overrides.isEmpty());
        QCOMPARE(gridOf(document->member(2).plan), gridAt(0.5));
        QVERIFY(std::abs(netIn(*document, 2024) - 3 * kNetDistrictGrid) <=
                1e-9 * 3 * kNetDistrictGrid);
        document->undoStack()->undo();
        QCOMPARE(document->district().communities[2].overrides, QStringList{kGrid});
        QCOMPARE(document->member(2).plan, m_plans[2]);

        // East keeps its own value from now on: a later template change passes it by.
        QVERIFY(DistrictTemplateEdits::push(
            *document, DistrictTemplateEdits::keepOwnValue(*document, 0, kGrid)));
        QCOMPARE(document->district().communities[0].overrides, QStringList{kGrid});
        QCOMPARE(gridOf(document->member(0).plan), gridAt(0.5)); // its plan as it was
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::setFactor(*document, gridAt(0.45)));
        QCOMPARE(gridOf(document->member(0).plan), gridAt(0.5));
        QCOMPARE(gridOf(document->member(1).plan), gridAt(0.45));
        QCOMPARE(document->member(2).plan, m_plans[2]);
        QCOMPARE(document->undoStack()->count(), 3); // set, keep, set (the reset was undone)
    }

    void overridesFollowAnEditInPlace()
    {
        auto document = openDistrict();
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::setFactor(*document, gridAt(0.5)));
        const District &district = document->district();
        const Plan before = document->member(0).plan;
        // East's committee types its own grid factor: now overridden.
        Plan edited = before;
        edited.factors[0] = gridAt(0.55);
        District next = DistrictTemplateEdits::overridesAfterEdit(district, 0, before, edited);
        QCOMPARE(next.communities[0].overrides, QStringList{kGrid});
        // And types the template's value again: no longer overridden.
        const District back = DistrictTemplateEdits::overridesAfterEdit(next, 0, edited, before);
        QVERIFY(back.communities[0].overrides.isEmpty());
        // An edit that touches no templated value leaves the overrides alone, even a key that
        // differs (North keeps its own grid factor without editing it).
        Plan north = document->member(2).plan;
        Plan moreGas = north;
        moreGas.activities[0].amount = 450000;
        next = DistrictTemplateEdits::overridesAfterEdit(district, 2, north, moreGas);
        QCOMPARE(next.communities[2].overrides, QStringList{kGrid});
        District unmarked = district;
        unmarked.communities[2].overrides.clear();
        next = DistrictTemplateEdits::overridesAfterEdit(unmarked, 2, north, moreGas);
        QVERIFY(next.communities[2].overrides.isEmpty());
        // Only the link edited changes.
        next = DistrictTemplateEdits::overridesAfterEdit(district, 0, before, edited);
        QCOMPARE(next.communities[1], district.communities[1]);
        QCOMPARE(next.communities[2], district.communities[2]);
    }

    void clearingAValueKeepsThePlans()
    {
        auto document = openDistrict();
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::setFactor(*document, gridAt(0.5)));
        QVERIFY(!DistrictTemplateEdits::clearValue(*document, QStringLiteral("targets")));
        QVERIFY(DistrictTemplateEdits::push(*document,
                                            DistrictTemplateEdits::clearValue(*document, kGrid)));
        QVERIFY(document->district().templ.isEmpty());
        QCOMPARE(document->district().templ.version, 2);
        QVERIFY(document->district().communities[2].overrides.isEmpty());
        QCOMPARE(gridOf(document->member(0).plan), gridAt(0.5)); // the plans keep the value
        QCOMPARE(document->member(2).plan, m_plans[2]);
        document->undoStack()->undo();
        QCOMPARE(document->district().communities[2].overrides, QStringList{kGrid});
        QCOMPARE(document->district().templ.factors, QList<EmissionFactor>{gridAt(0.5)});
    }

    void ownMeasuresThroughTheDocument()
    {
        // Opened with the bus fleet as the district's own plan: in the roll-up at once, once.
        auto document = openDistrict(busFleetPlan());
        QVERIFY(document->rollup().hasOwnPlan());
        // 3 × 746.718204 t + the buses' 2,680 − 1,608 = 1,072 t.
        const double net = 3 * kNetOwnGrid + 1072;
        QVERIFY(std::abs(netIn(*document, 2025) - net) <= 1e-9 * net);
        QCOMPARE(document->rollup().size(), 3);
        // Taken away in one undoable step, and back.
        District without = document->district();
        without.ownPlan = Plan{};
        document->undoStack()->push(
            new DistrictChange(*document, QStringLiteral("Remove the district measures"), without));
        QVERIFY(!document->rollup().hasOwnPlan());
        QVERIFY(std::abs(netIn(*document, 2025) - 3 * kNetOwnGrid) <= 1e-9 * net);
        document->undoStack()->undo();
        QVERIFY(std::abs(netIn(*document, 2025) - net) <= 1e-9 * net);
    }

    void saveAndReopen()
    {
        auto document = openDistrict(busFleetPlan());
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::setFactor(*document, gridAt(0.5)));
        DistrictTemplateEdits::push(*document,
                                    DistrictTemplateEdits::keepOwnValue(*document, 1, kGrid));
        QString error;
        QVERIFY2(document->save(&error), qPrintable(error));
        const YearSeries net = document->rollup().net();
        document.reset();
        auto reopened = DistrictDocument::open(m_path, FactorLibraryJson::builtIn(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->district().templ.factors, QList<EmissionFactor>{gridAt(0.5)});
        QCOMPARE(reopened->district().communities[1].overrides, QStringList{kGrid});
        QCOMPARE(reopened->district().communities[2].overrides, QStringList{kGrid});
        QCOMPARE(reopened->district().ownPlan, busFleetPlan());
        QCOMPARE(gridOf(reopened->member(0).plan), gridAt(0.5)); // the plan's file was written
        QVERIFY(reopened->rollup().hasOwnPlan());
        QVERIFY((reopened->rollup().net() - net).abs().maxCoeff() <= 1e-9 * net.maxCoeff());
        QVERIFY(!reopened->isModified());
    }
};

QTEST_MAIN(TestDistrictTemplateEdits)
#include "TestDistrictTemplateEdits.moc"
