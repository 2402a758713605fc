// The shared store from the window (docs/server.md, "Check-out and check-in"), against a real
// PostgreSQL server the test starts: the sample saved as a project, File → Check In to Shared
// Store asks for the store, lists the communities editor_a may see (only Xinqiao, row-level
// security) and checks the plan in as revision 1. A colleague checks in a new population;
// the editor, having typed another population and a household count into the Community page,
// checks in: the conflict dialog lists the one value both changed (930 before, 940 yours, 950
// theirs), "Theirs" is chosen, and the plan becomes the merge (950 residents, 380 households)
// as one undo step, saved, on the server as revision 3. File → Check Out from Shared Store…
// writes the community's plan to a new file and opens it. With the server stopped, Check In
// says it could not be reached and the file is byte for byte as it was. File → Open District
// from Shared Store… opens Nanshan as the district officer sees it: every community with a plan,
// its base-year BAU the sum of each plan run alone; a community opens only once checked out, and
// the district is not saved. In Chinese, the dialogs speak Chinese.
#include "DistrictDocument.h"
#include "FileSnapshot.h"
#include "MainWindowTest.h"
#include "ModalAnswers.h"
#include "SharedStoreFixture.h"
#include "district/CommunityRun.h"
#include "district/DistrictWorkspace.h"
#include "server/SharedSync.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QAction *actionNamed(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// In the next Shared Store dialog: types `server`, presses Return (which connects), keeps what
// the table shows in *rows (community, revision, role, or district and communities;
// "(disabled)" after one that cannot be chosen) and the status line, and presses Return again,
// which chooses the community selected.
void answerStoreDialog(const QString &server, QStringList *rows, QString *status)
{
    whenModal(
        [=](QWidget *dialog) {
            auto *edit = child<QLineEdit>(dialog, "serverEdit");
            edit->clear();
            QTest::keyClicks(edit, server);
            // Return connects (and does not yet choose).
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            auto *table = child<QTableWidget>(dialog, "communitiesTable");
            // A community's row without its district (column 0); a district's whole.
            const int first = table->columnCount() == 4 ? 1 : 0;
            for (int row = 0; row < table->rowCount(); ++row) {
                QStringList cells;
                for (int column = first; column < table->columnCount(); ++column)
                    cells.append(table->item(row, column)->text());
                rows->append(cells.join(QLatin1Char('|')) +
                             ((table->item(row, first)->flags() & Qt::ItemIsEnabled)
                                  ? QString()
                                  : QStringLiteral(" (disabled)")));
            }
            *status = child<QLabel>(dialog, "statusLabel")->text();
            // Now Return chooses the community selected.
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        [](QWidget *modal) {
            return modal->findChild<QTableWidget *>(QStringLiteral("communitiesTable"));
        });
}

void setSpin(MainWindow *window, const char *name, double value)
{
    auto *box = child<QDoubleSpinBox>(window, name);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestSharedStorePanel : public MainWindowTest
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;

    QString server(const QString &login) const
    {
        return m_cluster->connectionString(login, QStringLiteral("zeroplan"));
    }

    int serverRevision() const
    {
        QSqlDatabase db =
            m_cluster->connect(QStringLiteral("owner"), QLatin1String(PostgresCluster::kSuperuser),
                               QStringLiteral("zeroplan"));
        QSqlQuery q(db);
        return q.exec(
                   QStringLiteral("SELECT revision FROM zeroplan.plans WHERE community_id = 1")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : 0;
    }

private slots:
    void initTestCase()
    {
        initCase("TestSharedStorePanel");
        QString why;
        m_cluster = PostgresCluster::start(&why);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for this test: ") + why));
        QVERIFY2(setUpSharedStore(*m_cluster, &why), qPrintable(why));
    }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }
    void checkInMergeAndCheckOut();
    void districtFromTheStore();
    void inChinese();
};

void TestSharedStorePanel::checkInMergeAndCheckOut()
{
    QTemporaryDir dir; // outlives the window, which holds the plan's lock
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    QVERIFY(!document->checkout());

    // The first check-in: the store, the community, revision 1.
    QStringList rows;
    QString status;
    answerStoreDialog(server(QStringLiteral("editor_a")), &rows, &status);
    actionNamed(window.get(), "checkInAction")->trigger();
    QCOMPARE(rows, QStringList{QStringLiteral("Xinqiao|no plan yet|Editor")});
    QVERIFY2(status.startsWith(QStringLiteral("Signed in as editor_a.")), qPrintable(status));
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Checked in Xinqiao as revision 1."));
    QVERIFY(document->checkout());
    QCOMPARE(document->checkout()->revision, 1);
    QCOMPARE(serverRevision(), 1);
    QVERIFY(!document->isModified());
    QCOMPARE(PlanStore::historyOf(path)->checkout->revision, 1);

    // A colleague checks in 950 residents (revision 2) …
    {
        SharedStore store(server(QStringLiteral("colleague_a")));
        QVERIFY2(store.open(&error), qPrintable(error));
        const std::optional<SharedCommunity> c = store.community(QStringLiteral("Xinqiao"), &error);
        QVERIFY2(c, qPrintable(error));
        std::optional<CheckedOutPlan> theirs = SharedSync::checkOut(store, *c, &error);
        QVERIFY2(theirs, qPrintable(error));
        theirs->plan.community.population = 950;
        const CheckInResult r = SharedSync::checkIn(store, theirs->plan, theirs->history);
        QCOMPARE(r.status, CheckInResult::Status::Done);
        QCOMPARE(r.revision, 2);
    }
    // … while the editor types 940 residents and 380 households on the Community page.
    window->showPage(MainWindow::Page::Community);
    setSpin(window.get(), "populationSpinBox", 940);
    setSpin(window.get(), "householdsSpinBox", 380);
    QCOMPARE(document->plan().community.population, 940.0);
    QCOMPARE(document->plan().community.households, 380.0);

    QStringList conflictRows;
    whenModal(
        [&](QWidget *dialog) {
            auto *table = child<QTableWidget>(dialog, "conflictsTable");
            for (int row = 0; row < table->rowCount(); ++row)
                conflictRows.append(
                    QStringList{table->item(row, 0)->text(), table->item(row, 1)->text(),
                                table->item(row, 2)->text(), table->item(row, 3)->text()}
                        .join(QLatin1Char('|')));
            auto *keep = qobject_cast<QComboBox *>(table->cellWidget(0, 4));
            QCOMPARE(keep->currentText(), QStringLiteral("Yours"));
            keep->setFocus();
            QTest::keyClick(keep, Qt::Key_Down);
            QCOMPARE(keep->currentText(), QStringLiteral("Theirs"));
            static_cast<QDialog *>(dialog)->accept();
        },
        [](QWidget *modal) {
            return modal->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
        });
    actionNamed(window.get(), "checkInAction")->trigger();
    QCOMPARE(conflictRows, QStringList{QStringLiteral("community.population|930|940|950")});
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Checked in Xinqiao as revision 3. Merged with what colleague_a "
                            "checked in first: 0 values of theirs taken, 1 conflict decided."));
    QCOMPARE(document->plan().community.population, 950.0);
    QCOMPARE(document->plan().community.households, 380.0);
    QCOMPARE(serverRevision(), 3);
    QCOMPARE(document->checkout()->revision, 3);
    QVERIFY(!document->isModified());
    QCOMPARE(PlanStore::load(path).plan->community.population, 950.0);
    // The merge is one undo step: undone, the editor's own 940 is back.
    QCOMPARE(document->undoStack()->undoText(),
             QStringLiteral("Merge the plan colleague_a checked in"));
    document->undoStack()->undo();
    QCOMPARE(document->plan().community.population, 940.0);
    document->undoStack()->redo();

    // Check Out from Shared Store…: the plan of revision 3 into a new file, opened.
    const QString copy = dir.filePath(QStringLiteral("copy.zeroplan"));
    rows.clear();
    answerStoreDialog(server(QStringLiteral("officer")), &rows, &status);
    chooseInNextFileDialog(copy);
    actionNamed(window.get(), "checkOutAction")->trigger();
    QCOMPARE(rows, (QStringList{QStringLiteral("Hemu|no plan yet|Reader (disabled)"),
                                QStringLiteral("Xinqiao|3|Reader")}));
    QTRY_COMPARE(window->document()->filePath(), copy);
    QCOMPARE(window->document()->checkout()->revision, 3);
    QCOMPARE(window->document()->plan().community.population, 950.0);
    QCOMPARE(window->document()->plan().community.households, 380.0);

    // The server gone: Check In says so, and the file is as it was.
    QVERIFY(window->openFile(path));
    document = window->document();
    setSpin(window.get(), "householdsSpinBox", 385);
    QVERIFY(window->save());
    const QByteArray before = bytesOf(path);
    QVERIFY2(m_cluster->stopServer(&error), qPrintable(error));
    QString message;
    acknowledgeNextMessage(&message);
    actionNamed(window.get(), "checkInAction")->trigger();
    QVERIFY2(message.contains(QStringLiteral("could not be reached")) &&
                 message.contains(QStringLiteral("Your file is unchanged")),
             qPrintable(message));
    QCOMPARE(bytesOf(path), before);
    QVERIFY2(m_cluster->startServer(&error), qPrintable(error));
    QCOMPARE(serverRevision(), 3);
}

