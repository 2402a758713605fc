// The district in the desktop app (docs/desktop.md, "Districts"), driven offscreen from the
// sample district made in a temporary folder (tests/support/SampleDistrict.h: copies of the
// three sample plans). Opened through the window's open path, the page's key figures and
// league table are the roll-up's, and its base-year net is the hand sum of the three plans'
// own PlanRun results; the league table sorts by tonnes per resident; a community opened in
// place from the table is edited through its Baseline page and the district's net moves by
// exactly that community's change; undo in the community takes it back; a community's
// scenario changed on the district page is one undo step; saving writes the community file
// and its new hash into the link.
#include "FileSnapshot.h"
#include "MainWindowTest.h"
#include "SampleDistrict.h"
#include "baseline/BaselinePage.h"
#include "common/PickerChoice.h"
#include "district/CommunityBar.h"
#include "district/DistrictFlags.h"
#include "district/DistrictPage.h"
#include "district/DistrictWorkspace.h"
#include "district/LeagueFilterProxy.h"
#include "district/LeagueTable.h"
#include "district/LeagueTableModel.h"
#include "district/SmallMultiples.h"
#include "engine/PlanRun.h"
#include "storage/PlanFileReader.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QTabWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr double kTolerance = 1e-6; // tCO₂e: the same doubles summed in another order

// The net emissions of `plan`'s scenario named `scenario`, base year to horizon end.
YearSeries netOf(const Plan &plan, const QString &scenario)
{
    for (const Scenario &s : plan.scenarios)
        if (s.name == scenario)
            return PlanRun::run(plan, FactorLibraryJson::builtIn(), {&s})
                .result.scenarios.front()
                .net;
    qFatal("no scenario %s", qPrintable(scenario));
}

QAction *actionNamed(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestDistrictPage : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestDistrictPage"); }
    void init();
    void cleanup() { cleanupWindowTest(); }

    void opensWithTheRollupsFigures();
    void sortsTheLeagueTableByTonnesPerResident();
    void filtersTheLeagueTableByType();
    void communityEditedInPlaceMovesTheDistrict();
    void changesAScenarioUndoably();
    void savesTheCommunityAndItsLink();
    void savingInTheCommunityTakesItsHash();
    void closingAsksAboutUnsavedChanges();
    void smallMultiplesPaintOnlyWhatIsInView();
    void languageSwitchRebuildsThePage();

private:
    std::unique_ptr<MainWindow> openDistrict();
    DistrictPage *page(MainWindow *window) const;
    int proxyRowOf(MainWindow *window, int member) const;
    void doubleClickRow(MainWindow *window, int member);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;
};

void TestDistrictPage::init()
{
    initWindowTest();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_path = makeSampleDistrict(m_tmp->path());
    QVERIFY(!m_path.isEmpty());
}

std::unique_ptr<MainWindow> TestDistrictPage::openDistrict()
{
    auto window = makeWindow();
    if (!window->openFile(m_path))
        return {};
    return window;
}

DistrictPage *TestDistrictPage::page(MainWindow *window) const
{
    return window->district() ? window->district()->page() : nullptr;
}

int TestDistrictPage::proxyRowOf(MainWindow *window, int member) const
{
    LeagueFilterProxy *proxy = page(window)->leagueProxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, 0).data(LeagueTableModel::MemberRole).toInt() == member)
            return row;
    return -1;
}

