// The residents commands (ResidentsEdits) on the Shenzhen sample (resources/samples/
// shenzhen-xinqiao.json: base year 2023, horizon 2060; solar's split is capex property_company
// 1, opex property_company 1, savings residents 0.7 / public_facilities 0.3; median income
// 160 000 in 2023; affordability 0.1; two funding sources, 近零碳排放区试点资助 (subsidy,
// 2024–2029) and 社区企业赞助 (sponsor, 2025–2029)): each a single EditResidents that says so
// (Part::Residents), undoes exactly and redoes exactly; invalid input gives no command, a
// message naming the measure or source and the field, and leaves the plan as it was.
#include "AddRemoveMeasure.h"
#include "PlanDocument.h"
#include "ResidentsEdits.h"
#include "residents/PayerPresets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <limits>
#include <memory>

using namespace zeroplan;

namespace {

const QString kSolar = QStringLiteral("solar");
const QString kHeatPump = QStringLiteral("heat-pump-water");

} // namespace

class TestResidentsEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    const Residents &residents() const { return m_document->plan().residents; }
    // Pushes `command` (which must exist) and checks it is one step, says Part::Residents, and
    // undoes and redoes exactly.
    void pushAndCheckUndo(EditResidents *command)
    {
        QVERIFY(command);
        QVERIFY(!command->text().isEmpty());
        const Residents before = residents();
        const int steps = m_document->undoStack()->count();
        QSignalSpy changed(m_document.get(), &PlanDocument::changed);
        m_document->undoStack()->push(command);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().part, ChangeEvent::Part::Residents);
        QVERIFY(residents() != before);
        const Residents after = residents();
        m_document->undoStack()->undo();
        QCOMPARE(residents(), before);
        m_document->undoStack()->redo();
        QCOMPARE(residents(), after);
    }
    // Checks `command` is refused: nullptr, a message containing every one of `words`, the
    // plan unchanged.
    void checkRefused(EditResidents *command, const QString &error, const QStringList &words,
                      const Residents &before)
    {
        QVERIFY(!command);
        QVERIFY(!error.isEmpty());
        for (const QString &w : words)
            QVERIFY2(error.contains(w), qPrintable(error + QStringLiteral(" lacks ") + w));
        QCOMPARE(residents(), before);
    }

private slots:
    void init();
    void sharesAreSetMergedAndUndone();
    void sharesNotAddingUpAreRefused();
    void allSharesAtOnceAreOneStep();
    void householdsReached();
    void fixedAmounts();
    void splitSource();
    void presets();
    void incomeAndAffordability();
    void fundingSources();
    void removingAMeasureTakesItsSplit();
};

void TestResidentsEdits::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PlanDocument::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"),
        m_dir.path(), nullptr);
    QVERIFY(m_document);
    QVERIFY(residents().split(kSolar));
    QCOMPARE(residents().funding.size(), 2);
}

void TestResidentsEdits::sharesAreSetMergedAndUndone()
{
    // 60 % government, 40 % residents (given in two pieces of 20 % + 20 %, and a zero share of
    // sponsors that is left out), in the file's party order: residents before government.
    pushAndCheckUndo(ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Capex,
                                               {{Party::Government, 0.6},
                                                {Party::Residents, 0.2},
                                                {Party::Sponsors, 0},
                                                {Party::Residents, 0.2}}));
    const PayerSplit *solar = residents().split(kSolar);
    QVERIFY(solar);
    const QList<PartyShare> expected = {{Party::Residents, 0.4}, {Party::Government, 0.6}};
    QCOMPARE(solar->capex, expected);
    // The other lists and the source stay.
    QCOMPARE(solar->opex, (QList<PartyShare>{{Party::PropertyCompany, 1.0}}));
    QCOMPARE(solar->savings.size(), 2);
    QVERIFY(!solar->source.isEmpty());
    // The same again changes nothing: no command.
    QVERIFY(!ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Capex, expected));
    // An empty list leaves that money unassigned; allowed.
    pushAndCheckUndo(
        ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Opex, {}, nullptr));
    QVERIFY(residents().split(kSolar)->opex.isEmpty());
    // Shares within 10⁻⁶ of 100 % pass (a third each, as the page would give them).
    pushAndCheckUndo(ResidentsEdits::setShares(
        m_document.get(), kSolar, ShareList::Savings,
        {{Party::Residents, 1.0 / 3}, {Party::Government, 1.0 / 3}, {Party::Other, 1.0 / 3}}));
}