void TestSharedStorePanel::districtFromTheStore()
{
    // Hemu gets its first plan (the Hangzhou sample) from its editor; then the district officer
    // opens Nanshan from the store: every community with a plan is a member, the roll-up's
    // base-year BAU is the sum of each plan run alone, a community opens only once checked
    // out, and the district is not saved.
    QString error;
    {
        SharedStore store(server(QStringLiteral("editor_b")));
        QVERIFY2(store.open(&error), qPrintable(error));
        const std::optional<SharedCommunity> hemu = store.community(QStringLiteral("Hemu"), &error);
        QVERIFY2(hemu, qPrintable(error));
        const PlanReadResult sample = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/hangzhou-hemu.json"));
        QVERIFY(sample.plan);
        const CheckInResult r = SharedSync::checkIn(store, *sample.plan, {}, {}, {}, hemu);
        QCOMPARE(r.status, CheckInResult::Status::Done);
    }
    auto window = makeWindow();
    QStringList rows;
    QString status;
    answerStoreDialog(server(QStringLiteral("officer")), &rows, &status);
    actionNamed(window.get(), "openSharedDistrictAction")->trigger();
    QCOMPARE(rows, QStringList{QStringLiteral("Nanshan|2")});
    QVERIFY(window->district());
    DistrictDocument *district = window->district()->document();
    QVERIFY(district->isFromServer());
    QCOMPARE(district->displayName(), QStringLiteral("Nanshan"));
    // The members are the communities with a plan, each as the store holds it.
    SharedStore officer(server(QStringLiteral("officer")));
    QVERIFY2(officer.open(&error), qPrintable(error));
    double bau = 0;
    int withPlans = 0;
    for (const SharedCommunity &c : officer.communities(&error)) {
        if (c.revision == 0)
            continue;
        ++withPlans;
        const std::optional<SharedPlan> plan = officer.plan(c.id, 0, &error);
        QVERIFY2(plan, qPrintable(error));
        const DistrictMember alone{
            c.name, *PlanJson::read(plan->json).plan, {}, CommunityType::Existing};
        bau +=
            CommunityRun::of(alone, FactorLibraryJson::builtIn(), QDate::currentDate()).baseGross();
    }
    QCOMPARE(district->memberCount(), withPlans);
    QVERIFY(withPlans >= 1);
    QVERIFY(qAbs(district->rollup().bau()[0] - bau) <= 1e-9 * bau);

    QString message;
    acknowledgeNextMessage(&message);
    QVERIFY(!window->openCommunity(0));
    QVERIFY2(message.contains(QStringLiteral("check it out")), qPrintable(message));
    acknowledgeNextMessage(&message);
    QVERIFY(!window->save());
    QVERIFY2(message.contains(QStringLiteral("is not saved")), qPrintable(message));
}