// As a user opens a community: the League table tab, a double-click on its name.
void TestDistrictPage::doubleClickRow(MainWindow *window, int member)
{
    DistrictPage *districtPage = page(window);
    districtPage->findChild<QTabWidget *>(QStringLiteral("districtTabs"))->setCurrentIndex(1);
    auto *table = districtPage->findChild<QTableView *>(QStringLiteral("leagueTable"));
    QVERIFY(table && table->isVisible());
    const QModelIndex cell =
        table->model()->index(proxyRowOf(window, member), LeagueTableModel::Name);
    QVERIFY(cell.isValid());
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

void TestDistrictPage::opensWithTheRollupsFigures()
{
    auto window = openDistrict();
    QVERIFY(window);
    QVERIFY(!window->document()); // the district's page, not a plan
    DistrictPage *districtPage = page(window.get());
    QVERIFY(districtPage && districtPage->isVisible());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Sample district")));
    DistrictDocument *district = window->district()->document();
    const DistrictRollup &rollup = district->rollup();
    QCOMPARE(rollup.size(), 3);

    // The base-year net by hand: each sample's own run of the scenario the district counts
    // for it (全面, 深化行动（2050 碳中和）, Net zero 2040), all three starting in 2023.
    double byHand = 0;
    for (int i = 0; i < 3; ++i)
        byHand += netOf(district->member(i).plan, district->member(i).scenario)[0];
    const DistrictFigures &figures = districtPage->figures();
    QCOMPARE(figures.baseYear, 2023);
    QVERIFY(qAbs(figures.baseNet - byHand) < kTolerance);
    QVERIFY(qAbs(figures.baseNet - rollup.net()[0]) < kTolerance);
    // The target year is the latest of the three targets (2030, 2050, 2040).
    QCOMPARE(figures.targetYear, 2050);
    QVERIFY(qAbs(figures.targetNet - rollup.net()[2050 - 2023]) < kTolerance);
    QVERIFY(figures.reduction);
    QVERIFY(qAbs(*figures.reduction - (1 - figures.targetNet / figures.baseNet)) < 1e-12);
    const std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
    int neutral = 0;
    for (const LeagueRow &row : rows)
        neutral += row.neutralityYear && *row.neutralityYear <= row.targetYear ? 1 : 0;
    QCOMPARE(figures.neutralByTarget, neutral);
    QCOMPARE(figures.communities, 3);
    // As shown.
    QCOMPARE(districtPage->findChild<QLabel *>(QStringLiteral("districtBaseNetValue"))->text(),
             NumberFormat::tonnesPerYear(byHand));
    QCOMPARE(districtPage->findChild<QLabel *>(QStringLiteral("districtTargetNetCaption"))->text(),
             QStringLiteral("Net emissions 2050"));
    QCOMPARE(districtPage->findChild<QLabel *>(QStringLiteral("districtNeutralValue"))->text(),
             QStringLiteral("%1 of 3").arg(neutral));

    // The league table: the roll-up's rows, one per community.
    LeagueTableModel *model = districtPage->leagueModel();
    QCOMPARE(model->rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(model->index(r, LeagueTableModel::Name).data().toString(), rows[size_t(r)].name);
        QCOMPARE(model->index(r, LeagueTableModel::BaseGross)
                     .data(LeagueTableModel::SortRole)
                     .toDouble(),
                 rows[size_t(r)].baseGross);
        QCOMPARE(model->index(r, LeagueTableModel::TargetNet)
                     .data(LeagueTableModel::SortRole)
                     .toDouble(),
                 rows[size_t(r)].targetNet);
        QCOMPARE(model->index(r, LeagueTableModel::Scenario).data().toString(),
                 district->member(r).scenario);
    }
    // A small chart per community, on one scale that holds every one of them.
    auto *multiples = districtPage->findChild<SmallMultiples *>();
    QVERIFY(multiples);
    QCOMPARE(multiples->tileCount(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(multiples->scaleMax() >=
                rollup.contribution(i, DistrictRollup::Bau).maxCoeff() - kTolerance);
    // The flags, as DistrictFlags gives them.
    auto *flags = districtPage->findChild<QListWidget *>(QStringLiteral("districtFlagsList"));
    DistrictFlagOptions options;
    options.currentYear = QDate::currentDate().year();
    const std::vector<DistrictFlag> expected = DistrictFlags::of(rollup, rows, options);
    QCOMPARE(flags->count(), expected.empty() ? 1 : int(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY(flags->item(int(i))->text().startsWith(expected[i].message));
    // Every link read: the link list says so, no notice.
    auto *links = districtPage->findChild<QListWidget *>(QStringLiteral("districtLinksList"));
    QCOMPARE(links->count(), 1);
    QVERIFY(!districtPage->findChild<QLabel *>(QStringLiteral("districtLinkNotice"))->isVisible());
}

void TestDistrictPage::sortsTheLeagueTableByTonnesPerResident()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictPage *districtPage = page(window.get());
    districtPage->findChild<QTabWidget *>(QStringLiteral("districtTabs"))->setCurrentIndex(1);
    auto *table = districtPage->findChild<QTableView *>(QStringLiteral("leagueTable"));
    QHeaderView *header = table->horizontalHeader();
    const int column = LeagueTableModel::GrossPerResident;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 4, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), column);
    // The order LeagueTable::sort gives, by tCO₂e per resident.
    std::vector<LeagueRow> rows = LeagueTable::rows(window->district()->document()->rollup());
    LeagueTable::sort(rows, LeagueColumn::GrossPerResident, header->sortIndicatorOrder());
    QAbstractItemModel *shown = table->model();
    for (int r = 0; r < 3; ++r)
        QCOMPARE(shown->index(r, 0).data(LeagueTableModel::MemberRole).toInt(),
                 rows[size_t(r)].index);
    for (int r = 1; r < 3; ++r) {
        const double a = shown->index(r - 1, column).data(LeagueTableModel::SortRole).toDouble();
        const double b = shown->index(r, column).data(LeagueTableModel::SortRole).toDouble();
        QVERIFY(header->sortIndicatorOrder() == Qt::AscendingOrder ? a <= b : a >= b);
    }
}

void TestDistrictPage::filtersTheLeagueTableByType()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictPage *districtPage = page(window.get());
    auto *type = districtPage->findChild<QComboBox *>(QStringLiteral("leagueTypeFilter"));
    type->setCurrentIndex(type->findData(communityTypeId(CommunityType::New)));
    // Only the European sample is a new-build community.
    QCOMPARE(districtPage->leagueProxy()->rowCount(), 1);
    QCOMPARE(districtPage->leagueProxy()->index(0, 0).data(LeagueTableModel::MemberRole).toInt(),
             2);
    type->setCurrentIndex(0);
    QCOMPARE(districtPage->leagueProxy()->rowCount(), 3);
    // Households from 1 to 1 keep none of them.
    districtPage->findChild<QSpinBox *>(QStringLiteral("leagueMinHouseholds"))->setValue(1);
    districtPage->findChild<QSpinBox *>(QStringLiteral("leagueMaxHouseholds"))->setValue(1);
    QCOMPARE(districtPage->leagueProxy()->rowCount(), 0);
}

void TestDistrictPage::communityEditedInPlaceMovesTheDistrict()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    const double before = page(window.get())->figures().baseNet;
    const Plan original = district->member(1).plan;
    const QString scenario = district->member(1).scenario;

    doubleClickRow(window.get(), 1);
    QCOMPARE(window->districtMember(), 1);
    PlanDocument *community = window->document();
    QVERIFY(community);
    QCOMPARE(community->plan(), original);
    auto *bar = window->findChild<CommunityBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(bar->text().contains(district->member(1).name));
    QVERIFY(bar->text().contains(QStringLiteral("Sample district")));
    QVERIFY(bar->text().contains(scenario)); // the scenario the district counts for it
    // The normal pages: the Baseline page, and its first line's amount doubled in its table.
    window->showPage(MainWindow::Page::Baseline);
    auto *baseline = window->findChild<BaselinePage *>();
    QVERIFY(baseline);
    ActivityTableModel *activities = baseline->activityModel();
    const double amount = original.activities[0].amount;
    QVERIFY(amount > 0);
    QVERIFY(activities->setData(activities->index(0, ActivityTableModel::AmountColumn),
                                QString::number(amount * 2, 'f', 3)));
    const Plan edited = community->plan();
    QVERIFY(qAbs(edited.activities[0].amount - amount * 2) < 1e-3);
    // The community's own change, by its own run; the district's roll-up already has it.
    const double change = netOf(edited, scenario)[0] - netOf(original, scenario)[0];
    QVERIFY(qAbs(change) > 1);
    QVERIFY(qAbs(district->rollup().net()[0] - (before + change)) < kTolerance);
    QVERIFY(window->isWindowModified());

    // Back: the page shows the new figure.
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("backToDistrictButton")),
                      Qt::LeftButton);
    QVERIFY(!window->document());
    QCOMPARE(window->districtMember(), -1);
    QVERIFY(!bar->isVisible());
    DistrictPage *districtPage = page(window.get());
    QVERIFY(districtPage->isVisible());
    QVERIFY(qAbs(districtPage->figures().baseNet - (before + change)) < kTolerance);
    QCOMPARE(districtPage->findChild<QLabel *>(QStringLiteral("districtBaseNetValue"))->text(),
             NumberFormat::tonnesPerYear(before + change));
    QCOMPARE(districtPage->selectedCommunity(), 1);

    // In again: the same document, its history kept; Edit → Undo there takes the edit back.
    doubleClickRow(window.get(), 1);
    QCOMPARE(window->document(), community);
    QAction *undo = actionNamed(window.get(), "undoAction");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(community->plan(), original);
    bar->findChild<QPushButton *>(QStringLiteral("backToDistrictButton"))->click();
    QVERIFY(qAbs(page(window.get())->figures().baseNet - before) < kTolerance);
    QVERIFY(!district->isModified());
    // The district's own stack is Edit → Undo's again: nothing to undo there.
    QVERIFY(!undo->isEnabled());
}

