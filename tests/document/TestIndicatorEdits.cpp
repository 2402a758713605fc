// The indicator commands (IndicatorEdits) on the Shenzhen sample (base year 2023, horizon
// 2060; indicators account-participation 碳账户参与率 with 2024 plan 20 / actual 15 and 2025
// 28 / 30, and sorting-accuracy 垃圾分类准确率): each a single EditMonitoring that says so
// (Part::Monitoring), names itself for the Edit menu and undoes exactly; invalid input gives
// no command, a message naming the field, and leaves the plan as it was.
#include "IndicatorEdits.h"
#include "PlanDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <limits>
#include <memory>

using namespace zeroplan;

namespace {

const QString kAccounts = QStringLiteral("account-participation");

} // namespace

class TestIndicatorEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;

    const Monitoring &monitoring() const { return m_document->plan().monitoring; }
    const Indicator *accounts() const { return IndicatorEdits::find(monitoring(), kAccounts); }
    // Pushes `command` (which must exist) and checks it is one step that undoes exactly.
    void pushAndCheckUndo(EditMonitoring *command)
    {
        QVERIFY(command);
        const Monitoring before = monitoring();
        const int steps = m_document->undoStack()->count();
        m_document->undoStack()->push(command);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QVERIFY(monitoring() != before);
        const Monitoring after = monitoring();
        m_document->undoStack()->undo();
        QCOMPARE(monitoring(), before);
        m_document->undoStack()->redo();
        QCOMPARE(monitoring(), after);
    }

private slots:
    void init();
    void addMakesAUniqueIdAndUndoes();
    void anEmptyNameIsRefused();
    void renameUnitAndSource();
    void yearsAreAddedInOrderWithinThePlansYears();
    void figuresAreSetAndCleared();
    void nothingChangedGivesNoCommand();
    void removeTakesTheIndicatorOrTheYear();
    void theLatestActualAndNextYear();
};

void TestIndicatorEdits::init()
{
    QVERIFY(m_dir.isValid());
    m_document = PlanDocument::open(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"),
        m_dir.path(), nullptr);
    QVERIFY(m_document);
    QCOMPARE(monitoring().indicators.size(), 2);
    QVERIFY(accounts());
}

void TestIndicatorEdits::addMakesAUniqueIdAndUndoes()
{
    QSignalSpy changed(m_document.get(), &PlanDocument::changed);
    QString error;
    QString id;
    EditMonitoring *command =
        IndicatorEdits::add(m_document.get(), QStringLiteral("  Kg of waste sorted / household "),
                            QStringLiteral(" kg "), QStringLiteral("scales"), &error, &id);
    QVERIFY(command);
    QCOMPARE(error, QString());
    QCOMPARE(id, QStringLiteral("kg-of-waste-sorted-household")); // Latin letters and digits
    QCOMPARE(command->text(), QStringLiteral("Add indicator “Kg of waste sorted / household”"));
    pushAndCheckUndo(command);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<ChangeEvent>().part, ChangeEvent::Part::Monitoring);
    const Indicator &added = monitoring().indicators.back();
    QCOMPARE(added.id, id);
    QCOMPARE(added.name, QStringLiteral("Kg of waste sorted / household")); // trimmed
    QCOMPARE(added.unit, QStringLiteral("kg"));
    QCOMPARE(added.source, QStringLiteral("scales"));
    QVERIFY(added.values.isEmpty());

    // The same name again: "-2"; a Chinese name has no Latin letters: "indicator".
    QCOMPARE(IndicatorEdits::uniqueId(monitoring(), QStringLiteral("Kg of waste sorted/household")),
             QStringLiteral("kg-of-waste-sorted-household-2"));
    QCOMPARE(IndicatorEdits::uniqueId(monitoring(), QStringLiteral("家庭厨余垃圾")),
             QStringLiteral("indicator"));
    m_document->undoStack()->push(
        IndicatorEdits::add(m_document.get(), QStringLiteral("家庭厨余垃圾"), {}, {}));
    QCOMPARE(IndicatorEdits::uniqueId(monitoring(), QStringLiteral("家庭")),
             QStringLiteral("indicator-2"));
}