void TestSharedStorePanel::inChinese()
{
    // The officer checks out in Chinese: the menu, the dialog, its columns, the roles and the
    // status line speak Chinese.
    Language::install(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    auto window = makeWindow();
    QAction *checkOut = actionNamed(window.get(), "checkOutAction");
    QCOMPARE(checkOut->text(), QStringLiteral("从共享库签出(&O)…"));
    QCOMPARE(actionNamed(window.get(), "checkInAction")->text(), QStringLiteral("签入共享库(&I)"));
    QStringList rows;
    QString status, title, headers;
    whenModal(
        [&](QWidget *dialog) {
            title = dialog->windowTitle();
            auto *table = child<QTableWidget>(dialog, "communitiesTable");
            for (int column = 0; column < table->columnCount(); ++column)
                headers += table->horizontalHeaderItem(column)->text() + QLatin1Char('|');
            auto *edit = child<QLineEdit>(dialog, "serverEdit");
            edit->clear();
            QTest::keyClicks(edit, server(QStringLiteral("officer")));
            QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
            for (int row = 0; row < table->rowCount(); ++row)
                rows.append(table->item(row, 1)->text() + QLatin1Char('|') +
                            table->item(row, 2)->text() + QLatin1Char('|') +
                            table->item(row, 3)->text());
            status = child<QLabel>(dialog, "statusLabel")->text();
            static_cast<QDialog *>(dialog)->reject();
        },
        [](QWidget *modal) {
            return modal->findChild<QTableWidget *>(QStringLiteral("communitiesTable"));
        });
    checkOut->trigger();
    QCOMPARE(title, QStringLiteral("从共享库签出"));
    QCOMPARE(headers, QStringLiteral("区|社区|版本|您的角色|"));
    QCOMPARE(rows.size(), 2);
    // Hemu: "no plan yet" (尚无方案), or a revision once districtFromTheStore gave it one.
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("Hemu|")) &&
                 rows.at(0).endsWith(QStringLiteral("|读者")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).endsWith(QStringLiteral("|读者")), qPrintable(rows.at(1)));
    QVERIFY2(status.startsWith(QStringLiteral("已登录为 officer。")), qPrintable(status));
}

QTEST_MAIN(TestSharedStorePanel)
#include "TestSharedStorePanel.moc"