void TestDistrictPage::changesAScenarioUndoably()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    DistrictPage *districtPage = page(window.get());
    const YearSeries before = district->rollup().net();
    const Plan plan = district->member(2).plan;
    const YearSeries delta =
        netOf(plan, QStringLiteral("Cautious")) - netOf(plan, QStringLiteral("Net zero 2040"));
    QVERIFY(delta.abs().maxCoeff() > 1);
    // The scenario cell offers the plan's scenarios (ChoiceDelegate's combo sets the pick).
    QAbstractItemModel *shown =
        districtPage->findChild<QTableView *>(QStringLiteral("leagueTable"))->model();
    const QModelIndex cell = shown->index(proxyRowOf(window.get(), 2), LeagueTableModel::Scenario);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const auto choices = cell.data(ChoicesRole).value<QList<PickerChoice>>();
    QCOMPARE(choices.size(), plan.scenarios.size() + 1);
    QVERIFY(shown->setData(cell, QStringLiteral("Cautious"), Qt::EditRole));
    QCOMPARE(district->member(2).scenario, QStringLiteral("Cautious"));
    QCOMPARE(district->undoStack()->count(), 1);
    QVERIFY((district->rollup().net() - before - delta).abs().maxCoeff() < kTolerance);
    const int targetIndex = districtPage->figures().targetYear - 2023;
    QVERIFY(qAbs(districtPage->figures().targetNet - (before[targetIndex] + delta[targetIndex])) <
            kTolerance);
    QCOMPARE(
        shown->index(proxyRowOf(window.get(), 2), LeagueTableModel::Scenario).data().toString(),
        QStringLiteral("Cautious"));
    QVERIFY(window->isWindowModified());
    // Edit → Undo follows the page: the district's step, named.
    QAction *undo = actionNamed(window.get(), "undoAction");
    QVERIFY2(undo->text().contains(QStringLiteral("Change scenario of")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(district->member(2).scenario, QStringLiteral("Net zero 2040"));
    QVERIFY((district->rollup().net() - before).abs().maxCoeff() < kTolerance);
    QVERIFY(!window->isWindowModified());
    // The type, the same way.
    const QModelIndex type = shown->index(proxyRowOf(window.get(), 0), LeagueTableModel::Type);
    QVERIFY(shown->setData(type, communityTypeId(CommunityType::Rural), Qt::EditRole));
    QCOMPARE(district->district().communities[0].type, CommunityType::Rural);
    undo->trigger();
    QCOMPARE(district->district().communities[0].type, CommunityType::Existing);
}

void TestDistrictPage::savesTheCommunityAndItsLink()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    const QString file = district->memberFilePath(0);
    const QByteArray others[] = {sha256(district->memberFilePath(1)),
                                 sha256(district->memberFilePath(2))};
    doubleClickRow(window.get(), 0);
    QCOMPARE(window->districtMember(), 0);
    window->showPage(MainWindow::Page::Baseline);
    ActivityTableModel *activities = window->findChild<BaselinePage *>()->activityModel();
    const double amount = window->document()->plan().activities[0].amount;
    QVERIFY(activities->setData(activities->index(0, ActivityTableModel::AmountColumn),
                                QString::number(amount + 1000, 'f', 3)));
    window->findChild<QPushButton *>(QStringLiteral("backToDistrictButton"))->click();
    // File → Save on the district's page: the community's file and the district's.
    actionNamed(window.get(), "saveAction")->trigger();
    QVERIFY(!window->isWindowModified());
    QVERIFY(!window->district()->isModified());
    PlanFileResult read = PlanFileReader::read(file);
    QVERIFY(read.plan);
    QVERIFY(qAbs(read.plan->activities[0].amount - (amount + 1000)) < 1e-3);
    QCOMPARE(sha256(district->memberFilePath(1)), others[0]);
    QCOMPARE(sha256(district->memberFilePath(2)), others[1]);
    window.reset(); // closes the district, lets go of the plans' locks

    DistrictStoreResult stored = DistrictStore::load(m_path);
    QVERIFY(stored.ok());
    QCOMPARE(stored.district->communities[0].sha256, DistrictLoader::fileHash(file));
    // Opened again: no link "changed", the edit there.
    auto again = openDistrict();
    QVERIFY(again);
    for (const LinkState &link : again->district()->document()->links())
        QCOMPARE(link.status, LinkStatus::Ok);
    QVERIFY(qAbs(again->district()->document()->member(0).plan.activities[0].amount -
                 (amount + 1000)) < 1e-3);
}

