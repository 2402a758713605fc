// The plan's change log (docs/history.md): every undo step made, undone and redone in a
// PlanDocument is recorded with its author, its time, the step's text and the values it changed,
// old → new; an edit that merges into the step before grows its entry; the log is saved with a
// .zeroplan file and its recovery copy and reads back the same; a file of schema 7 opens with
// an empty log and saves as 8; a writer that passes no log (the command line's before it knew
// of logs, a district) keeps the file's.
#include "AddRemoveScenario.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "storage/ChangeLogJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

const QString kAuthor = QStringLiteral("李伟");
const QString kOrganisation = QStringLiteral("新桥社区居委会");

std::unique_ptr<PlanDocument> sample(const QString &recoveryDir)
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    if (!read.plan)
        qFatal("cannot read the Shenzhen sample");
    return PlanDocument::fromPlan(*read.plan, recoveryDir);
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void editUndoRedoAreLogged()
    {
        auto document = sample(m_dir.path());
        document->setAuthor(QStringLiteral("  ") + kAuthor, kOrganisation);
        QSignalSpy logged(document.get(), &PlanDocument::changeLogged);
        const double population = document->plan().community.population;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QUndoStack *stack = document->undoStack();
        stack->push(
            new ChangeValue<double>(document.get(), PlanFields::population(), population + 250));
        QCOMPARE(logged.count(), 1);
        QCOMPARE(document->changeLog().size(), 1);
        const ChangeEntry edit = document->changeLog().first();
        QCOMPARE(edit.kind, ChangeEntry::Kind::Edit);
        QCOMPARE(edit.author, kAuthor); // trimmed
        QCOMPARE(edit.organisation, kOrganisation);
        QCOMPARE(edit.action, stack->text(0));
        QVERIFY(!edit.action.isEmpty());
        QVERIFY(edit.at >= before && edit.at <= QDateTime::currentDateTimeUtc());
        QCOMPARE(edit.changes.size(), 1);
        QCOMPARE(edit.changes[0].path(), QStringLiteral("community.population"));
        QCOMPARE(edit.changes[0].before.toDouble(), population);
        QCOMPARE(edit.changes[0].after.toDouble(), population + 250);

        stack->undo();
        QCOMPARE(document->changeLog().size(), 2);
        const ChangeEntry undo = document->changeLog().at(1);
        QCOMPARE(undo.kind, ChangeEntry::Kind::Undo);
        QCOMPARE(undo.action, edit.action);
        QCOMPARE(undo.changes[0].before.toDouble(), population + 250);
        QCOMPARE(undo.changes[0].after.toDouble(), population);

        stack->redo();
        QCOMPARE(document->changeLog().size(), 3);
        QCOMPARE(document->changeLog().at(2).kind, ChangeEntry::Kind::Redo);
        QCOMPARE(document->changeLog().at(2).changes, edit.changes);

        // Undo, then a new edit: an edit, not a redo.
        stack->undo();
        stack->push(new ChangeValue<double>(document.get(), PlanFields::households(), 1234));
        QCOMPARE(document->changeLog().size(), 5);
        QCOMPARE(document->changeLog().last().kind, ChangeEntry::Kind::Edit);
        QCOMPARE(document->changeLog().last().changes[0].path(),
                 QStringLiteral("community.households"));

        QVERIFY(document->setLastChangeReason(QStringLiteral(" 2025 年人口普查 ")));
        QCOMPARE(document->changeLog().last().reason, QStringLiteral("2025 年人口普查"));
    }

    // Typing on in one field merges into one undo step: one entry, from the first value
    // before to the last after.
    void mergedEditIsOneEntry()
    {
        auto document = sample(m_dir.path());
        const double population = document->plan().community.population;
        QUndoStack *stack = document->undoStack();
        for (int step = 1; step <= 4; ++step)
            stack->push(new ChangeValue<double>(document.get(), PlanFields::population(),
                                                population + step * 10));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document->changeLog().size(), 1);
        const FieldChange &c = document->changeLog().first().changes.first();
        QCOMPARE(c.before.toDouble(), population);
        QCOMPARE(c.after.toDouble(), population + 40);

        // Typed back to where it was: the stack drops the step; the log keeps both ways.
        stack->push(new ChangeValue<double>(document.get(), PlanFields::population(), population));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(document->changeLog().size(), 2);
        QCOMPARE(document->changeLog().last().changes.first().after.toDouble(), population);
        QCOMPARE(document->plan().community.population, population);
    }

    // Saved as a project file, the log reads back the same (the time to the second); the
    // recovery copy has it too; a JSON plan keeps none.
    void savedAndReopened()
    {
        auto document = sample(m_dir.path());
        document->setAuthor(kAuthor, kOrganisation);
        Scenario added = document->plan().scenarios.first();
        added.name = QStringLiteral("Faster");
        document->undoStack()->push(new AddScenario(document.get(), added));
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::households(), 4321));
        QCOMPARE(document->changeLog().size(), 2);
        QVERIFY(document->writeRecovery());
        const PlanStoreResult recovered = PlanStore::load(document->recoveryCopyPath());
        QCOMPARE(recovered.history.changeLog, document->changeLog());

        const QString path = m_dir.filePath(QStringLiteral("logged.zeroplan"));
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        auto reopened = PlanDocument::open(path, m_dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->changeLog(), document->changeLog());
        QCOMPARE(reopened->changeLog().first().changes.first().object(),
                 QStringLiteral("scenarios[Faster]"));

        // A writer that gives no log keeps the file's.
        Plan plan = reopened->plan();
        plan.title = QStringLiteral("Renamed");
        reopened.reset();
        QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
        QCOMPARE(PlanStore::load(path).history.changeLog, document->changeLog());

        const QString json = m_dir.filePath(QStringLiteral("logged.json"));
        QVERIFY2(document->saveAs(json, &error), qPrintable(error));
        QFile written(json);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("change_log"));
    }

    // A file of schema 7 (frozen in tests/fixtures) opens with no log, and an edit saved
    // writes schema 8 with that edit in the log.
    void schema7FileGainsALog()
    {
        const QString path = m_dir.filePath(QStringLiteral("v7.zeroplan"));
        QVERIFY(QFile::copy(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/inherited-v7.zeroplan"),
            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto document = PlanDocument::open(path, m_dir.path(), &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(document->changeLog().isEmpty());
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::households(), 777));
        QVERIFY2(document->save(&error), qPrintable(error));
        const PlanStoreResult saved = PlanStore::load(path);
        QVERIFY(saved.plan);
        QCOMPARE(saved.history.changeLog.size(), 1);
        QCOMPARE(saved.history.changeLog.first().changes.first().after.toDouble(), 777.0);
    }

    // The first file of schema 8 (frozen): inherited-v7.json with a scenario added by
    // zeroplan-cli optimise --save-as --author 李伟 ($ZEROPLAN_ORGANISATION 新桥社区居委会). It
    // loads into logged-v8.json with the log in logged-v8-history.json (zeroplan-cli history
    // --format json then), and loading leaves it as it was.
    void schema8FileStillLoads()
    {
        const QString dir = QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/");
        const QString path = dir + QStringLiteral("logged-v8.zeroplan");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        const PlanReadResult expected = PlanJson::readFile(dir + QStringLiteral("logged-v8.json"));
        QVERIFY(expected.plan);
        QVERIFY(*loaded.plan == *expected.plan);
        QFile history(dir + QStringLiteral("logged-v8-history.json"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QCOMPARE(ChangeLogJson::toJson(loaded.history.changeLog),
                 QJsonDocument::fromJson(history.readAll()).object());
        QCOMPARE(loaded.history.changeLog.size(), 1);
        QCOMPARE(loaded.history.changeLog.first().author, QStringLiteral("李伟"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "TestChangeLog.moc"
