// The main window's files, driven as a user would (offscreen, fresh settings): save, close and
// reopen; the title's file name and unsaved mark; a bad CSV applies nothing; closing with
// unsaved work asks; recovery after a crash; dropping a plan file; a file that cannot be read
// leaves the plan open; a reopened plan keeps its scenario; file dialogs start in the last
// folder.
#include "MainWindowTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestMainWindowFiles : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestMainWindowFiles"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void savesClosesAndReopensTheSamePlan();
    void titleShowsTheFileAndTheUnsavedMark();
    void badCsvListsRejectedRowsAndAppliesNothing();
    void closingWithUnsavedWorkAsksFirst();
    void offersRecoveryAfterACrash();
    void droppingAPlanFileOpensIt();
    void aFileThatCannotBeReadLeavesThePlanOpen();
    void reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt_data();
    void reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt();
    void fileDialogsStartInTheLastFolderElseDocuments();
};

void TestMainWindowFiles::savesClosesAndReopensTheSamePlan()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    document->undoStack()->push(
        new ChangeValue<double>(document, PlanFields::population(), 12345.0));
    const Plan edited = document->plan();
    const QString path = m_dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    whenModal([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        // Another test running at once may have left a folder that is gone since.
        files->setDirectory(QFileInfo(path).absolutePath());
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept"); // the dialog's own Save button
    });
    QVERIFY(window->saveAs());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(Preferences::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window->closePlan());
    QVERIFY(!window->document());
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("startPage"))->isVisible());
    QVERIFY(window->openFile(path));
    QCOMPARE(window->document()->plan(), edited);
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window->document()->isModified());
}

void TestMainWindowFiles::titleShowsTheFileAndTheUnsavedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/samples/hangzhou-hemu.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    QCOMPARE(window->windowTitle(), QStringLiteral("title.json[*] — ZeroPlan"));
    QVERIFY(!window->isWindowModified());
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::households(), 9.0));
    QVERIFY(window->isWindowModified());
    document->undoStack()->undo();
    QVERIFY(!window->isWindowModified());
}

void TestMainWindowFiles::badCsvListsRejectedRowsAndAppliesNothing()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan before = window->document()->plan();
    const QString bad =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/activities-bad.csv");
    bool checked = false;
    whenModal([&checked](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("activityImportDialog"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
        QVERIFY(summary);
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("rejected")),
                     qPrintable(summary->text()));
        auto *rejected = dialog->findChild<QAbstractItemView *>(QStringLiteral("rejectedRowsView"));
        QVERIFY(rejected && rejected->model());
        QVERIFY(rejected->model()->rowCount() > 0);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        checked = true;
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(bad)});
    // A drop reaches the widget that accepted the drag's entry, as with a real drag.
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_VERIFY(checked);
    delete mime;
    QCOMPARE(window->currentPage(), MainWindow::Page::Baseline);
    QCOMPARE(window->document()->plan(), before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void TestMainWindowFiles::closingWithUnsavedWorkAsksFirst()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::population(), 7.0));
    QString asked;
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Cancel);
    });
    QVERIFY(!window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
    QVERIFY(window->isVisible());
    QCOMPARE(window->document()->plan().community.population, 7.0);

    asked.clear();
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Discard);
    });
    QVERIFY(window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
}

// A session that crashed left a recovery copy (written by a child process that then ends
// without cleaning up); the next start offers it, and recovering gives the unsaved plan.
void TestMainWindowFiles::offersRecoveryAfterACrash()
{
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
        auto document = PlanDocument::fromPlan(*read.plan, Preferences::recoveryDir());
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::population(), 4321.0));
        _exit(document->writeRecovery() ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    auto window = makeWindow();
    bool offered = false;
    whenModal([&offered](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("recoveryDialog"));
        offered = true;
        dialog->findChild<QPushButton *>(QStringLiteral("recoverButton"))->click();
    });
    window->offerRecovery();
    QVERIFY(offered);
    QVERIFY(window->document());
    QCOMPARE(window->document()->plan().community.population, 4321.0);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    window->document()->discardRecovery();
}

void TestMainWindowFiles::droppingAPlanFileOpensIt()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(":/samples/european-ecodistrict.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    window->openSample(kShenzhen);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_COMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindowFiles::aFileThatCannotBeReadLeavesThePlanOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.zeroplan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a plan");
    file.close();
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan before = window->document()->plan();
    QString message;
    whenModal([&message](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    QVERIFY(!window->openFile(path));
    QVERIFY2(message.contains(QStringLiteral("damaged.zeroplan")), qPrintable(message));
    QCOMPARE(window->document()->plan(), before);
    QCOMPARE(file.size(), qint64(18));
}

void TestMainWindowFiles::reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("project file") << QStringLiteral("current.zeroplan");
    QTest::newRow("JSON plan") << QStringLiteral("current.json");
}