// Fixed amounts per year: set, replaced, kept in the parties' order whatever the order they are
// given in, removed year by year (the party's entry goes with its last year); refused for the
// bill savings, "not assigned", a negative amount or a year outside the plan.
void TestResidentsEdits::fixedAmounts()
{
    const int year = m_document->plan().community.baseYear + 1;
    pushAndCheckUndo(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                    Party::Sponsors, year, 50000.0));
    pushAndCheckUndo(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                    Party::Government, year + 1, 24000.0));
    pushAndCheckUndo(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                    Party::Government, year, 10000.0));
    const QList<PartyAmounts> expected = {{Party::Government, {{year, 10000}, {year + 1, 24000}}},
                                          {Party::Sponsors, {{year, 50000}}}};
    QCOMPARE(residents().split(kSolar)->capexAmounts, expected);
    QVERIFY(residents().split(kSolar)->opexAmounts.isEmpty());
    // The same amount again: no command. A new amount of the same year replaces it.
    QVERIFY(!ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                            Party::Sponsors, year, 50000.0));
    pushAndCheckUndo(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                    Party::Sponsors, year, 45000.0));
    QCOMPARE(residents().split(kSolar)->capexAmounts.at(1).amounts,
             (QList<YearAmount>{{year, 45000}}));
    // Removing the sponsors' only year takes their entry out.
    pushAndCheckUndo(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                    Party::Sponsors, year, std::nullopt));
    QCOMPARE(residents().split(kSolar)->capexAmounts.size(), 1);
    QCOMPARE(residents().split(kSolar)->capexAmounts.at(0).party, Party::Government);

    const Residents before = residents();
    QString error;
    QVERIFY(!ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Savings,
                                            Party::Residents, year, 1.0, &error));
    QCOMPARE(residents(), before);
    checkRefused(
        ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Opex,
                                       Party::Crowdfunding, year, -1.0, &error),
        error, {QStringLiteral("-1"), QStringLiteral("at least 0"), QStringLiteral("running cost")},
        before);
    error.clear();
    checkRefused(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Opex,
                                                Party::Crowdfunding, 1999, 100.0, &error),
                 error, {QStringLiteral("1999"), QStringLiteral("outside")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setFixedAmount(m_document.get(), kSolar, ShareList::Capex,
                                                Party::Unassigned, year, 100.0, &error),
                 error, {QStringLiteral("investment")}, before);
}

void TestResidentsEdits::sharesNotAddingUpAreRefused()
{
    const Residents before = residents();
    QString error;
    // 60 + 30 = 90 %: refused, naming the measure (its Chinese name in the sample), the list
    // and the sum.
    checkRefused(ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Capex,
                                           {{Party::Government, 0.6}, {Party::Residents, 0.3}},
                                           &error),
                 error,
                 {QStringLiteral("屋顶与车棚分布式光伏"), QStringLiteral("investment"),
                  QStringLiteral("90 %")},
                 before);
    // A share above 100 %.
    error.clear();
    checkRefused(ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Savings,
                                           {{Party::Residents, 1.5}}, &error),
                 error, {QStringLiteral("bill savings"), QStringLiteral("150 %")}, before);
    // A negative share (even when the list adds up to 100 %).
    error.clear();
    checkRefused(ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Opex,
                                           {{Party::Residents, 1.2}, {Party::Government, -0.2}},
                                           &error),
                 error, {QStringLiteral("running cost")}, before);
    // Money given to "not assigned".
    error.clear();
    checkRefused(ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Capex,
                                           {{Party::Unassigned, 1.0}}, &error),
                 error, {QStringLiteral("investment")}, before);
    // A measure the plan does not have.
    error.clear();
    checkRefused(ResidentsEdits::setShares(m_document.get(), QStringLiteral("no-such"),
                                           ShareList::Capex, {{Party::Residents, 1.0}}, &error),
                 error, {QStringLiteral("no-such")}, before);
}

