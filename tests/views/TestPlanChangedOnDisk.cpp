// Two writers on one plan, in the app (issue 12): the window holds the plan's lock while it is
// open, notices when another program changes the file (QFileSystemWatcher) and offers to
// reload, and at Save asks before writing over a change it has not seen: Overwrite, Reload,
// Save As… or Cancel. Before, Ctrl+S with unsaved edits wrote over a line zeroplan-cli had
// just imported, without a word (saveAsksBeforeWritingOverAChange reproduces that: the
// other program adds a line, the user saves).
//
// The plan is tests/fixtures/import/plan-2023.json (4 activity lines; the first, id
// "homes-electricity", 6,000,000 kWh) saved as a .zeroplan. "Their" change is a fifth line,
// id "their-line", written with PlanStore::save by a program that ignores the lock; "our"
// edit sets the first line's amount to 4242 in the Baseline page's activity table.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "PlanDocument.h"
#include "baseline/ActivityTableModel.h"
#include "present/Language.h"
#include "present/Preferences.h"
#include "storage/PlanJson.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace zeroplan;

namespace {

constexpr qsizetype kPlanLines = 4;
constexpr double kOurAmount = 4242;

// The visible QMessageBox called `name`, if there is one.
QMessageBox *messageBox(const QString &name)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(window);
        if (box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

// Watches for the message box `name` and, once it is up, runs `act` on it (a box shown with
// exec() blocks the test until `act` closes it). Stop it with stop() if it never comes.
class BoxWatch : public QObject
{
public:
    BoxWatch(const QString &name, std::function<void(QMessageBox *)> act)
        : m_name(name), m_act(std::move(act))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QMessageBox *box = messageBox(m_name);
            if (!box)
                return;
            m_timer.stop();
            m_seen = true;
            m_act(box);
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QString m_name;
    std::function<void(QMessageBox *)> m_act;
    QTimer m_timer;
    bool m_seen = false;
};

void clickNamed(QMessageBox *box, const QString &button)
{
    auto *b = box->findChild<QPushButton *>(button);
    QVERIFY2(b, qPrintable(button));
    b->click();
}

Plan fixturePlan()
{
    PlanReadResult result = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json"));
    if (!result.ok())
        qFatal("plan-2023.json does not read");
    return std::move(*result.plan);
}

// The fixture with a fifth line, as another program writes it.
Plan theirPlan()
{
    Plan plan = fixturePlan();
    ActivityLine line = plan.activities.first();
    line.id = QStringLiteral("their-line");
    line.amount = 777;
    plan.activities.append(line);
    return plan;
}

Plan onDisk(const QString &path)
{
    PlanStoreResult stored = PlanStore::load(path);
    if (!stored.plan)
        return {};
    return std::move(*stored.plan);
}

bool hasLine(const Plan &plan, const QString &id)
{
    return std::any_of(plan.activities.cbegin(), plan.activities.cend(),
                       [&id](const ActivityLine &l) { return l.id == id; });
}

} // namespace

class TestPlanChangedOnDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveAsksBeforeWritingOverAChange_data();
    void saveAsksBeforeWritingOverAChange();
    void ownSaveIsNotAChange();
    void watcherOffersReloadWithoutUnsavedEdits();
    void watcherKeepMineAsksOnceThenSaveStillAsks();
    void openPlanIsLockedAgainstTheCli();
    void planLockedElsewhereOpensButSaveWaitsForTheLock();

private:
    std::unique_ptr<MainWindow> openWindow();
    // Our edit: the first line's amount, typed into the Baseline page's table.
    void editFirstAmount(MainWindow *window, double amount = kOurAmount);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestPlanChangedOnDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPlanChangedOnDisk"));
}

void TestPlanChangedOnDisk::init()
{
    Preferences::clear();
    QDir(Preferences::recoveryDir()).removeRecursively();
    Language::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("plan.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(fixturePlan(), m_path, &error), qPrintable(error));
}

void TestPlanChangedOnDisk::cleanup()
{
    // Every window is gone by now: no lock file, no temporary file is left beside the plan.
    if (m_dir)
        QCOMPARE(test::entries(m_dir->path()), QStringList(QStringLiteral("plan.zeroplan")));
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestPlanChangedOnDisk::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    window->show();
    if (!window->openFile(m_path))
        return {};
    return window;
}

void TestPlanChangedOnDisk::editFirstAmount(MainWindow *window, double amount)
{
    window->showPage(MainWindow::Page::Baseline);
    auto *table = window->findChild<QTableView *>(QStringLiteral("activityTableView"));
    QVERIFY(table);
    QVERIFY(table->model()->setData(table->model()->index(0, ActivityTableModel::AmountColumn),
                                    QString::number(amount)));
    QCOMPARE(window->document()->plan().activities.first().amount, amount);
    QVERIFY(window->document()->isModified());
}

void TestPlanChangedOnDisk::saveAsksBeforeWritingOverAChange_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("overwrite") << QStringLiteral("overwriteButton");
    QTest::newRow("reload") << QStringLiteral("reloadButton");
    QTest::newRow("cancel") << QStringLiteral("cancelButton");
}