void TestDistrictPage::savingInTheCommunityTakesItsHash()
{
    auto window = openDistrict();
    QVERIFY(window);
    DistrictDocument *district = window->district()->document();
    QVERIFY(window->openCommunity(2));
    window->showPage(MainWindow::Page::Baseline);
    ActivityTableModel *activities = window->findChild<BaselinePage *>()->activityModel();
    const double amount = window->document()->plan().activities[0].amount;
    QVERIFY(activities->setData(activities->index(0, ActivityTableModel::AmountColumn),
                                QString::number(amount * 3, 'f', 3)));
    QVERIFY(district->isMemberModified(2));
    // File → Save inside the community saves the community alone.
    const QByteArray districtBytes = sha256(m_path);
    actionNamed(window.get(), "saveAction")->trigger();
    QVERIFY(!window->document()->isModified());
    QVERIFY(!district->isMemberModified(2));
    QCOMPARE(sha256(m_path), districtBytes);
    // The link's new hash is the district's unsaved change until the district is saved.
    QVERIFY(district->isModified());
    window->backToDistrict();
    QVERIFY(window->isWindowModified());
    actionNamed(window.get(), "saveAction")->trigger();
    QVERIFY(!district->isModified());
    DistrictStoreResult stored = DistrictStore::load(m_path);
    QVERIFY(stored.ok());
    QCOMPARE(stored.district->communities[2].sha256,
             DistrictLoader::fileHash(district->memberFilePath(2)));
}