void TestResidentsEdits::allSharesAtOnceAreOneStep()
{
    // The heat pump water heaters (capex government 0.5 / residents 0.5, savings residents 1):
    // all three lists in one step.
    pushAndCheckUndo(ResidentsEdits::setAllShares(
        m_document.get(), kHeatPump, {{Party::Government, 0.25}, {Party::Residents, 0.75}},
        {{Party::Residents, 1.0}}, {{Party::Residents, 0.5}, {Party::PublicFacilities, 0.5}}));
    const PayerSplit *split = residents().split(kHeatPump);
    QVERIFY(split);
    QCOMPARE(split->capex,
             (QList<PartyShare>{{Party::Residents, 0.75}, {Party::Government, 0.25}}));
    QCOMPARE(split->opex, (QList<PartyShare>{{Party::Residents, 1.0}}));
    QCOMPARE(split->savings,
             (QList<PartyShare>{{Party::Residents, 0.5}, {Party::PublicFacilities, 0.5}}));
    // One bad list refuses the whole step: the savings add up to 80 %.
    const Residents before = residents();
    QString error;
    checkRefused(ResidentsEdits::setAllShares(m_document.get(), kHeatPump,
                                              {{Party::Government, 1.0}}, {},
                                              {{Party::Residents, 0.8}}, &error),
                 error, {QStringLiteral("bill savings"), QStringLiteral("80 %")}, before);
}

