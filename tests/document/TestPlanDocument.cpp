// PlanDocument: opening the sample plans, editing through the undo stack, the unsaved mark,
// Save / Save As in both formats, files that can't be read, and the recovery copy.
#include "AddRemoveScenario.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "RenameScenario.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"
#include "storage/RecoveryFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace zeroplan;

namespace {

QString sample(const char *file)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file);
}

QString shenzhen()
{
    return sample("shenzhen-xinqiao.json");
}

void changePopulation(PlanDocument &document, double population)
{
    document.undoStack()->push(
        new ChangeValue<double>(&document, PlanFields::population(), population));
}

// A process that has exited and been reaped: its id belongs to no running process.
qint64 deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

// Makes the copy's sidecar name a writer that has died, as after a crash.
bool orphan(const QString &copyPath)
{
    QFile sidecar(copyPath.chopped(QStringLiteral("zeroplan").size()) + QStringLiteral("json"));
    if (!sidecar.open(QIODevice::ReadWrite))
        return false;
    QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    QJsonObject writer = json.value(QStringLiteral("writer")).toObject();
    writer.insert(QStringLiteral("pid"), deadPid());
    json.insert(QStringLiteral("writer"), writer);
    return sidecar.resize(0) && sidecar.write(QJsonDocument(json).toJson()) > 0;
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void openSample();
    void editUndoRedo();
    void newDocumentIsValid();
    void saveAsAndReopen_data();
    void saveAsAndReopen();
    void cleanStateFollowsSave();
    void saveUntitledNeedsSaveAs();
    void saveAsUnknownFormat();
    void openFailureNamesFile_data();
    void openFailureNamesFile();
    void planWithErrorsStillOpens();
    void readOnlyFileOpensReadOnly();
    void recoveryCopyIsFoundAfterCrash();
    void recoveryDiscardedOnCloseWithoutSaving();
    void currentScenarioIsSavedWithThePlan_data();
    void currentScenarioIsSavedWithThePlan();
    void currentScenarioFollowsItsScenario();

private:
    QTemporaryDir m_dir;
};

void TestPlanDocument::openSample()
{
    QString error;
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(document->fileFormat(), PlanDocument::FileFormat::Json);
    QCOMPARE(document->displayName(), QStringLiteral("shenzhen-xinqiao.json"));
    QCOMPARE(document->plan(), *PlanJson::readFile(shenzhen()).plan);
    QVERIFY(!document->isModified());
    QVERIFY(!document->isUntitled());
    QVERIFY(!hasErrors(document->problems()));
}

void TestPlanDocument::editUndoRedo()
{
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    QVERIFY(document);
    const Plan original = document->plan();
    QSignalSpy changed(document.get(), &PlanDocument::changed);
    QSignalSpy modified(document.get(), &PlanDocument::modifiedChanged);

    const double population = original.community.population + 500;
    changePopulation(*document, population);
    QCOMPARE(document->plan().community.population, population);
    QVERIFY(document->isModified());
    QCOMPARE(changed.count(), 1);
    const auto event = changed.takeFirst().at(0).value<ChangeEvent>();
    QCOMPARE(event, ChangeEvent::changed(ChangeEvent::Part::Community));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), true);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Change population"));

    document->undoStack()->undo();
    QCOMPARE(document->plan(), original);
    QVERIFY(!document->isModified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), false);

    document->undoStack()->redo();
    QCOMPARE(document->plan().community.population, population);
    QVERIFY(document->isModified());
}

void TestPlanDocument::newDocumentIsValid()
{
    const auto document = PlanDocument::newDocument(2024, m_dir.path());
    QVERIFY(document->isUntitled());
    QVERIFY(!document->isModified());
    QCOMPARE(document->fileFormat(), PlanDocument::FileFormat::None);
    QCOMPARE(document->displayName(), QStringLiteral("Untitled"));
    const Plan &plan = document->plan();
    QCOMPARE(plan.community.baseYear, 2024);
    QCOMPARE(plan.community.horizonEnd, 2060);
    QCOMPARE(plan.community.targets.neutralityYear, std::optional<int>(2060));
    QCOMPARE(plan.scenarios.size(), 1);
    // What a new plan lacks (no activity lines yet) may warn, but nothing in it is wrong.
    QVERIFY(!hasErrors(PlanValidator::validate(plan, FactorLibraryJson::builtIn())));
}

void TestPlanDocument::saveAsAndReopen_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<PlanDocument::FileFormat>("format");
    QTest::newRow("project file") << QStringLiteral("xinqiao.zeroplan")
                                  << PlanDocument::FileFormat::Project;
    QTest::newRow("JSON plan") << QStringLiteral("xinqiao.json") << PlanDocument::FileFormat::Json;
}

