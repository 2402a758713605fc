// Where a project file was checked out from (docs/server.md, "Check-out and check-in";
// docs/project-file.md, schema 11): kept through save and load, absent from a file never
// checked out and from every older file, never holding a password, and the frozen file of
// schema 11 (tests/fixtures/zeroplan/README.md) still read as it was written. A damaged row
// is refused by name and the file left untouched.
#include "FileSnapshot.h"
#include "server/SharedStore.h"
#include "storage/PlanStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kFixtures = QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/");

} // namespace

class TestSharedCheckoutFile : public QObject
{
    Q_OBJECT

private slots:
    void schema11FileStillLoads()
    {
        const QString path = kFixtures + QStringLiteral("checked-out-v11.zeroplan");
        const QByteArray before = bytesOf(path);
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        const PlanStoreResult v10 =
            PlanStore::load(kFixtures + QStringLiteral("reviewed-v10.zeroplan"));
        QVERIFY(v10.plan);
        QCOMPARE(*loaded.plan, *v10.plan);
        QCOMPARE(loaded.history.review, v10.history.review);
        QVERIFY(!v10.history.checkout); // schema 10 knows no check-out
        QVERIFY(loaded.history.checkout);
        const SharedCheckout &c = *loaded.history.checkout;
        QCOMPARE(c.server, QStringLiteral("host=db.nanshan.example dbname=zeroplan user=li_wei "
                                          "sslmode=verify-full"));
        QCOMPARE(c.community, 7);
        QCOMPARE(c.communityName, QStringLiteral("新桥社区"));
        QCOMPARE(c.revision, 3);
        QCOMPARE(c.at, QDateTime(QDate(2026, 12, 7), QTime(9, 30, 0, 250), Qt::UTC));
        QCOMPARE(c.login, QStringLiteral("li_wei"));
        QCOMPARE(loaded.history.versions.size(), 3);
        QCOMPARE(loaded.history.versions.last().name,
                 QStringLiteral("checked out for the committee"));
        QCOMPARE(bytesOf(path), before);
    }

    void keptThroughSaveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
        const PlanStoreResult loaded =
            PlanStore::load(kFixtures + QStringLiteral("checked-out-v11.zeroplan"));
        QVERIFY(loaded.plan);
        PlanHistory history = loaded.history;
        history.checkout->revision = 4;
        history.checkout->at = QDateTime(QDate(2026, 12, 8), QTime(10, 0, 0, 5), Qt::UTC);
        QString error;
        QVERIFY2(PlanStore::save(*loaded.plan, history, path, &error), qPrintable(error));
        QCOMPARE(PlanStore::load(path).history.checkout, history.checkout);
        history.checkout.reset();
        QVERIFY2(PlanStore::save(*loaded.plan, history, path, &error), qPrintable(error));
        QVERIFY(!PlanStore::load(path).history.checkout);
    }

    void passwordNeverKept()
    {
        // What a check-out keeps of the connection string: the same keywords, no password,
        // values with spaces quoted as libpq reads them.
        QString error;
        QCOMPARE(SharedStore::cleanServer(QStringLiteral("host=db.example.org password=s3cret "
                                                         "dbname=zeroplan user=li "
                                                         "application_name='zero plan'"),
                                          &error),
                 QStringLiteral("host=db.example.org dbname=zeroplan user=li "
                                "application_name='zero plan'"));
        QVERIFY(error.isEmpty());
        QVERIFY(SharedStore::cleanServer(QStringLiteral("host=x port=seven"), &error).isEmpty());
        QCOMPARE(error,
                 QStringLiteral("the connection string’s port “seven” is not a port number"));
        QVERIFY(SharedStore::cleanServer(QStringLiteral("host=x sslpassword=y"), &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("the connection string names “sslpassword”, which "
                                                 "ZeroPlan does not pass on")),
                 qPrintable(error));
        QVERIFY(SharedStore::cleanServer(QStringLiteral("db.example.org"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("is not a connection string")), qPrintable(error));
        QVERIFY(SharedStore::cleanServer(QStringLiteral("user='li"), &error).isEmpty());
        QCOMPARE(error,
                 QStringLiteral("the connection string’s value of user has no closing quote"));
    }

    void damagedRowIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.zeroplan"));
        QVERIFY(QFile::copy(kFixtures + QStringLiteral("checked-out-v11.zeroplan"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE shared_checkout SET revision = 'three'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const QByteArray before = bytesOf(path);
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(!loaded.plan);
        QCOMPARE(loaded.problems.size(), 1);
        const QString error = loaded.problems.first().toString();
        QVERIFY2(error.contains(QStringLiteral("shared_checkout.revision is not an integer")),
                 qPrintable(error));
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestSharedCheckoutFile)
#include "TestSharedCheckoutFile.moc"
