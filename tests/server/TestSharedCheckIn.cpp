// Check-out and check-in against a real PostgreSQL server (docs/server.md, "Check-out and
// check-in"), started for the test on a private socket, end to end through zeroplan-cli as
// each person's login: a plan checked in to a community for the first time, checked out by
// two editors, changed by both in different values (merged, each keeping the other's change),
// then in the same value (refused with the conflict listed and the file untouched, then
// decided with --prefer), and the server going away before and during a check-in (nothing
// lost: the file byte for byte as it was, the server at its revision, and the same check-in
// done once it is back). A reviewer may check out but not check in; comments travel with the
// plan.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "SharedStoreFixture.h"
#include "server/SharedSync.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kSample =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json");

} // namespace

class TestSharedCheckIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_dir;

    QString server(const QString &login) const
    {
        return m_cluster->connectionString(login, QStringLiteral("zeroplan"));
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // The plan the server holds for Xinqiao now, and its revision, as the superuser reads it.
    std::pair<int, QJsonObject> serverPlan() const
    {
        QSqlDatabase db =
            m_cluster->connect(QStringLiteral("owner"), QLatin1String(PostgresCluster::kSuperuser),
                               QStringLiteral("zeroplan"));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT revision, plan::text FROM zeroplan.plans WHERE "
                                   "community_id = 1")) ||
            !q.next())
            return {0, {}};
        return {q.value(0).toInt(),
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    }

    // Changes `path`'s plan as the app would save it, keeping its history.
    static bool edit(const QString &path, const std::function<void(Plan &)> &change)
    {
        PlanStoreResult read = PlanStore::load(path);
        if (!read.plan)
            return false;
        const std::optional<PlanHistory> history = PlanStore::historyOf(path);
        if (!history)
            return false;
        Plan plan = *read.plan;
        change(plan);
        QString error;
        return PlanStore::save(plan, *history, path, &error);
    }

    static Plan planOf(const QString &path) { return PlanStore::load(path).plan.value_or(Plan{}); }
    static SharedCheckout checkoutOf(const QString &path)
    {
        return PlanStore::historyOf(path)
            .value_or(PlanHistory{})
            .checkout.value_or(SharedCheckout{});
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_cluster = PostgresCluster::start(&why);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for this test: ") + why));
        QVERIFY2(setUpSharedStore(*m_cluster, &why), qPrintable(why));
        QVERIFY(m_dir.isValid());
    }

    void firstCheckInThenCheckOut()
    {
        const QString plan = file(QStringLiteral("draft.zeroplan"));
        CliRun run = runCli({QStringLiteral("convert"), kSample, plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // Not checked out: the community must be named.
        run = runCli({QStringLiteral("checkin"), plan, QStringLiteral("--server"),
                      server(QStringLiteral("editor_a"))});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("--community")), qPrintable(run.err));
        run = runCli({QStringLiteral("checkin"), plan, QStringLiteral("--server"),
                      server(QStringLiteral("editor_a")), QStringLiteral("--community"),
                      QStringLiteral("Xinqiao")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Checked in Xinqiao as revision 1."), run.out.constData());
        const auto [revision, json] = serverPlan();
        QCOMPARE(revision, 1);
        QCOMPARE(json, PlanJson::toJson(planOf(plan)));
        QCOMPARE(checkoutOf(plan).revision, 1);
        QCOMPARE(checkoutOf(plan).communityName, QStringLiteral("Xinqiao"));
        QCOMPARE(checkoutOf(plan).login, QStringLiteral("editor_a"));
        QVERIFY(!checkoutOf(plan).server.contains(QStringLiteral("password")));

        // What each sees: editor_a only Xinqiao (row-level security), as its editor.
        run = runCli({QStringLiteral("communities"), QStringLiteral("--server"),
                      server(QStringLiteral("editor_a")), QStringLiteral("--format"),
                      QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray seen = run.json().value(QStringLiteral("communities")).toArray();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Xinqiao"));
        QCOMPARE(seen.at(0)[QStringLiteral("revision")].toInt(), 1);
        QCOMPARE(seen.at(0)[QStringLiteral("role")].toString(), QStringLiteral("editor"));
        // A value with a space, quoted as libpq reads it, is passed on as one value.
        run = runCli({QStringLiteral("communities"), QStringLiteral("--server"),
                      server(QStringLiteral("officer")) +
                          QStringLiteral(" application_name='ZeroPlan officer'")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Hemu") && run.out.contains("no plan yet") &&
                     run.out.contains("Reader"),
                 run.out.constData());

        for (const QString &login : {QStringLiteral("editor_a"), QStringLiteral("colleague_a")}) {
            const QString out = file(login + QStringLiteral(".zeroplan"));
            run = runCli({QStringLiteral("checkout"), out, QStringLiteral("--server"),
                          server(login), QStringLiteral("--community"), QStringLiteral("1")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QCOMPARE(planOf(out), planOf(plan));
            QCOMPARE(checkoutOf(out).revision, 1);
            QCOMPARE(checkoutOf(out).login, login);
        }
        // A file that exists is never replaced.
        const QByteArray before = bytesOf(file(QStringLiteral("editor_a.zeroplan")));
        run = runCli({QStringLiteral("checkout"), file(QStringLiteral("editor_a.zeroplan")),
                      QStringLiteral("--server"), server(QStringLiteral("editor_a")),
                      QStringLiteral("--community"), QStringLiteral("Xinqiao")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.err));
        QCOMPARE(bytesOf(file(QStringLiteral("editor_a.zeroplan"))), before);
        // editor_b sees no Xinqiao.
        run = runCli({QStringLiteral("checkout"), file(QStringLiteral("b.zeroplan")),
                      QStringLiteral("--server"), server(QStringLiteral("editor_b")),
                      QStringLiteral("--community"), QStringLiteral("Xinqiao")});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("no community “Xinqiao” that editor_b may see")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("b.zeroplan"))));
    }

    void differentValuesMerge()
    {
        const QString mine = file(QStringLiteral("editor_a.zeroplan"));
        const QString theirs = file(QStringLiteral("colleague_a.zeroplan"));
        // The colleague counts 950 residents and checks in first (revision 2) …
        QVERIFY(edit(theirs, [](Plan &p) { p.community.population = 950; }));
        CliRun run = runCli({QStringLiteral("checkin"), theirs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("revision 2."), run.out.constData());
        // … while editor_a, from revision 1, counted 380 households.
        QVERIFY(edit(mine, [](Plan &p) { p.community.households = 380; }));
        run = runCli({QStringLiteral("checkin"), mine});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Checked in Xinqiao as revision 3. Merged with what "
                                  "colleague_a checked in first: 1 value of theirs taken, 0 "
                                  "conflicts decided."),
                 run.out.constData());
        const Plan merged = planOf(mine);
        QCOMPARE(merged.community.population, 950.0);
        QCOMPARE(merged.community.households, 380.0);
        const auto [revision, json] = serverPlan();
        QCOMPARE(revision, 3);
        QCOMPARE(json, PlanJson::toJson(merged));
        QCOMPARE(checkoutOf(mine).revision, 3);
        // The change taken from theirs is in this file's change log, made by the check-in.
        const ChangeLog log = PlanStore::historyOf(mine)->changeLog;
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().action, QStringLiteral("zeroplan-cli checkin"));
        QCOMPARE(log.last().changes.size(), 1);
        QCOMPARE(log.last().changes.first().path(), QStringLiteral("community.population"));
        QCOMPARE(log.last().changes.first().after.toDouble(), 950.0);
    }

    void sameValueConflictsUntilDecided()
    {
        const QString mine = file(QStringLiteral("editor_a.zeroplan"));
        const QString theirs = file(QStringLiteral("colleague_a.zeroplan"));
        // colleague_a's file is at revision 2: checking in merges revision 3 (no conflict).
        QVERIFY(edit(theirs, [](Plan &p) { p.community.population = 960; }));
        CliRun run = runCli({QStringLiteral("checkin"), theirs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(serverPlan().first, 4);
        QVERIFY(edit(mine, [](Plan &p) { p.community.population = 940; }));
        const QByteArray before = bytesOf(mine);
        run = runCli({QStringLiteral("checkin"), mine});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("colleague_a checked in revision 4 first, and 1 "
                                                 "value changed both there and here; nothing "
                                                 "was checked in")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains("community.population") && run.out.contains("950") &&
                     run.out.contains("940") && run.out.contains("960"),
                 run.out.constData());
        QCOMPARE(bytesOf(mine), before);
        QCOMPARE(serverPlan().first, 4);

        run = runCli({QStringLiteral("checkin"), mine, QStringLiteral("--prefer"),
                      QStringLiteral("sideways")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QCOMPARE(bytesOf(mine), before);
        run = runCli({QStringLiteral("checkin"), mine, QStringLiteral("--prefer"),
                      QStringLiteral("theirs")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("1 conflict decided"), run.out.constData());
        QCOMPARE(planOf(mine).community.population, 960.0);
        QCOMPARE(serverPlan().first, 5);
        QCOMPARE(serverPlan().second, PlanJson::toJson(planOf(mine)));
    }

    void serverGoingAwayLosesNothing()
    {
        const QString mine = file(QStringLiteral("editor_a.zeroplan"));
        QVERIFY(edit(mine, [](Plan &p) { p.community.households = 390; }));
        const QByteArray before = bytesOf(mine);
        QString why;
        // Gone before the check-in starts.
        QVERIFY2(m_cluster->stopServer(&why), qPrintable(why));
        CliRun run = runCli({QStringLiteral("checkin"), mine});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("could not be reached")), qPrintable(run.err));
        QCOMPARE(bytesOf(mine), before);
        QVERIFY2(m_cluster->startServer(&why), qPrintable(why));
        QCOMPARE(serverPlan().first, 5);

        // Gone while the check-in is under way: the store was reached, then lost.
        SharedStore store(server(QStringLiteral("editor_a")));
        QVERIFY2(store.open(&why), qPrintable(why));
        QVERIFY2(m_cluster->stopServer(&why), qPrintable(why));
        const CheckInResult lost =
            SharedSync::checkIn(store, planOf(mine), *PlanStore::historyOf(mine));
        QCOMPARE(lost.status, CheckInResult::Status::Failed);
        QVERIFY2(!lost.error.isEmpty(), "a failure says why");
        QCOMPARE(bytesOf(mine), before);
        QVERIFY2(m_cluster->startServer(&why), qPrintable(why));
        QCOMPARE(serverPlan().first, 5);

        // Back: the same check-in goes through, once.
        run = runCli({QStringLiteral("checkin"), mine});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(serverPlan().first, 6);
        QCOMPARE(serverPlan()
                     .second[QStringLiteral("community")][QStringLiteral("households")]
                     .toDouble(),
                 390.0);
    }

    void reviewerChecksOutButNotIn()
    {
        const QString copy = file(QStringLiteral("reviewer.zeroplan"));
        CliRun run = runCli({QStringLiteral("checkout"), copy, QStringLiteral("--server"),
                             server(QStringLiteral("reviewer_a")), QStringLiteral("--community"),
                             QStringLiteral("Xinqiao")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(checkoutOf(copy).revision, 6);
        // A reviewer's comment goes to the server; the edit does not.
        PlanHistory history = *PlanStore::historyOf(copy);
        Remark remark;
        remark.id = PlanReview::newId();
        remark.thread = remark.id;
        remark.target = ReviewTarget::plan();
        remark.at = QDateTime::currentDateTimeUtc();
        remark.author = QStringLiteral("王老师");
        remark.text = QStringLiteral("户数请核实");
        history.review.remarks.append(remark);
        Plan plan = planOf(copy);
        plan.community.population = 1;
        QString why;
        QVERIFY2(PlanStore::save(plan, history, copy, &why), qPrintable(why));
        const QByteArray before = bytesOf(copy);
        run = runCli({QStringLiteral("checkin"), copy});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("permission denied")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("this file is unchanged")), qPrintable(run.err));
        QCOMPARE(bytesOf(copy), before);
        QCOMPARE(serverPlan().first, 6);
        QCOMPARE(serverPlan()
                     .second[QStringLiteral("community")][QStringLiteral("population")]
                     .toDouble(),
                 960.0);
        // The comment reached the server all the same, and comes back with the next check-in
        // of the community's editor.
        const QString mine = file(QStringLiteral("editor_a.zeroplan"));
        QVERIFY(edit(mine, [](Plan &p) { p.community.households = 391; }));
        run = runCli({QStringLiteral("checkin"), mine});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const PlanReview review = PlanStore::historyOf(mine)->review;
        QCOMPARE(review.remarks.size(), 1);
        QCOMPARE(review.remarks.first().text, QStringLiteral("户数请核实"));
        QCOMPARE(review.remarks.first().id, remark.id);
    }

    void districtRolledUpFromTheStore()
    {
        // The district officer rolls Nanshan up from the store: Xinqiao's plan as checked in,
        // Hemu (no plan yet) said and left out. Its BAU for the base year is Xinqiao's own.
        CliRun run = runCli({QStringLiteral("district"), QStringLiteral("Nanshan"),
                             QStringLiteral("--server"), server(QStringLiteral("officer")),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("Hemu")) &&
                     run.err.contains(QStringLiteral("rolled up without it")),
                 qPrintable(run.err));
        const QJsonObject district = run.json().value(QStringLiteral("district")).toObject();
        QCOMPARE(district.value(QStringLiteral("name")).toString(), QStringLiteral("Nanshan"));
        QCOMPARE(district.value(QStringLiteral("communities")).toInt(), 1);
        const QString mine = file(QStringLiteral("editor_a.zeroplan"));
        CliRun alone = runCli(
            {QStringLiteral("simulate"), mine, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.describe()));
        const QJsonArray districtBau =
            run.json()[QStringLiteral("pathway")][QStringLiteral("bau")].toArray();
        const QJsonArray ownBau =
            alone.json()[QStringLiteral("bau")][QStringLiteral("gross")].toArray();
        QVERIFY(!ownBau.isEmpty());
        QCOMPARE(districtBau.size(), ownBau.size());
        for (qsizetype t = 0; t < ownBau.size(); ++t)
            QVERIFY2(qAbs(districtBau.at(t).toDouble() - ownBau.at(t).toDouble()) <= 1e-9,
                     qPrintable(QString::number(t)));
        // A district the login may not see is named, and nothing is printed.
        run = runCli({QStringLiteral("district"), QStringLiteral("Futian"),
                      QStringLiteral("--server"), server(QStringLiteral("editor_b"))});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("no district “Futian” that editor_b may see")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedCheckIn)
#include "TestSharedCheckIn.moc"
