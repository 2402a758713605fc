// The Residents page, driven through its widgets as a user would (offscreen, 1366×768), from
// the Shenzhen sample (resources/samples/shenzhen-xinqiao.json, opened explicitly: solar's
// investment is paid by the property company alone, every measure has a split, two funding
// sources, median income 160 000 in 2023, base year 2023, horizon 2060) and from File → New:
// a split typed cell by cell and applied as one undo step, an invalid split refused with the
// reason and the plan unchanged, households reached, the source, a preset, funding sources and
// their amounts, income and affordability. The payers' money follows the edit (ResidentsRun on
// the live results, checked against the engine's capex of solar by hand).
#include "MainWindowTest.h"
#include "present/NumberFormat.h"
#include "residents/CoBenefitsMatrix.h"
#include "residents/FixedAmountsBox.h"
#include "residents/FundingTab.h"
#include "residents/PayerPresets.h"
#include "residents/PayerSplitTab.h"
#include "residents/ResidentsOutcomePanel.h"
#include "residents/ResidentsPage.h"
#include "residents/ResidentsRun.h"

#include <QDoubleSpinBox>
#include <QPointer>
#include <QTabWidget>
#include <QToolButton>
#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The row of `party` in the split table (the file's party order).
int partyRow(Party party)
{
    for (int row = 0; row < int(std::size(kFileParties)); ++row) {
        if (kFileParties[row] == party)
            return row;
    }
    return -1;
}

// Types `text` into the cell (row, column) of `table` through its editor (double-click, type,
// Enter), as a user does.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    table->setCurrentItem(item);
    table->editItem(item);
    // The editor the delegate opened in the cell: a spin box for a number, else a line edit.
    QWidget *editor =
        table->viewport()->findChild<QAbstractSpinBox *>(QString(), Qt::FindDirectChildrenOnly);
    if (!editor)
        editor = table->viewport()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(editor);
    const QPointer<QWidget> closing = editor;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    else if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        lineEdit->selectAll();
    // Latin-1 text is typed key by key; other text (Chinese) goes in as an input method
    // would put it, at once.
    auto *line = qobject_cast<QLineEdit *>(editor);
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x100;
    if (!latin1 && line)
        line->insert(text);
    else
        QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor through a queued call, then deletes it.
    QTRY_VERIFY(!closing);
}

// The percent shown in a cell of the split table.
double cellPercent(QTableWidget *table, Party party, int column)
{
    return table->item(partyRow(party), column)->data(Qt::EditRole).toDouble();
}

// Adds "park", a copy of greening with no split (every measure of the sample has one).
void addMeasureWithoutSplit(PlanDocument *document)
{
    Measure park = *document->plan().findMeasure(QStringLiteral("greening"));
    park.id = QStringLiteral("park");
    park.name = QStringLiteral("Pocket park");
    document->undoStack()->push(new AddMeasure(document, park));
}

// Chooses the measure `id` in the payer list, as a click on it does.
// A 1366×768 window on the Shenzhen sample, showing the Residents page; nullptr when the
// sample or the page does not open.
ResidentsPage *showShenzhenResidents(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    if (!window.openSample(kShenzhen) || !window.showPage(s("residents")))
        return nullptr;
    return window.findChild<ResidentsPage *>(s("residentsPage"));
}

void chooseMeasure(QListWidget *list, const QString &id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            list->setCurrentRow(row);
            return;
        }
    }
    QFAIL(qPrintable(id));
}

