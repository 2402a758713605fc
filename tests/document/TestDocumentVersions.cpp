// A plan's versions as the app makes them (docs/history.md, "Versions"): every save of a
// project file keeps the plan as an automatic version with its author, unless nothing
// changed since the last one; Save Version keeps a named one with its comment; versions are
// written in the same atomic save as the plan, read back the same when the file is opened
// again, go with Save As to a new file and with the recovery copy; a JSON plan keeps none and
// a named version of it is refused with a message, the file untouched; a file of schema 8
// opens without versions and gains its first when saved; the frozen file of schema 9 reads.
#include "ChangeValue.h"
#include "FileSnapshot.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"
#include "storage/VersionJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

using zeroplan::test::bytesOf;

namespace {

Plan shenzhen()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    if (!read.plan)
        qFatal("cannot read the Shenzhen sample");
    return *read.plan;
}

// The plan the version keeps, as the document would have saved it.
Plan planOf(const PlanVersion &version)
{
    const PlanReadResult read = version.read();
    return read.plan.value_or(Plan());
}

} // namespace

class TestDocumentVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void savesMakeVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("xinqiao.zeroplan"));
        auto document = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        document->setAuthor(QStringLiteral("李伟"), QStringLiteral("新桥社区居委会"));
        QSignalSpy versionsChanged(document.get(), &PlanDocument::versionsChanged);
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        QCOMPARE(document->versions().size(), 1);
        QCOMPARE(versionsChanged.count(), 1);
        const PlanVersion first = document->versions().first();
        QCOMPARE(first.number, 1);
        QCOMPARE(first.kind, PlanVersion::Kind::Automatic);
        QCOMPARE(first.author, QStringLiteral("李伟"));
        QCOMPARE(first.organisation, QStringLiteral("新桥社区居委会"));
        QCOMPARE(planOf(first), PlanStore::load(path).plan.value());

        // Nothing changed: a save makes no version.
        QVERIFY2(document->save(&error), qPrintable(error));
        QCOMPARE(document->versions().size(), 1);
        QCOMPARE(versionsChanged.count(), 1);

        // An edit, then a save: a second version, after the edit in the change log.
        const double population = document->plan().community.population;
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::population(), population + 300));
        QVERIFY2(document->save(&error), qPrintable(error));
        QCOMPARE(document->versions().size(), 2);
        QCOMPARE(document->versions().at(1).number, 2);
        QCOMPARE(document->versions().at(1).changeCount, document->changeLog().size());
        QCOMPARE(planOf(document->versions().at(1)).community.population, population + 300);
        QCOMPARE(planOf(document->versions().at(0)).community.population, population);

        // A named version, with its comment.
        QVERIFY2(document->saveVersion(QStringLiteral(" draft for committee 2026-03 "),
                                       QStringLiteral("for the March meeting"), &error),
                 qPrintable(error));
        QCOMPARE(document->versions().size(), 3);
        const PlanVersion named = document->versions().last();
        QCOMPARE(named.kind, PlanVersion::Kind::Named);
        QCOMPARE(named.name, QStringLiteral("draft for committee 2026-03"));
        QCOMPARE(named.comment, QStringLiteral("for the March meeting"));
        QVERIFY(named.isKept());
        QVERIFY(!document->isModified());

        // A name is needed.
        QVERIFY(!document->saveVersion(QStringLiteral("  "), QString(), &error));
        QCOMPARE(error, QStringLiteral("A version needs a name."));
        QCOMPARE(document->versions().size(), 3);

        // Opened again, the file has the same versions; Save As carries them to a new file.
        const PlanVersions versions = document->versions();
        document.reset();
        auto reopened = PlanDocument::open(path, m_dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->versions(), versions);
        const QString copy = m_dir.filePath(QStringLiteral("copy.zeroplan"));
        QVERIFY2(reopened->saveAs(copy, &error), qPrintable(error));
        QCOMPARE(PlanStore::load(copy).history.versions, versions); // the plan is unchanged

        // A version opened: its plan, untitled and unmodified, named after it; one that does
        // not exist is named.
        auto opened = PlanDocument::fromVersion(*reopened, 1, m_dir.path(), &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->plan(), planOf(versions.first()));
        QVERIFY(opened->isUntitled() && !opened->isModified());
        QCOMPARE(opened->displayName(), QStringLiteral("copy.zeroplan, version 1"));
        auto named3 = PlanDocument::fromVersion(*reopened, 3, m_dir.path(), &error);
        QCOMPARE(named3->displayName(),
                 QStringLiteral("copy.zeroplan, version 3 (draft for committee 2026-03)"));
        QVERIFY(!PlanDocument::fromVersion(*reopened, 7, m_dir.path(), &error));
        QCOMPARE(error, QStringLiteral("copy.zeroplan has no version 7."));

        // The recovery copy keeps them too.
        reopened->undoStack()->push(
            new ChangeValue<double>(reopened.get(), PlanFields::households(), 4321));
        QVERIFY(reopened->writeRecovery(&error));
        QCOMPARE(PlanStore::load(reopened->recoveryCopyPath()).history.versions, versions);
    }

    void jsonPlanKeepsNone()
    {
        const QString path = m_dir.filePath(QStringLiteral("xinqiao.json"));
        auto document = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        QVERIFY(document->versions().isEmpty());
        const QByteArray before = bytesOf(path);
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::households(), 4321));
        QVERIFY(!document->saveVersion(QStringLiteral("adopted v2"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("xinqiao.json is a JSON plan, which keeps no "
                                               "versions")),
                 qPrintable(error));
        QCOMPARE(bytesOf(path), before);
        QVERIFY(document->isModified());
    }

    void untitledPlanNeedsAFile()
    {
        auto document = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        QString error;
        QVERIFY(!document->saveVersion(QStringLiteral("adopted v2"), QString(), &error));
        QCOMPARE(error, QStringLiteral("The plan has no file yet: choose one with Save As."));
        QVERIFY(document->versions().isEmpty());
    }

    // The frozen schema-8 fixture: no versions when opened; saved, it is schema 9 with one.
    void schema8GainsVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("logged-v8.zeroplan"));
        QVERIFY(QFile::copy(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/logged-v8.zeroplan"),
            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto document = PlanDocument::open(path, m_dir.path(), &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(document->versions().isEmpty());
        QVERIFY(!document->changeLog().isEmpty());
        QVERIFY2(document->save(&error, PlanDocument::OnDiskChange::Overwrite), qPrintable(error));
        const PlanStoreResult saved = PlanStore::load(path);
        QCOMPARE(saved.history.versions.size(), 1);
        QCOMPARE(saved.history.versions.first().changeCount, document->changeLog().size());
        QCOMPARE(saved.history.changeLog, document->changeLog());
        QCOMPARE(planOf(saved.history.versions.first()), saved.plan.value());
    }

    // The first file of schema 9 (frozen, tests/fixtures/zeroplan/README.md): its versions as
    // the command line listed them when it was made; version 1 the plan of logged-v8.json,
    // version 2 the plan the file holds.
    void schema9FileStillLoads()
    {
        const QString dir = QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/");
        const PlanStoreResult loaded =
            PlanStore::load(dir + QStringLiteral("versioned-v9.zeroplan"));
        QVERIFY(loaded.ok());
        const PlanReadResult expected =
            PlanJson::readFile(dir + QStringLiteral("versioned-v9.json"));
        QVERIFY(expected.ok());
        QCOMPARE(*loaded.plan, *expected.plan);
        QFile listed(dir + QStringLiteral("versioned-v9-versions.json"));
        QVERIFY(listed.open(QIODevice::ReadOnly));
        QCOMPARE(VersionJson::toJson(loaded.history.versions),
                 QJsonDocument::fromJson(listed.readAll()).object());
        QCOMPARE(loaded.history.versions.size(), 2);
        const PlanReadResult logged = PlanJson::readFile(dir + QStringLiteral("logged-v8.json"));
        QCOMPARE(planOf(loaded.history.versions[0]), *logged.plan);
        QCOMPARE(planOf(loaded.history.versions[1]), *loaded.plan);
    }
};

QTEST_GUILESS_MAIN(TestDocumentVersions)
#include "TestDocumentVersions.moc"