void TestPlanChangedOnDisk::saveAsksBeforeWritingOverAChange()
{
    QFETCH(QString, button);
    auto window = openWindow();
    QVERIFY(window);
    const double firstAmount = window->document()->plan().activities.first().amount;
    QVERIFY(firstAmount != kOurAmount);
    editFirstAmount(window.get());
    QVERIFY(!window->document()->changedOnDisk());

    QString error;
    QVERIFY2(PlanStore::save(theirPlan(), m_path, &error), qPrintable(error));
    const QByteArray theirs = test::sha256(m_path);
    QVERIFY(window->document()->changedOnDisk());

    BoxWatch watch(QStringLiteral("planChangedOnSaveBox"),
                   [button](QMessageBox *box) { clickNamed(box, button); });
    window->findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QVERIFY(watch.seen());

    const Plan file = onDisk(m_path);
    const Plan &open = window->document()->plan();
    if (button == QLatin1String("overwriteButton")) {
        // Ours replaced theirs: four lines, the first 4242; nothing unsaved.
        QCOMPARE(file.activities.size(), kPlanLines);
        QCOMPARE(file.activities.first().amount, kOurAmount);
        QVERIFY(!hasLine(file, QStringLiteral("their-line")));
        QVERIFY(!window->document()->isModified());
        QVERIFY(!window->document()->changedOnDisk());
    } else if (button == QLatin1String("reloadButton")) {
        // Theirs is open now: five lines, the first as it was; our edit is gone, not undoable.
        QCOMPARE(test::sha256(m_path), theirs);
        QCOMPARE(open.activities.size(), kPlanLines + 1);
        QVERIFY(hasLine(open, QStringLiteral("their-line")));
        QCOMPARE(open.activities.first().amount, firstAmount);
        QVERIFY(!window->document()->isModified());
        QCOMPARE(window->document()->undoStack()->count(), 0);
        QVERIFY(!window->document()->changedOnDisk());
    } else {
        // Nothing happened: theirs on disk, ours in the window, still unsaved.
        QCOMPARE(test::sha256(m_path), theirs);
        QCOMPARE(open.activities.size(), kPlanLines);
        QCOMPARE(open.activities.first().amount, kOurAmount);
        QVERIFY(window->document()->isModified());
        QVERIFY(window->document()->changedOnDisk());
    }
    // The question was asked: the watcher does not ask about the same change again.
    BoxWatch again(QStringLiteral("planChangedOnDiskBox"),
                   [](QMessageBox *box) { clickNamed(box, QStringLiteral("keepButton")); });
    QTest::qWait(800);
    QVERIFY(!again.seen());
}

void TestPlanChangedOnDisk::ownSaveIsNotAChange()
{
    auto window = openWindow();
    QVERIFY(window);
    editFirstAmount(window.get());
    BoxWatch any(QStringLiteral("planChangedOnSaveBox"), [](QMessageBox *box) { box->reject(); });
    BoxWatch watcher(QStringLiteral("planChangedOnDiskBox"),
                     [](QMessageBox *box) { clickNamed(box, QStringLiteral("keepButton")); });
    QVERIFY(window->save());
    QCOMPARE(onDisk(m_path).activities.first().amount, kOurAmount);
    // Our own save replaced the file (a new inode): the watch follows it, and no question.
    QTest::qWait(800);
    QVERIFY(!any.seen());
    QVERIFY(!watcher.seen());
    QVERIFY(!window->document()->changedOnDisk());
    // A second save, after the watch was set again, is no change either.
    editFirstAmount(window.get(), 5000);
    QVERIFY(window->save());
    QCOMPARE(onDisk(m_path).activities.first().amount, 5000.0);
    QTest::qWait(800);
    QVERIFY(!any.seen());
    QVERIFY(!watcher.seen());
}