QListWidgetItem *measureItem(QListWidget *list, const QString &id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

// Sets a spin box as typed: its text replaced, then Enter.
void typeInSpin(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestResidentsPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void theSplitIsTypedAppliedAndUndone();
    void householdsSourceAndPreset();
    void fixedAmountsThroughTheBox();
    void fundingIncomeAndAffordability();
    void aNewPlanGetsFundingAndIncome();
};

// Solar's investment: 60 % government, 40 % residents, typed into the table.
void TestResidentsPage::theSplitIsTypedAppliedAndUndone()
{
    MainWindow window;
    ResidentsPage *page = showShenzhenResidents(window);
    QVERIFY(page);
    QCOMPARE(window.currentPage(), MainWindow::Page::Residents);
    QCOMPARE(MainWindow::pageId(MainWindow::Page::Residents), s("residents"));
    PlanDocument *document = window.document();
    QVERIFY(page);
    // First the outcome (household card, payers, funding), then the two tabs that edit it.
    QCOMPARE(page->tabs()->count(), 4);
    QCOMPARE(page->tabs()->widget(0), page->outcomePanel());
    QCOMPARE(page->tabs()->widget(1), page->coBenefits());
    auto *subsidyFigure = page->outcomePanel()->findChild<QLabel *>(s("subsidyFigure"));
    QVERIFY(subsidyFigure);
    const QString subsidyBefore = subsidyFigure->text();
    auto *list = page->findChild<QListWidget *>(s("payerMeasureList"));
    auto *table = page->findChild<QTableWidget *>(s("payerSplitTable"));
    auto *sums = page->findChild<QLabel *>(s("payerSumsLabel"));
    auto *apply = page->findChild<QPushButton *>(s("payerApplyButton"));
    QVERIFY(list && table && sums && apply);
    QCOMPARE(list->count(), document->plan().measures.size()); // 13 measures
    QVERIFY(!measureItem(list, s("greening"))->text().contains(s("no split")));
    // A measure without a split is marked; solar has one: not marked.
    addMeasureWithoutSplit(document);
    QCOMPARE(list->count(), 14);
    QVERIFY(measureItem(list, s("park"))->text().contains(s("no split")));
    QVERIFY(!measureItem(list, s("solar"))->text().contains(s("no split")));

    chooseMeasure(list, s("solar"));
    QCOMPARE(page->payerTab()->measure(), s("solar"));
    // The sample's split shown in percent: capex property company 100, savings residents 70 /
    // public facilities 30.
    QCOMPARE(cellPercent(table, Party::PropertyCompany, 0), 100.0);
    QCOMPARE(cellPercent(table, Party::Residents, 2), 70.0);
    QCOMPARE(cellPercent(table, Party::PublicFacilities, 2), 30.0);
    QVERIFY(!apply->isEnabled());

    const int steps = document->undoStack()->count();
    // Government 60: the investment column adds up to 160 %, red, and nothing is in the plan
    // yet; the measure list waits for Apply or Revert.
    typeInCell(table, partyRow(Party::Government), 0, s("60"));
    QCOMPARE(cellPercent(table, Party::Government, 0), 60.0);
    QVERIFY2(sums->text().contains(s("160")), qPrintable(sums->text()));
    QVERIFY2(sums->text().contains(s("60 % over")), qPrintable(sums->text()));
    QVERIFY(!sums->styleSheet().isEmpty());
    QVERIFY(apply->isEnabled());
    QVERIFY(!list->isEnabled());
    QCOMPARE(document->undoStack()->count(), steps);
    // Property company 0: 60 %, 40 % short.
    typeInCell(table, partyRow(Party::PropertyCompany), 0, s("0"));
    QVERIFY2(sums->text().contains(s("40 % short")), qPrintable(sums->text()));
    // Applied now: refused with the reason, the plan unchanged, the draft kept.
    QTest::mouseClick(apply, Qt::LeftButton);
    const QString message = page->payerTab()->message();
    QVERIFY2(message.contains(s("60 %")) && message.contains(s("investment")), qPrintable(message));
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(document->plan().residents.split(s("solar"))->capex,
             (QList<PartyShare>{{Party::PropertyCompany, 1.0}}));
    QCOMPARE(cellPercent(table, Party::Government, 0), 60.0);
    // Residents 40: the sums are right; Apply puts it in the plan as one step.
    typeInCell(table, partyRow(Party::Residents), 0, s("40"));
    QVERIFY2(!sums->text().contains(s("short")), qPrintable(sums->text()));
    QVERIFY(sums->styleSheet().isEmpty());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(page->payerTab()->message().isEmpty());
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const QList<PartyShare> edited = {{Party::Residents, 0.4}, {Party::Government, 0.6}};
    QCOMPARE(document->plan().residents.split(s("solar"))->capex, edited);
    // The running cost and savings stay as they were.
    QCOMPARE(document->plan().residents.split(s("solar"))->opex,
             (QList<PartyShare>{{Party::PropertyCompany, 1.0}}));
    QVERIFY(list->isEnabled());
    QVERIFY(!apply->isEnabled());

    // The live results follow: in the current scenario solar's investment is split 60/40,
    // year by year: government capex(t) = 0.6 × capex(t), residents 0.4 × capex(t), the
    // property company nothing (PayerTable: the last party takes the rest, so the sum is
    // exact).
    const ScenarioResult *result = window.results()->currentResult();
    QVERIFY(result);
    const ResidentsRun run = ResidentsRun::of(document->plan(), *result);
    qsizetype solar = -1;
    for (size_t i = 0; i < result->measures.size(); ++i) {
        if (result->measures[i].measureId == s("solar"))
            solar = qsizetype(i);
    }
    QVERIFY(solar >= 0);
    const YearSeries &capex = result->measures[size_t(solar)].capex;
    QVERIFY(capex.sum() > 0);
    const PayerTable &table60 = run.measures[size_t(solar)];
    QVERIFY(table60.find(Party::Government) && table60.find(Party::Residents));
    QVERIFY(!table60.find(Party::PropertyCompany) ||
            table60.find(Party::PropertyCompany)->capex.abs().maxCoeff() < 1e-9);
    const double tolerance = 1e-9 * capex.abs().maxCoeff();
    QVERIFY((table60.find(Party::Government)->capex - 0.6 * capex).abs().maxCoeff() < tolerance);
    QVERIFY((table60.find(Party::Residents)->capex - 0.4 * capex).abs().maxCoeff() < tolerance);
    // The outcome tab follows the edit: the household card's subsidy is the run's (now with
    // the government's 60 % of solar), not the one shown before.
    QCOMPARE(subsidyFigure->text(), NumberFormat::money(run.household.subsidy, s("CNY")));
    QVERIFY(subsidyFigure->text() != subsidyBefore);

    // Edit → Undo: the sample's split again, in the plan and in the table.
    auto *undo = window.findChild<QAction *>(s("undoAction"));
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(document->plan().residents.split(s("solar"))->capex,
             (QList<PartyShare>{{Party::PropertyCompany, 1.0}}));
    QCOMPARE(cellPercent(table, Party::PropertyCompany, 0), 100.0);
    QCOMPARE(cellPercent(table, Party::Government, 0), 0.0);
    QCOMPARE(page->payerTab()->measure(), s("solar"));
    QCOMPARE(subsidyFigure->text(), subsidyBefore);
    // Redo: the edit again.
    window.findChild<QAction *>(s("redoAction"))->trigger();
    QCOMPARE(document->plan().residents.split(s("solar"))->capex, edited);
    QCOMPARE(cellPercent(table, Party::Government, 0), 60.0);

    // Typed, then Revert: the plan's split shown again, nothing pushed.
    typeInCell(table, partyRow(Party::Other), 1, s("25"));
    QVERIFY(!list->isEnabled());
    // A change of the source meanwhile (its own undo step) keeps the shares typed.
    auto *source = page->findChild<QLineEdit *>(s("payerSourceEdit"));
    source->setFocus();
    source->selectAll();
    QTest::keyClicks(source, s("Agreement of 2025"));
    QTest::keyClick(source, Qt::Key_Return);
    QCOMPARE(document->plan().residents.split(s("solar"))->source, s("Agreement of 2025"));
    QCOMPARE(cellPercent(table, Party::Other, 1), 25.0);
    QVERIFY(!list->isEnabled());
    QVERIFY(page->payerTab()->hasDraft());
    QTest::mouseClick(page->findChild<QPushButton *>(s("payerRevertButton")), Qt::LeftButton);
    QCOMPARE(cellPercent(table, Party::Other, 1), 0.0);
    QVERIFY(list->isEnabled());
    QCOMPARE(document->plan().residents.split(s("solar"))->capex, edited);
}

// Solar's investment in its first year: the government pays a fixed 24 000 (typed in the
// fixed-amounts box), the property company (100 % of the shares) the rest; undone.
void TestResidentsPage::fixedAmountsThroughTheBox()
{
    MainWindow window;
    ResidentsPage *page = showShenzhenResidents(window);
    QVERIFY(page);
    PlanDocument *document = window.document();
    page->tabs()->setCurrentWidget(page->payerTab());
    chooseMeasure(page->findChild<QListWidget *>(s("payerMeasureList")), s("solar"));
    FixedAmountsBox *box = page->payerTab()->fixedAmounts();
    QVERIFY(box && box->isEnabled());
    auto *list = box->findChild<QComboBox *>(s("fixedListComboBox"));
    auto *party = box->findChild<QComboBox *>(s("fixedPartyComboBox"));
    auto *year = box->findChild<QSpinBox *>(s("fixedAmountsYearSpinBox"));
    auto *amount = box->findChild<QDoubleSpinBox *>(s("fixedAmountsAmountSpinBox"));
    auto *add = box->findChild<QPushButton *>(s("fixedAmountsAddButton"));
    QVERIFY(list && party && year && amount && add);
    list->setCurrentIndex(list->findData(int(ShareList::Capex)));
    party->setCurrentIndex(party->findData(int(Party::Government)));
    const int first = document->plan().findMeasure(s("solar"))->startYear; // 2024
    const int steps = document->undoStack()->count();
    typeInSpin(year, QString::number(first));
    typeInSpin(amount, s("24000"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(box->message().isEmpty(), qPrintable(box->message()));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->plan().residents.split(s("solar"))->capexAmounts,
             (QList<PartyAmounts>{{Party::Government, {{first, 24000}}}}));
    // The shares (property company 100 %) stay; the results split the year's investment:
    // government min(24 000, capex) and the property company the rest.
    const ScenarioResult *result = window.results()->currentResult();
    QVERIFY(result);
    const ResidentsRun run = ResidentsRun::of(document->plan(), *result);
    for (size_t i = 0; i < result->measures.size(); ++i) {
        if (result->measures[i].measureId != s("solar"))
            continue;
        const Eigen::Index t = first - document->plan().community.baseYear;
        const double capex = result->measures[i].capex(t);
        QVERIFY(capex > 0);
        const PayerTable &table = run.measures[i];
        QVERIFY(table.find(Party::Government) && table.find(Party::PropertyCompany));
        const double government = std::min(24000.0, capex);
        QVERIFY(std::abs(table.find(Party::Government)->capex(t) - government) < 1e-6);
        QVERIFY(std::abs(table.find(Party::PropertyCompany)->capex(t) - (capex - government)) <
                1e-6);
        // In the other years the government pays nothing of it.
        QVERIFY(std::abs(table.find(Party::Government)->capex.sum() - government) < 1e-6);
    }
    // The table of the box shows the year; Edit → Undo takes it out of the plan and the box.
    QCOMPARE(box->findChild<QTableWidget *>(s("fixedAmountsTable"))->rowCount(), 1);
    window.findChild<QAction *>(s("undoAction"))->trigger();
    QVERIFY(document->plan().residents.split(s("solar"))->capexAmounts.isEmpty());
    QCOMPARE(box->findChild<QTableWidget *>(s("fixedAmountsTable"))->rowCount(), 0);
}

void TestResidentsPage::householdsSourceAndPreset()
{
    MainWindow window;
    ResidentsPage *page = showShenzhenResidents(window);
    QVERIFY(page);
    PlanDocument *document = window.document();
    auto *list = page->findChild<QListWidget *>(s("payerMeasureList"));
    auto *reach = page->findChild<QComboBox *>(s("householdsReachCombo"));
    auto *reachValue = page->findChild<QDoubleSpinBox *>(s("householdsValueSpinBox"));
    auto *source = page->findChild<QLineEdit *>(s("payerSourceEdit"));
    QVERIFY(list && reach && reachValue && source);
    chooseMeasure(list, s("solar"));
    QCOMPARE(reach->currentIndex(), 0); // all households (the sample gives none)
    QVERIFY(!reachValue->isEnabled());

    // A share of households: half to start with, then 30 % typed.
    reach->setCurrentIndex(2);
    QCOMPARE(document->plan().residents.split(s("solar"))->householdShare,
             std::optional<double>(0.5));
    QVERIFY(reachValue->isEnabled());
    typeInSpin(reachValue, s("30"));
    QVERIFY(std::abs(*document->plan().residents.split(s("solar"))->householdShare - 0.3) < 1e-12);
    // A number: the community's 372 households to start with, then 120 typed.
    reach->setCurrentIndex(1);
    QCOMPARE(document->plan().residents.split(s("solar"))->households,
             std::optional<double>(document->plan().community.households));
    QVERIFY(!document->plan().residents.split(s("solar"))->householdShare);
    typeInSpin(reachValue, s("120"));
    QCOMPARE(document->plan().residents.split(s("solar"))->households, std::optional<double>(120));
    // Back to all.
    reach->setCurrentIndex(0);
    QVERIFY(!document->plan().residents.split(s("solar"))->households);

    // The source, typed.
    source->setFocus();
    source->selectAll();
    QTest::keyClicks(source, s("Owners' meeting 2025"));
    QTest::keyClick(source, Qt::Key_Return);
    QCOMPARE(document->plan().residents.split(s("solar"))->source, s("Owners' meeting 2025"));

    // A measure with no split: the old-compound preset asks the shares of government, residents
    // and sponsors (40 / 30 / 30 here) and gives the split its source, in one step.
    addMeasureWithoutSplit(document);
    chooseMeasure(list, s("park"));
    QVERIFY(!document->plan().residents.split(s("park")));
    const int steps = document->undoStack()->count();
    whenModal([](QWidget *dialog) {
        dialog->findChild<QDoubleSpinBox *>(s("presetShareSpinBox_government"))->setValue(40);
        dialog->findChild<QDoubleSpinBox *>(s("presetShareSpinBox_residents"))->setValue(30);
        dialog->findChild<QDoubleSpinBox *>(s("presetShareSpinBox_sponsors"))->setValue(30);
        QVERIFY(!dialog->findChild<QLabel *>(s("presetSumLabel"))->text().contains(s("must")));
        static_cast<QDialog *>(dialog)->accept();
    });
    auto *presetButton = page->findChild<QToolButton *>(s("payerPresetButton"));
    QVERIFY(presetButton && presetButton->menu());
    QAction *oldCompound = nullptr;
    for (QAction *action : presetButton->menu()->actions()) {
        if (action->objectName() == s("preset_old_compound_renovation"))
            oldCompound = action;
    }
    QVERIFY(oldCompound);
    oldCompound->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const PayerSplit *greening = document->plan().residents.split(s("park"));
    QVERIFY(greening);
    QCOMPARE(greening->capex,
             (QList<PartyShare>{
                 {Party::Residents, 0.3}, {Party::Government, 0.4}, {Party::Sponsors, 0.3}}));
    QCOMPARE(greening->source, PayerPresets::oldCompoundRenovation().source);
    QVERIFY(!measureItem(list, s("park"))->text().contains(s("no split")));
    QCOMPARE(source->text(), greening->source);
    // Shares not adding up (50 / 30 / 0): refused with the reason, the plan unchanged.
    whenModal([](QWidget *dialog) {
        dialog->findChild<QDoubleSpinBox *>(s("presetShareSpinBox_government"))->setValue(50);
        dialog->findChild<QDoubleSpinBox *>(s("presetShareSpinBox_residents"))->setValue(30);
        QVERIFY(dialog->findChild<QLabel *>(s("presetSumLabel"))->text().contains(s("must")));
        static_cast<QDialog *>(dialog)->accept();
    });
    oldCompound->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY2(page->payerTab()->message().contains(s("80 %")),
             qPrintable(page->payerTab()->message()));
    QCOMPARE(document->plan().residents.split(s("park"))->capex.size(), 3);
}

void TestResidentsPage::fundingIncomeAndAffordability()
{
    MainWindow window;
    ResidentsPage *page = showShenzhenResidents(window);
    QVERIFY(page);
    PlanDocument *document = window.document();
    page->tabs()->setCurrentWidget(page->fundingTab());
    auto *funding = page->findChild<QTableWidget *>(s("fundingTable"));
    QVERIFY(funding);
    QCOMPARE(funding->rowCount(), 2);
    QCOMPARE(funding->item(0, 0)->text(), s("近零碳排放区试点资助"));
    auto *amounts = page->findChild<QTableWidget *>(s("fundingAmountsTable"));
    QVERIFY(amounts);
    QCOMPARE(amounts->rowCount(), 6); // 2024–2029
    const Residents before = document->plan().residents;

    // Add source: "New funding source", its name editor open: typed over.
    QTest::mouseClick(page->findChild<QPushButton *>(s("addFundingButton")), Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.size(), 3);
    QCOMPARE(document->plan().residents.funding.at(2).name, s("New funding source"));
    QCOMPARE(page->fundingTab()->currentSource(), 2);
    typeInCell(funding, 2, 0, s("Building crowdfunding"));
    QCOMPARE(document->plan().residents.funding.at(2).name, s("Building crowdfunding"));
    // Its kind: crowdfunding, so it pays the crowdfunding party's share.
    auto *kind = qobject_cast<QComboBox *>(funding->cellWidget(2, 1));
    QVERIFY(kind);
    const int crowd = kind->findData(int(FundingKind::Crowdfunding));
    kind->setCurrentIndex(crowd);
    emit kind->activated(crowd);
    QCOMPARE(document->plan().residents.funding.at(2).kind, FundingKind::Crowdfunding);
    QCOMPARE(document->plan().residents.funding.at(2).pays(), Party::Crowdfunding);
    // Its amounts: 30 000 in 2027, then 12 000 in 2026 (kept in year order).
    auto *year = page->findChild<QSpinBox *>(s("fundingAmountsYearSpinBox"));
    auto *amount = page->findChild<QDoubleSpinBox *>(s("fundingAmountsAmountSpinBox"));
    auto *addYear = page->findChild<QPushButton *>(s("fundingAmountsAddButton"));
    QVERIFY(year && amount && addYear);
    typeInSpin(year, s("2027"));
    typeInSpin(amount, s("30000"));
    QTest::mouseClick(addYear, Qt::LeftButton);
    typeInSpin(year, s("2026"));
    typeInSpin(amount, s("12000"));
    QTest::mouseClick(addYear, Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.at(2).amounts,
             (QList<YearAmount>{{2026, 12000}, {2027, 30000}}));
    QCOMPARE(amounts->rowCount(), 2);
    // 2027 changed in the table: 35 000.
    typeInCell(amounts, 1, 1, s("35000"));
    QCOMPARE(document->plan().residents.funding.at(2).amounts.at(1), (YearAmount{2027, 35000}));
    // A name another source has: refused, the message says why, the name stays.
    typeInCell(funding, 2, 0, s("社区企业赞助"));
    QVERIFY2(page->fundingTab()->message().contains(s("社区企业赞助")),
             qPrintable(page->fundingTab()->message()));
    QCOMPARE(document->plan().residents.funding.at(2).name, s("Building crowdfunding"));
    QCOMPARE(funding->item(2, 0)->text(), s("Building crowdfunding"));

    // The funding plan counts the new money: the crowdfunding party's sources in 2027 are
    // 35 000 (only this source pays it).
    const ScenarioResult *result = window.results()->currentResult();
    QVERIFY(result);
    const ResidentsRun run = ResidentsRun::of(document->plan(), *result);
    const int base = document->plan().community.baseYear;
    bool found = false;
    for (const FundingLine &line : run.funding.lines) {
        if (line.party == Party::Crowdfunding) {
            QCOMPARE(line.sources[2027 - base], 35000.0);
            QCOMPARE(line.sources[2026 - base], 12000.0);
            found = true;
        }
    }
    QVERIFY(found);

    // Median income: 2030 at 0 refused (the message names it), then 180 000 accepted.
    auto *incomeYear = page->findChild<QSpinBox *>(s("incomeYearSpinBox"));
    auto *incomeAmount = page->findChild<QDoubleSpinBox *>(s("incomeAmountSpinBox"));
    auto *incomeAdd = page->findChild<QPushButton *>(s("incomeAddButton"));
    QVERIFY(incomeYear && incomeAmount && incomeAdd);
    typeInSpin(incomeYear, s("2030"));
    typeInSpin(incomeAmount, s("0"));
    const Residents beforeIncome = document->plan().residents;
    QTest::mouseClick(incomeAdd, Qt::LeftButton);
    QVERIFY2(page->fundingTab()->message().contains(s("Median household income")),
             qPrintable(page->fundingTab()->message()));
    QCOMPARE(document->plan().residents, beforeIncome);
    typeInSpin(incomeAmount, s("180000"));
    QTest::mouseClick(incomeAdd, Qt::LeftButton);
    QVERIFY(page->fundingTab()->message().isEmpty());
    QCOMPARE(document->plan().residents.medianIncome,
             (QList<YearAmount>{{2023, 160000}, {2030, 180000}}));
    // Affordability: 8 % typed; 0 is "not judged".
    auto *afford = page->findChild<QDoubleSpinBox *>(s("affordabilitySpinBox"));
    QVERIFY(afford);
    QCOMPARE(afford->value(), 10.0); // the sample's 0.1
    typeInSpin(afford, s("8"));
    QVERIFY(std::abs(*document->plan().residents.affordabilityShare - 0.08) < 1e-12);

    // Undo everything: the sample's residents exactly.
    while (document->plan().residents != before && document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(document->plan().residents, before);
    QCOMPARE(funding->rowCount(), 2);
}

// File → New: no measures yet, so no split to edit; funding and income through the widgets.
void TestResidentsPage::aNewPlanGetsFundingAndIncome()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.findChild<QAction *>(s("newPlanAction"))->trigger();
    QVERIFY(window.document());
    PlanDocument *document = window.document();
    QVERIFY(window.showPage(s("residents")));
    auto *page = window.findChild<ResidentsPage *>(s("residentsPage"));
    QVERIFY(page);
    auto *list = page->findChild<QListWidget *>(s("payerMeasureList"));
    QCOMPARE(list->count(), document->plan().measures.size());
    if (document->plan().measures.isEmpty()) {
        QVERIFY(page->payerTab()->measure().isEmpty());
        QVERIFY(!page->findChild<QTableWidget *>(s("payerSplitTable"))->isEnabled());
    }
    QVERIFY(document->plan().residents.isEmpty());

    page->tabs()->setCurrentWidget(page->fundingTab());
    QTest::mouseClick(page->findChild<QPushButton *>(s("addFundingButton")), Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.size(), 1);
    QCOMPARE(document->plan().residents.funding.at(0).kind, FundingKind::Subsidy);
    QCOMPARE(document->plan().residents.funding.at(0).pays(), Party::Government);
    const int first = document->plan().community.baseYear + 1;
    typeInSpin(page->findChild<QSpinBox *>(s("fundingAmountsYearSpinBox")), QString::number(first));
    typeInSpin(page->findChild<QDoubleSpinBox *>(s("fundingAmountsAmountSpinBox")), s("50000"));
    QTest::mouseClick(page->findChild<QPushButton *>(s("fundingAmountsAddButton")), Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.at(0).amounts, (QList<YearAmount>{{first, 50000}}));
    // A second "Add source" gets a name of its own.
    QTest::mouseClick(page->findChild<QPushButton *>(s("addFundingButton")), Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.at(1).name, s("New funding source 2"));
    // Remove it again (it is selected).
    QTest::mouseClick(page->findChild<QPushButton *>(s("removeFundingButton")), Qt::LeftButton);
    QCOMPARE(document->plan().residents.funding.size(), 1);
    // The affordability threshold and its source.
    typeInSpin(page->findChild<QDoubleSpinBox *>(s("affordabilitySpinBox")), s("10"));
    QCOMPARE(document->plan().residents.affordabilityShare, std::optional<double>(0.1));
    auto *affordSource = page->findChild<QLineEdit *>(s("affordabilitySourceEdit"));
    affordSource->setFocus();
    QTest::keyClicks(affordSource, s("EPAH 2M"));
    QTest::keyClick(affordSource, Qt::Key_Return);
    QCOMPARE(document->plan().residents.affordabilitySource, s("EPAH 2M"));

    // Undo all of it: the new plan's empty residents section.
    while (document->undoStack()->canUndo() && !document->plan().residents.isEmpty())
        window.findChild<QAction *>(s("undoAction"))->trigger();
    QVERIFY(document->plan().residents.isEmpty());
    QCOMPARE(page->findChild<QTableWidget *>(s("fundingTable"))->rowCount(), 0);
}

QTEST_MAIN(TestResidentsPage)
#include "TestResidentsPage.moc"