void TestDistrictPage::closingAsksAboutUnsavedChanges()
{
    auto window = openDistrict();
    QVERIFY(window);
    QVERIFY(window->openCommunity(1));
    window->showPage(MainWindow::Page::Baseline);
    ActivityTableModel *activities = window->findChild<BaselinePage *>()->activityModel();
    QVERIFY(activities->setData(activities->index(0, ActivityTableModel::AmountColumn),
                                QStringLiteral("1")));
    QString asked;
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Cancel);
    });
    QVERIFY(!window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
    QCOMPARE(window->districtMember(), 1);
    const QByteArray before = sha256(window->district()->document()->memberFilePath(1));
    asked.clear();
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Discard);
    });
    QVERIFY(window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
    QCOMPARE(sha256(window->district()->document()->memberFilePath(1)), before);
}

// A district of 400 communities (the Hangzhou sample 400 times, run once: the roll-up finds
// the same inputs by their key): every one has its tile, but a paint of the scroll area's
// view paints only the rows in view, 3 or 4 rows of tiles, not 400 tiles.
void TestDistrictPage::smallMultiplesPaintOnlyWhatIsInView()
{
    PlanFileResult read = PlanFileReader::read(kSamplesDir + QStringLiteral("/hangzhou-hemu.json"));
    QVERIFY(read.plan);
    std::vector<DistrictMember> members(400);
    for (size_t i = 0; i < members.size(); ++i)
        members[i] = {QStringLiteral("Community %1").arg(i + 1), *read.plan, QString(),
                      CommunityType::Existing};
    DistrictRollup rollup(FactorLibraryJson::builtIn(), 2023, 2060);
    rollup.setMembers(members);
    QScrollArea scroll;
    scroll.resize(900, 600);
    scroll.setWidgetResizable(true);
    auto *multiples = new SmallMultiples;
    scroll.setWidget(multiples);
    multiples->setRollup(rollup);
    scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scroll));
    QCOMPARE(multiples->tileCount(), 400);
    const int perRow = multiples->columns();
    QVERIFY(perRow >= 2);
    // Every row is there to scroll to.
    QVERIFY(multiples->height() >= multiples->tileRect(399).bottom());
    multiples->repaint();
    const int rowsInView = 600 / SmallMultiples::kTileHeight + 2;
    QVERIFY2(multiples->paintedTiles() > 0 && multiples->paintedTiles() <= rowsInView * perRow,
             qPrintable(QString::number(multiples->paintedTiles())));
    // The last tile, scrolled to, is painted and found where it is drawn.
    scroll.ensureVisible(0, multiples->tileRect(399).center().y());
    multiples->repaint();
    QCOMPARE(multiples->tileAt(multiples->tileRect(399).center()), 399);
    QVERIFY(multiples->paintedTiles() <= rowsInView * perRow);
}

// Switching the language rebuilds the district's page, still shown, with the same figures.
void TestDistrictPage::languageSwitchRebuildsThePage()
{
    auto window = openDistrict();
    QVERIFY(window);
    const double before = page(window.get())->figures().baseNet;
    QPointer<DistrictPage> old = page(window.get());
    Language::install(QStringLiteral("zh_CN"));
    QTRY_VERIFY(!old); // the old page went, a new one came
    QVERIFY(page(window.get()));
    QVERIFY(page(window.get())->isVisible());
    QCOMPARE(page(window.get())->figures().baseNet, before);
}

QTEST_MAIN(TestDistrictPage)
#include "TestDistrictPage.moc"