void TestPlanChangedOnDisk::watcherOffersReloadWithoutUnsavedEdits()
{
    auto window = openWindow();
    QVERIFY(window);
    bool reloadIsDefault = false;
    BoxWatch watch(QStringLiteral("planChangedOnDiskBox"), [&reloadIsDefault](QMessageBox *box) {
        reloadIsDefault = box->defaultButton() &&
                          box->defaultButton()->objectName() == QLatin1String("reloadButton");
        clickNamed(box, QStringLiteral("reloadButton"));
    });
    QString error;
    QVERIFY2(PlanStore::save(theirPlan(), m_path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(watch.seen(), 10000);
    // Nothing unsaved: reloading loses nothing, so it is the default.
    QVERIFY(reloadIsDefault);
    QCOMPARE(window->document()->plan().activities.size(), kPlanLines + 1);
    QVERIFY(hasLine(window->document()->plan(), QStringLiteral("their-line")));
    QVERIFY(!window->document()->isModified());

    // The reloaded file is watched too: a second change is noticed.
    BoxWatch second(QStringLiteral("planChangedOnDiskBox"),
                    [](QMessageBox *box) { clickNamed(box, QStringLiteral("reloadButton")); });
    QVERIFY2(PlanStore::save(fixturePlan(), m_path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(second.seen(), 10000);
    QCOMPARE(window->document()->plan().activities.size(), kPlanLines);
}

void TestPlanChangedOnDisk::watcherKeepMineAsksOnceThenSaveStillAsks()
{
    auto window = openWindow();
    QVERIFY(window);
    editFirstAmount(window.get());
    bool keepIsDefault = false;
    BoxWatch watch(QStringLiteral("planChangedOnDiskBox"), [&keepIsDefault](QMessageBox *box) {
        keepIsDefault = box->defaultButton() &&
                        box->defaultButton()->objectName() == QLatin1String("keepButton");
        clickNamed(box, QStringLiteral("keepButton"));
    });
    QString error;
    QVERIFY2(PlanStore::save(theirPlan(), m_path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(watch.seen(), 10000);
    // Unsaved edits: keeping them is the default.
    QVERIFY(keepIsDefault);
    QCOMPARE(window->document()->plan().activities.first().amount, kOurAmount);
    QVERIFY(window->document()->isModified());

    // Save still asks; Overwrite writes ours.
    BoxWatch atSave(QStringLiteral("planChangedOnSaveBox"),
                    [](QMessageBox *box) { clickNamed(box, QStringLiteral("overwriteButton")); });
    QVERIFY(window->save());
    QVERIFY(atSave.seen());
    const Plan file = onDisk(m_path);
    QCOMPARE(file.activities.size(), kPlanLines);
    QCOMPARE(file.activities.first().amount, kOurAmount);
}

void TestPlanChangedOnDisk::openPlanIsLockedAgainstTheCli()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->document()->holdsLock());
    QVERIFY(QFileInfo::exists(PlanLock::lockPathFor(m_path)));
    const QString csv = QDir(QDir::tempPath())
                            .filePath(QStringLiteral("zeroplan-lock-test-%1.csv")
                                          .arg(QCoreApplication::applicationPid()));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("carrier,amount,unit,year,scope\nelectricity,111,kWh,2023,2\n");
    }
    const QByteArray before = test::sha256(m_path);
    const test::CliRun run =
        test::runCli({QStringLiteral("import"), m_path, QStringLiteral("--activities"), csv});
    QFile::remove(csv);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.errLines(),
             QStringList(m_path + QStringLiteral(": the plan is being edited by "
                                                 "gui_testplanchangedondisk (pid %1 on %2); try "
                                                 "again when it is closed there")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QSysInfo::machineHostName())));
    QCOMPARE(test::sha256(m_path), before);
    // Closing the plan lets go of the lock (cleanup() checks the file is gone).
    QVERIFY(window->closePlan());
    QVERIFY(!QFileInfo::exists(PlanLock::lockPathFor(m_path)));
}

void TestPlanChangedOnDisk::planLockedElsewhereOpensButSaveWaitsForTheLock()
{
    // Another program (here a QLockFile of this test, as PlanLock makes it) holds the plan.
    QLockFile other(PlanLock::lockPathFor(m_path));
    other.setStaleLockTime(0);
    QVERIFY(other.tryLock(0));
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->document()->holdsLock());
    QVERIFY2(window->document()->lockedBy().contains(QStringLiteral("is being edited by")),
             qPrintable(window->document()->lockedBy()));
    // Said at once, without stopping the user.
    QMessageBox *notice = messageBox(QStringLiteral("planInUseBox"));
    QVERIFY(notice);
    QVERIFY(notice->text().contains(
        QStringLiteral("(pid %1 on ").arg(QCoreApplication::applicationPid())));
    notice->accept();
    editFirstAmount(window.get());
    const QByteArray before = test::sha256(m_path);

    // Save while it is held: asked, cancelled, nothing written.
    BoxWatch inUse(QStringLiteral("planInUseOnSaveBox"),
                   [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!window->save());
    QVERIFY(inUse.seen());
    QCOMPARE(test::sha256(m_path), before);
    QVERIFY(window->document()->isModified());

    // Let go elsewhere: Save takes the lock and writes.
    other.unlock();
    QVERIFY(window->save());
    QVERIFY(window->document()->holdsLock());
    QCOMPARE(onDisk(m_path).activities.first().amount, kOurAmount);
    window.reset();
}

QTEST_MAIN(TestPlanChangedOnDisk)
#include "TestPlanChangedOnDisk.moc"