void TestIndicatorEdits::anEmptyNameIsRefused()
{
    const Monitoring before = monitoring();
    QString error;
    QVERIFY(!IndicatorEdits::add(m_document.get(), QStringLiteral("   "), QStringLiteral("%"), {},
                                 &error));
    QCOMPARE(error, QStringLiteral("Name: an indicator needs a name."));
    error.clear();
    QVERIFY(!IndicatorEdits::setName(m_document.get(), kAccounts, QString(), &error));
    QCOMPARE(error, QStringLiteral("Name: an indicator needs a name."));
    QCOMPARE(monitoring(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestIndicatorEdits::renameUnitAndSource()
{
    pushAndCheckUndo(
        IndicatorEdits::setName(m_document.get(), kAccounts, QStringLiteral("Carbon accounts")));
    QCOMPARE(accounts()->name, QStringLiteral("Carbon accounts"));
    pushAndCheckUndo(
        IndicatorEdits::setUnit(m_document.get(), kAccounts, QStringLiteral("% of residents")));
    QCOMPARE(accounts()->unit, QStringLiteral("% of residents"));
    pushAndCheckUndo(
        IndicatorEdits::setSource(m_document.get(), kAccounts, QStringLiteral("platform")));
    QCOMPARE(accounts()->source, QStringLiteral("platform"));
    QCOMPARE(accounts()->id, kAccounts); // the id never changes
    // An indicator that is not there.
    QVERIFY(
        !IndicatorEdits::setName(m_document.get(), QStringLiteral("nope"), QStringLiteral("x")));
}

void TestIndicatorEdits::yearsAreAddedInOrderWithinThePlansYears()
{
    QCOMPARE(IndicatorEdits::firstYear(m_document->plan()), 2023);
    QCOMPARE(IndicatorEdits::lastYear(m_document->plan()), 2060);
    // 2023 (the base year) goes first, 2030 last: the rows stay in year order.
    pushAndCheckUndo(IndicatorEdits::addYear(m_document.get(), kAccounts, 2030));
    pushAndCheckUndo(IndicatorEdits::addYear(m_document.get(), kAccounts, 2023));
    QList<int> years;
    for (const IndicatorValue &v : accounts()->values)
        years << v.year;
    QCOMPARE(years, (QList<int>{2023, 2024, 2025, 2030}));
    QCOMPARE(accounts()->values.at(0).plan, std::nullopt);
    QCOMPARE(accounts()->values.at(0).actual, std::nullopt);

    // Refused: before the base year, past the horizon, a year already there.
    const Monitoring before = monitoring();
    QString error;
    QVERIFY(!IndicatorEdits::addYear(m_document.get(), kAccounts, 2022, &error));
    QCOMPARE(error, QStringLiteral("Year: 2022 is outside the plan's years, 2023 to 2060."));
    QVERIFY(!IndicatorEdits::addYear(m_document.get(), kAccounts, 2061, &error));
    QCOMPARE(error, QStringLiteral("Year: 2061 is outside the plan's years, 2023 to 2060."));
    QVERIFY(!IndicatorEdits::addYear(m_document.get(), kAccounts, 2024, &error));
    QCOMPARE(error, QStringLiteral("Year: “碳账户参与率” already has a row for 2024."));
    QCOMPARE(monitoring(), before);
}

void TestIndicatorEdits::figuresAreSetAndCleared()
{
    EditMonitoring *plan = IndicatorEdits::setPlanValue(m_document.get(), kAccounts, 2025, 35);
    QVERIFY(plan);
    QCOMPARE(plan->text(), QStringLiteral("Change plan of “碳账户参与率” in 2025"));
    pushAndCheckUndo(plan);
    QCOMPARE(accounts()->values.at(1).plan, std::optional<double>(35));
    QCOMPARE(accounts()->values.at(1).actual, std::optional<double>(30)); // untouched
    pushAndCheckUndo(
        IndicatorEdits::setActualValue(m_document.get(), kAccounts, 2024, std::nullopt));
    QCOMPARE(accounts()->values.at(0).actual, std::nullopt);
    pushAndCheckUndo(
        IndicatorEdits::setYearSource(m_document.get(), kAccounts, 2024, QStringLiteral("survey")));
    QCOMPARE(accounts()->values.at(0).source, QStringLiteral("survey"));

    // Not a finite number: refused, named.
    const Monitoring before = monitoring();
    QString error;
    QVERIFY(!IndicatorEdits::setPlanValue(m_document.get(), kAccounts, 2025,
                                          std::numeric_limits<double>::quiet_NaN(), &error));
    QCOMPARE(error, QStringLiteral("Plan: the value must be a number."));
    QVERIFY(!IndicatorEdits::setActualValue(m_document.get(), kAccounts, 2025,
                                            std::numeric_limits<double>::infinity(), &error));
    QCOMPARE(error, QStringLiteral("Actual: the value must be a number."));
    // A year the indicator does not have.
    QVERIFY(!IndicatorEdits::setPlanValue(m_document.get(), kAccounts, 2027, 1));
    QCOMPARE(monitoring(), before);
}

void TestIndicatorEdits::nothingChangedGivesNoCommand()
{
    QVERIFY(!IndicatorEdits::setPlanValue(m_document.get(), kAccounts, 2024, 20));
    QVERIFY(!IndicatorEdits::setActualValue(m_document.get(), kAccounts, 2025, 30));
    QVERIFY(!IndicatorEdits::setName(m_document.get(), kAccounts, QStringLiteral("碳账户参与率")));
    QVERIFY(!IndicatorEdits::setUnit(m_document.get(), kAccounts, QStringLiteral("%")));
    QVERIFY(!IndicatorEdits::setYearSource(m_document.get(), kAccounts, 2024, QString()));
    QVERIFY(!IndicatorEdits::removeYear(m_document.get(), kAccounts, 2030));
    QVERIFY(!IndicatorEdits::remove(m_document.get(), QStringLiteral("nope")));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestIndicatorEdits::removeTakesTheIndicatorOrTheYear()
{
    pushAndCheckUndo(IndicatorEdits::removeYear(m_document.get(), kAccounts, 2024));
    QCOMPARE(accounts()->values.size(), 1);
    QCOMPARE(accounts()->values.at(0).year, 2025);
    EditMonitoring *remove = IndicatorEdits::remove(m_document.get(), kAccounts);
    QVERIFY(remove);
    QCOMPARE(remove->text(), QStringLiteral("Remove indicator “碳账户参与率”"));
    pushAndCheckUndo(remove);
    QVERIFY(!accounts());
    QCOMPARE(monitoring().indicators.size(), 1);
    QCOMPARE(monitoring().indicators.at(0).id, QStringLiteral("sorting-accuracy"));
}

void TestIndicatorEdits::theLatestActualAndNextYear()
{
    // 2025 has an actual (30): the latest.
    QCOMPARE(IndicatorEdits::latestActual(*accounts())->year, 2025);
    QCOMPARE(IndicatorEdits::nextYear(m_document->plan(), *accounts()), 2026);
    // Without its 2025 actual, 2024 is the latest.
    m_document->undoStack()->push(
        IndicatorEdits::setActualValue(m_document.get(), kAccounts, 2025, std::nullopt));
    QCOMPARE(IndicatorEdits::latestActual(*accounts())->year, 2024);
    // At the horizon's end the next free year is the first free one from the base year.
    m_document->undoStack()->push(IndicatorEdits::addYear(m_document.get(), kAccounts, 2060));
    QCOMPARE(IndicatorEdits::nextYear(m_document->plan(), *accounts()), 2023);
}

QTEST_MAIN(TestIndicatorEdits)
#include "TestIndicatorEdits.moc"