// The key figures' scenario picker chooses the window's scenario; the Report page follows it,
// the plan has unsaved changes, and saved and reopened it shows that scenario again.
void TestMainWindowFiles::reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt()
{
    QFETCH(QString, fileName);
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan &plan = window->document()->plan();
    QCOMPARE(plan.scenarios.size(), 2);                // 稳健 and 全面
    QCOMPARE(window->results()->currentScenario(), 0); // the sample names none: the first
    auto *picker = window->findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
    auto *report = window->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QVERIFY(picker && report);
    QCOMPARE(report->currentIndex(), 0);

    picker->setCurrentIndex(1);
    QCOMPARE(window->results()->currentScenario(), 1);
    QCOMPARE(report->currentIndex(), 1);
    QCOMPARE(report->currentText(), plan.scenarios.at(1).name);
    QVERIFY(window->isWindowModified());
    window->showPage(MainWindow::Page::Report);
    report->setCurrentIndex(0); // and the other way round
    QCOMPARE(picker->currentIndex(), 0);
    QVERIFY(!window->isWindowModified());
    report->setCurrentIndex(1);
    QCOMPARE(picker->currentIndex(), 1);

    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    whenModal([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        // Another test running at once may have left a folder that is gone since.
        files->setDirectory(QFileInfo(path).absolutePath());
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept");
    });
    QVERIFY(window->saveAs());
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->closePlan());
    QVERIFY(window->openFile(path));
    QCOMPARE(window->results()->currentScenario(), 1);
    picker = window->findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
    report = window->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QCOMPARE(picker->currentIndex(), 1);
    QCOMPARE(report->currentIndex(), 1);
    QVERIFY(!window->isWindowModified());
    const QList<QWidget *> pages = window->findChildren<QWidget *>(QStringLiteral("reportPage"));
    QCOMPARE(pages.size(), 1);
}

// Open, Save As, Import, Export Results and Export PDF start in the folder of the file last
// chosen in any of them; before any, in the Documents folder (the home folder if there is
// none), never in the working directory.
void TestMainWindowFiles::fileDialogsStartInTheLastFolderElseDocuments()
{
    const QString workingDir = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path())); // a working directory no dialog may start in
    const QString documents = Preferences::fileDialogFolder();
    QVERIFY(documents != m_dir.path());
    const QString expectedFirst =
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).isDir()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QDir::homePath();
    QCOMPARE(documents, expectedFirst);

    auto window = makeWindow();
    window->openSample(kShenzhen);
    QString seen;
    const auto startFolder = [&seen](QString chosen) {
        return [&seen, chosen](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY2(files, dialog->metaObject()->className());
            seen = QDir(files->directory()).absolutePath();
            if (chosen.isEmpty()) {
                files->reject();
                return;
            }
            // Another test running at once may have left a folder that is gone since.
            files->setDirectory(QFileInfo(chosen).absolutePath());
            files->selectFile(chosen);
            QMetaObject::invokeMethod(files, "accept");
        };
    };
    whenModal(startFolder(QString()));
    window->findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    QCOMPARE(seen, QDir(documents).absolutePath());

    // Saved into a folder of its own: every dialog starts there from now on.
    const QString folder = m_dir.filePath(QStringLiteral("plans"));
    QVERIFY(QDir().mkpath(folder));
    whenModal(startFolder(QDir(folder).filePath(QStringLiteral("saved.zeroplan"))));
    QVERIFY(window->saveAs());
    QCOMPARE(seen, QDir(documents).absolutePath()); // an untitled plan: Documents
    QCOMPARE(Preferences::fileDialogFolder(), folder);

    for (const char *action : {"openAction", "importActivitiesAction", "exportResultsAction"}) {
        seen.clear();
        whenModal(startFolder(QString()));
        window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        QTRY_COMPARE(seen, folder);
    }
    window->showPage(MainWindow::Page::Report);
    seen.clear();
    whenModal(startFolder(QString()));
    window->findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->click();
    QTRY_COMPARE(seen, folder);

    // A remembered folder that is gone: Documents again.
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(Preferences::fileDialogFolder(), documents);
    QVERIFY(QDir::setCurrent(workingDir));
}

QTEST_MAIN(TestMainWindowFiles)
#include "TestMainWindowFiles.moc"