void TestPlanDocument::saveAsAndReopen()
{
    QFETCH(QString, fileName);
    QFETCH(PlanDocument::FileFormat, format);
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    QVERIFY(document);
    changePopulation(*document, 12345);
    QSignalSpy renamed(document.get(), &PlanDocument::fileNameChanged);

    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    QVERIFY(!document->isModified());
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(document->filePath(), path);
    QCOMPARE(document->fileFormat(), format);
    QCOMPARE(document->displayName(), fileName);

    const auto reopened = PlanDocument::open(path, m_dir.path(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->fileFormat(), format);
    QCOMPARE(reopened->plan(), document->plan());
    QCOMPARE(reopened->plan().community.population, 12345.0);
}

void TestPlanDocument::cleanStateFollowsSave()
{
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    QVERIFY(document);
    changePopulation(*document, 20000);
    QString error;
    QVERIFY2(document->saveAs(m_dir.filePath(QStringLiteral("clean.zeroplan")), &error),
             qPrintable(error));
    QVERIFY(!document->isModified());

    QSignalSpy modified(document.get(), &PlanDocument::modifiedChanged);
    changePopulation(*document, 21000); // does not merge into the saved step
    QVERIFY(document->isModified());
    QCOMPARE(document->undoStack()->count(), 2);
    document->undoStack()->undo();
    QVERIFY(!document->isModified());
    document->undoStack()->undo(); // before the save: unsaved again
    QVERIFY(document->isModified());
    QCOMPARE(modified.count(), 3);

    document->undoStack()->redo();
    QVERIFY(document->save(&error));
    QVERIFY(!document->isModified());
}

void TestPlanDocument::saveUntitledNeedsSaveAs()
{
    const auto document = PlanDocument::newDocument(2024, m_dir.path());
    QString error;
    QVERIFY(!document->save(&error));
    QVERIFY(error.contains(QStringLiteral("Save As")));
}

void TestPlanDocument::saveAsUnknownFormat()
{
    const auto document = PlanDocument::newDocument(2024, m_dir.path());
    const QString path = m_dir.filePath(QStringLiteral("plan.txt"));
    QString error;
    QVERIFY(!document->saveAs(path, &error));
    QVERIFY(error.contains(QStringLiteral("plan.txt")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(document->isUntitled());
}

void TestPlanDocument::openFailureNamesFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing project") << QStringLiteral("missing.zeroplan") << QByteArray();
    QTest::newRow("missing JSON") << QStringLiteral("missing.json") << QByteArray();
    QTest::newRow("damaged project")
        << QStringLiteral("damaged.zeroplan") << QByteArray("SQLite format 3\0 truncated", 26);
    QTest::newRow("not JSON") << QStringLiteral("notjson.json") << QByteArray("{ \"title\": ");
    QTest::newRow("not a plan") << QStringLiteral("list.json") << QByteArray("[1, 2, 3]");
}

void TestPlanDocument::openFailureNamesFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    const auto document = PlanDocument::open(path, m_dir.path(), &error);
    QVERIFY(!document);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void TestPlanDocument::planWithErrorsStillOpens()
{
    QFile source(shenzhen());
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject community = json.value(QStringLiteral("community")).toObject();
    community.insert(QStringLiteral("horizon_end"), 1990); // before the base year
    json.insert(QStringLiteral("community"), community);
    const QString path = m_dir.filePath(QStringLiteral("wrong.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    QString error;
    const auto document = PlanDocument::open(path, m_dir.path(), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(hasErrors(document->problems()));
    QVERIFY(!document->isReadOnly());
}

void TestPlanDocument::readOnlyFileOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.json"));
    QVERIFY(QFile::copy(shenzhen(), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const auto document = PlanDocument::open(path, m_dir.path(), nullptr);
    QVERIFY(document);
    QVERIFY(document->isReadOnly());
    changePopulation(*document, 1);
    QString error;
    QVERIFY(!document->save(&error));
    QVERIFY2(error.contains(QStringLiteral("readonly.json")), qPrintable(error));
    QVERIFY(document->isModified());
    QVERIFY(document->saveAs(m_dir.filePath(QStringLiteral("writable.json")), &error));
    QVERIFY(!document->isReadOnly());
}

void TestPlanDocument::recoveryCopyIsFoundAfterCrash()
{
    const QString path = m_dir.filePath(QStringLiteral("recover.zeroplan"));
    const QString recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
    auto document = PlanDocument::open(shenzhen(), recoveryDir, nullptr);
    QVERIFY(document);
    QString error;
    QVERIFY(document->saveAs(path, &error));
    QVERIFY(document->writeRecovery(&error)); // nothing unsaved: no copy
    QVERIFY(document->recoveryCopyPath().isEmpty());

    changePopulation(*document, 777);
    QVERIFY2(document->writeRecovery(&error), qPrintable(error));
    const QString copyPath = document->recoveryCopyPath();
    QVERIFY(QFile::exists(copyPath));
    // This process still runs: its copies are not offered (RecoveryFile::find).
    QVERIFY(RecoveryFile::find({path}, recoveryDir).isEmpty());

    QVERIFY(orphan(copyPath)); // as if this session had crashed
    const QList<RecoveryCopy> found = RecoveryFile::find({path}, recoveryDir);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, path);

    const Plan edited = document->plan();
    document.reset(); // closing without discard keeps the copy
    QVERIFY(QFile::exists(copyPath));
    auto recovered = PlanDocument::recover(found.first(), recoveryDir, &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->plan(), edited);
    QCOMPARE(recovered->filePath(), path);
    QVERIFY(recovered->isModified());

    QSignalSpy modified(recovered.get(), &PlanDocument::modifiedChanged);
    QVERIFY2(recovered->save(&error), qPrintable(error));
    QVERIFY(!recovered->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(!QFile::exists(copyPath));
    QCOMPARE(PlanDocument::open(path, recoveryDir, nullptr)->plan(), edited);
}

void TestPlanDocument::recoveryDiscardedOnCloseWithoutSaving()
{
    const QString recoveryDir = m_dir.filePath(QStringLiteral("untitled-recovery"));
    const auto document = PlanDocument::newDocument(2024, recoveryDir);
    changePopulation(*document, 5000);
    QString error;
    QVERIFY2(document->writeRecovery(&error), qPrintable(error));
    const QString copyPath = document->recoveryCopyPath();
    QVERIFY(copyPath.startsWith(recoveryDir));
    QVERIFY(QFile::exists(copyPath));
    QVERIFY(document->discardRecovery(&error));
    QVERIFY(!QFile::exists(copyPath));
}

void TestPlanDocument::currentScenarioIsSavedWithThePlan_data()
{
    saveAsAndReopen_data();
}

// The Shenzhen sample has two scenarios, 稳健 and 全面, and names neither as current: it opens on
// the first. Choosing the second is no undo step but an unsaved change; saved, the file opens
// on it again.
void TestPlanDocument::currentScenarioIsSavedWithThePlan()
{
    QFETCH(QString, fileName);
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    QVERIFY(document);
    QCOMPARE(document->plan().scenarios.size(), 2);
    QCOMPARE(document->currentScenario(), 0);
    QSignalSpy modified(document.get(), &PlanDocument::modifiedChanged);
    QSignalSpy current(document.get(), &PlanDocument::currentScenarioChanged);

    document->setCurrentScenario(1);
    QCOMPARE(document->currentScenario(), 1);
    QCOMPARE(current.count(), 1);
    QVERIFY(document->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(document->undoStack()->count(), 0);
    document->setCurrentScenario(0); // back to the scenario the file opens on
    QVERIFY(!document->isModified());
    QCOMPARE(modified.count(), 2);
    document->setCurrentScenario(7); // clamped to the last
    QCOMPARE(document->currentScenario(), 1);

    const QString path = m_dir.filePath(QStringLiteral("current-") + fileName);
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    QVERIFY(!document->isModified());
    QCOMPARE(modified.count(), 4);
    QCOMPARE(document->plan().currentScenario, QStringLiteral("全面"));
    const auto reopened = PlanDocument::open(path, m_dir.path(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->currentScenario(), 1);
    QCOMPARE(reopened->plan(), document->plan());
    QVERIFY(!reopened->isModified());

    // A plan saved on its first scenario keeps an older file's absent name.
    const auto first = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    const QString firstPath = m_dir.filePath(QStringLiteral("first-") + fileName);
    QVERIFY(first->saveAs(firstPath, &error));
    QCOMPARE(first->plan(), *PlanJson::readFile(shenzhen()).plan);
}

void TestPlanDocument::currentScenarioFollowsItsScenario()
{
    const auto document = PlanDocument::open(shenzhen(), m_dir.path(), nullptr);
    QVERIFY(document);
    document->setCurrentScenario(1); // 全面
    // A scenario added before it: still 全面, now third.
    document->undoStack()->push(
        new AddScenario(document.get(), Scenario{QStringLiteral("新"), QString(), {}}, 0));
    QCOMPARE(document->currentScenario(), 2);
    // Renamed: saved under its new name.
    document->undoStack()->push(new RenameScenario(document.get(), 2, QStringLiteral("全面+")));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("follows.json"));
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    QCOMPARE(PlanJson::readFile(path).plan->currentScenario, QStringLiteral("全面+"));
    // Removed: the one before it is shown.
    document->undoStack()->push(new RemoveScenario(document.get(), 2));
    QCOMPARE(document->currentScenario(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->plan().scenarios.size(), 3);
    // Every scenario removed: none is shown; one added again is.
    while (!document->plan().scenarios.isEmpty())
        document->undoStack()->push(new RemoveScenario(document.get(), 0));
    QCOMPARE(document->currentScenario(), -1);
    document->undoStack()->push(
        new AddScenario(document.get(), Scenario{QStringLiteral("again"), QString(), {}}));
    QCOMPARE(document->currentScenario(), 0);
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "TestPlanDocument.moc"