void TestResidentsEdits::householdsReached()
{
    // A number: 200 households.
    pushAndCheckUndo(ResidentsEdits::setHouseholds(m_document.get(), kSolar, 200.0, {}));
    QCOMPARE(residents().split(kSolar)->households, std::optional<double>(200));
    QVERIFY(!residents().split(kSolar)->householdShare);
    // A share: half of the households; the number goes.
    pushAndCheckUndo(ResidentsEdits::setHouseholds(m_document.get(), kSolar, {}, 0.5));
    QCOMPARE(residents().split(kSolar)->householdShare, std::optional<double>(0.5));
    QVERIFY(!residents().split(kSolar)->households);
    // All households.
    pushAndCheckUndo(ResidentsEdits::setHouseholds(m_document.get(), kSolar, {}, {}));
    QVERIFY(!residents().split(kSolar)->householdShare);

    const Residents before = residents();
    QString error;
    checkRefused(ResidentsEdits::setHouseholds(m_document.get(), kSolar, 0.0, {}, &error), error,
                 {QStringLiteral("屋顶与车棚分布式光伏"), QStringLiteral("households")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setHouseholds(m_document.get(), kSolar, {}, 1.2, &error), error,
                 {QStringLiteral("120 %")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setHouseholds(m_document.get(), kSolar, 10.0, 0.5, &error), error,
                 {QStringLiteral("not both")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setHouseholds(m_document.get(), kSolar,
                                               std::numeric_limits<double>::quiet_NaN(), {},
                                               &error),
                 error, {QStringLiteral("households")}, before);
}

void TestResidentsEdits::splitSource()
{
    // A measure with no split (every measure of the sample has one: a copy of greening, added):
    // a source alone makes one.
    const QString greening = QStringLiteral("park");
    Measure park = *m_document->plan().findMeasure(QStringLiteral("greening"));
    park.id = greening;
    m_document->undoStack()->push(new AddMeasure(m_document.get(), park));
    QVERIFY(!residents().split(greening));
    pushAndCheckUndo(
        ResidentsEdits::setSplitSource(m_document.get(), greening, QStringLiteral(" 街道通知 ")));
    QVERIFY(residents().split(greening));
    QCOMPARE(residents().split(greening)->source, QStringLiteral("街道通知"));
    // Clearing it leaves a split with nothing in it, which goes.
    pushAndCheckUndo(ResidentsEdits::setSplitSource(m_document.get(), greening, QString()));
    QVERIFY(!residents().split(greening));
}

void TestResidentsEdits::presets()
{
    // Old-compound renovation asks the shares of its three parties: 40 / 30 / 30.
    const PayerPreset oldCompound = PayerPresets::oldCompoundRenovation();
    pushAndCheckUndo(ResidentsEdits::applyPreset(
        m_document.get(), kSolar, oldCompound,
        {{Party::Government, 0.4}, {Party::Residents, 0.3}, {Party::Sponsors, 0.3}}));
    const PayerSplit *solar = residents().split(kSolar);
    QCOMPARE(solar->capex,
             (QList<PartyShare>{
                 {Party::Residents, 0.3}, {Party::Government, 0.4}, {Party::Sponsors, 0.3}}));
    QCOMPARE(solar->source, oldCompound.source);
    QCOMPARE(solar->opex, (QList<PartyShare>{{Party::PropertyCompany, 1.0}})); // kept
    // A party the preset does not name, or shares not adding up, or none at all: refused.
    const Residents before = residents();
    QString error;
    checkRefused(ResidentsEdits::applyPreset(m_document.get(), kSolar, oldCompound,
                                             {{Party::Utility, 1.0}}, &error),
                 error, {partyName(Party::Utility)}, before);
    error.clear();
    checkRefused(ResidentsEdits::applyPreset(m_document.get(), kSolar, oldCompound,
                                             {{Party::Government, 0.5}}, &error),
                 error, {QStringLiteral("50 %")}, before);
    error.clear();
    checkRefused(ResidentsEdits::applyPreset(m_document.get(), kSolar, oldCompound, {}, &error),
                 error, {oldCompound.name}, before);

    // Beijing coal-to-electricity for a 30 000 元 heat pump, 120 households: government
    // min(24 000, 30 000) / 30 000 = 0.8, residents 0.2 (docs/residents.md); opex and
    // savings to residents; the households and the source set; one step.
    pushAndCheckUndo(ResidentsEdits::applyBeijingPreset(m_document.get(), kHeatPump, 30000, 120));
    const PayerSplit *heat = residents().split(kHeatPump);
    QCOMPARE(heat->capex.size(), 2);
    QCOMPARE(heat->capex.at(0).party, Party::Government);
    QVERIFY(std::abs(heat->capex.at(0).share - 0.8) < 1e-12);
    QVERIFY(std::abs(heat->capex.at(1).share - 0.2) < 1e-12);
    QCOMPARE(heat->households, std::optional<double>(120));
    QCOMPARE(heat->source, PayerPresets::beijingCoalToElectricity().source);
    const Residents beforeBeijing = residents();
    error.clear();
    checkRefused(ResidentsEdits::applyBeijingPreset(m_document.get(), kHeatPump, 0, 120, &error),
                 error, {QStringLiteral("investment per household")}, beforeBeijing);
    error.clear();
    checkRefused(ResidentsEdits::applyBeijingPreset(m_document.get(), kHeatPump, 30000, -1, &error),
                 error, {QStringLiteral("households")}, beforeBeijing);
}

void TestResidentsEdits::incomeAndAffordability()
{
    // A second year, 2030 at 180 000: added after 2023; the year 2026 then takes 160 000.
    pushAndCheckUndo(ResidentsEdits::setIncome(m_document.get(), 2030, 180000));
    QCOMPARE(residents().medianIncome, (QList<YearAmount>{{2023, 160000}, {2030, 180000}}));
    QCOMPARE(residents().incomeIn(2026), std::optional<double>(160000));
    QCOMPARE(residents().incomeIn(2031), std::optional<double>(180000));
    // 2025 goes between them; then changed; then removed.
    pushAndCheckUndo(ResidentsEdits::setIncome(m_document.get(), 2025, 170000));
    QCOMPARE(residents().medianIncome.at(1), (YearAmount{2025, 170000}));
    pushAndCheckUndo(ResidentsEdits::setIncome(m_document.get(), 2025, 175000));
    QCOMPARE(residents().medianIncome.at(1), (YearAmount{2025, 175000}));
    pushAndCheckUndo(ResidentsEdits::removeIncome(m_document.get(), 2025));
    QCOMPARE(residents().medianIncome.size(), 2);
    QVERIFY(!ResidentsEdits::removeIncome(m_document.get(), 2025)); // nothing to remove
    pushAndCheckUndo(ResidentsEdits::setIncomeSource(m_document.get(), QStringLiteral("统计公报")));
    QCOMPARE(residents().incomeSource, QStringLiteral("统计公报"));

    const Residents before = residents();
    QString error;
    checkRefused(ResidentsEdits::setIncome(m_document.get(), 2030, 0, &error), error,
                 {QStringLiteral("Median household income"), QStringLiteral("2030")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setIncome(m_document.get(), 2061, 100, &error), error,
                 {QStringLiteral("2061"), QStringLiteral("2023–2060")}, before);

    // Affordability: 8 %, then not judged, then refused above 100 %.
    pushAndCheckUndo(ResidentsEdits::setAffordabilityShare(m_document.get(), 0.08));
    QCOMPARE(residents().affordabilityShare, std::optional<double>(0.08));
    pushAndCheckUndo(ResidentsEdits::setAffordabilityShare(m_document.get(), std::nullopt));
    QVERIFY(!residents().affordabilityShare);
    pushAndCheckUndo(
        ResidentsEdits::setAffordabilitySource(m_document.get(), QStringLiteral("EPAH 2M")));
    const Residents beforeShare = residents();
    error.clear();
    checkRefused(ResidentsEdits::setAffordabilityShare(m_document.get(), 1.5, &error), error,
                 {QStringLiteral("Affordability threshold"), QStringLiteral("150 %")}, beforeShare);
    error.clear();
    checkRefused(ResidentsEdits::setAffordabilityShare(m_document.get(), 0.0, &error), error,
                 {QStringLiteral("Affordability threshold")}, beforeShare);
}

void TestResidentsEdits::fundingSources()
{
    // A crowdfunding campaign: added last with no amounts; it pays its kind's party.
    pushAndCheckUndo(ResidentsEdits::addFunding(m_document.get(), QStringLiteral("众筹"),
                                                FundingKind::Crowdfunding));
    QCOMPARE(residents().funding.size(), 3);
    const FundingSource &added = residents().funding.at(2);
    QCOMPARE(added.name, QStringLiteral("众筹"));
    QVERIFY(added.amounts.isEmpty());
    QCOMPARE(added.pays(), Party::Crowdfunding);
    // Amounts: 2027 then 2025 (kept in year order), 2027 changed, 2025 removed.
    pushAndCheckUndo(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2027, 30000.0));
    pushAndCheckUndo(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2025, 10000.0));
    QCOMPARE(residents().funding.at(2).amounts, (QList<YearAmount>{{2025, 10000}, {2027, 30000}}));
    pushAndCheckUndo(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2027, 35000.0));
    pushAndCheckUndo(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2025, std::nullopt));
    QCOMPARE(residents().funding.at(2).amounts, (QList<YearAmount>{{2027, 35000}}));
    // Kind, party, source, name.
    pushAndCheckUndo(ResidentsEdits::setFundingKind(m_document.get(), 2, FundingKind::Other));
    QCOMPARE(residents().funding.at(2).pays(), Party::Other);
    pushAndCheckUndo(ResidentsEdits::setFundingParty(m_document.get(), 2, Party::Residents));
    QCOMPARE(residents().funding.at(2).pays(), Party::Residents);
    QVERIFY(!ResidentsEdits::setFundingParty(m_document.get(), 2, Party::Unassigned));
    pushAndCheckUndo(
        ResidentsEdits::setFundingSource(m_document.get(), 2, QStringLiteral("居民大会决议")));
    pushAndCheckUndo(
        ResidentsEdits::renameFunding(m_document.get(), 2, QStringLiteral("楼栋众筹")));
    QCOMPARE(residents().funding.at(2).name, QStringLiteral("楼栋众筹"));

    const Residents before = residents();
    QString error;
    checkRefused(ResidentsEdits::addFunding(m_document.get(), QStringLiteral("  "),
                                            FundingKind::Sponsor, &error),
                 error, {QStringLiteral("name")}, before);
    error.clear();
    checkRefused(
        ResidentsEdits::renameFunding(m_document.get(), 2, QStringLiteral("社区企业赞助"), &error),
        error, {QStringLiteral("社区企业赞助")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2028, -5.0, &error), error,
                 {QStringLiteral("楼栋众筹"), QStringLiteral("2028")}, before);
    error.clear();
    checkRefused(ResidentsEdits::setFundingAmount(m_document.get(), 2, 2020, 5.0, &error), error,
                 {QStringLiteral("楼栋众筹"), QStringLiteral("2020")}, before);
    QVERIFY(!ResidentsEdits::removeFunding(m_document.get(), 7));

    // Removing the first source.
    pushAndCheckUndo(ResidentsEdits::removeFunding(m_document.get(), 0));
    QCOMPARE(residents().funding.size(), 2);
    QCOMPARE(residents().funding.at(0).name, QStringLiteral("社区企业赞助"));
}

void TestResidentsEdits::removingAMeasureTakesItsSplit()
{
    // Edit solar's split, then remove the measure: the split goes with it; undo brings both
    // back, the edited split included.
    m_document->undoStack()->push(
        ResidentsEdits::setShares(m_document.get(), kSolar, ShareList::Capex,
                                  {{Party::Government, 0.6}, {Party::Residents, 0.4}}));
    const Residents edited = residents();
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_document->plan().measures.size(); ++i) {
        if (m_document->plan().measures.at(i).id == kSolar)
            index = i;
    }
    QVERIFY(index >= 0);
    m_document->undoStack()->push(new RemoveMeasure(m_document.get(), index));
    QVERIFY(!residents().split(kSolar));
    m_document->undoStack()->undo();
    QCOMPARE(residents(), edited);
    m_document->undoStack()->undo();
    QCOMPARE(residents().split(kSolar)->capex, (QList<PartyShare>{{Party::PropertyCompany, 1.0}}));
}

QTEST_MAIN(TestResidentsEdits)
#include "TestResidentsEdits.moc"
