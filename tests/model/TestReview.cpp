// Comments and review (docs/review.md): threads follow their remarks (a reply after a resolve
// opens the thread again), a measure's state is its latest mark's, two reviews merge as the
// union of their remarks and marks (the same whichever way round, a second merge adds
// nothing), a review that does not hang together is named by list, row and field; the
// project file keeps the review through save and load, an older file (schema 9) reads with
// none, a damaged remark row is refused with its row named and the file left as it was; and
// the comments file: written and read back exactly, its damage named at its JSON pointer.
#include "FileSnapshot.h"
#include "review/PlanReview.h"
#include "review/ReviewText.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"
#include "storage/ReviewJson.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

using zeroplan::test::bytesOf;

namespace {

const QDateTime kStart(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

Remark remark(const QString &id, const QString &thread, const ReviewTarget &target, int minute,
              Remark::Kind kind = Remark::Kind::Comment, const QString &text = {})
{
    Remark r;
    r.id = id;
    r.thread = thread;
    r.target = target;
    r.at = kStart.addSecs(60 * minute);
    r.author = QStringLiteral("李伟");
    r.organisation = QStringLiteral("新桥社区居委会");
    r.kind = kind;
    r.text = kind == Remark::Kind::Comment && text.isEmpty() ? QStringLiteral("note ") + id : text;
    return r;
}

ReviewMark mark(const QString &id, const QString &measure, ReviewState state, int minute)
{
    return {id,
            measure,
            state,
            kStart.addSecs(60 * minute),
            QStringLiteral("王芳"),
            QStringLiteral("NGO")};
}

// Two threads on the LED measure and one on a baseline line, resolved and reopened.
PlanReview owners()
{
    PlanReview review;
    const ReviewTarget led = ReviewTarget::measure(QStringLiteral("led"));
    const ReviewTarget line = ReviewTarget::activity(QStringLiteral("res-electricity"));
    review.remarks = {
        remark(QStringLiteral("a1"), QStringLiteral("a1"), led, 0),
        remark(QStringLiteral("b1"), QStringLiteral("b1"), line, 1),
        remark(QStringLiteral("a2"), QStringLiteral("a1"), led, 2),
        remark(QStringLiteral("a3"), QStringLiteral("a1"), led, 3, Remark::Kind::Resolve),
        remark(QStringLiteral("c1"), QStringLiteral("c1"), led, 4),
        remark(QStringLiteral("b2"), QStringLiteral("b1"), line, 5, Remark::Kind::Resolve),
        remark(QStringLiteral("b3"), QStringLiteral("b1"), line, 6, Remark::Kind::Reopen),
    };
    review.marks = {mark(QStringLiteral("m1"), QStringLiteral("led"), ReviewState::UnderReview, 0)};
    return review;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

    Plan m_plan;

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.ok());
        m_plan = *read.plan;
    }

    void threadsFollowTheirRemarks()
    {
        PlanReview review = owners();
        QVERIFY(!review.problem());
        const QList<CommentThread> threads = review.threads();
        QCOMPARE(threads.size(), 3);
        QCOMPARE(threads.at(0).id, QStringLiteral("a1"));
        QCOMPARE(threads.at(0).comments.size(), 2); // the Resolve is no comment
        QVERIFY(threads.at(0).resolved);
        QCOMPARE(threads.at(0).latest.id, QStringLiteral("a3"));
        QVERIFY(!threads.at(1).resolved); // b1: resolved, then opened again
        QVERIFY(!threads.at(2).resolved);
        const ReviewTarget led = ReviewTarget::measure(QStringLiteral("led"));
        QCOMPARE(review.threadsOn(led).size(), 2);
        QCOMPARE(review.openThreadsOn(led), 1);
        QCOMPARE(review.openThreadsOn(ReviewTarget::activity(QStringLiteral("res-electricity"))),
                 1);
        QCOMPARE(review.openThreads(), 2);
        const QHash<QString, int> byObject{{QStringLiteral("measures[led]"), 1},
                                           {QStringLiteral("activities[res-electricity]"), 1}};
        QCOMPARE(review.openThreadsByObject(), byObject);

        // A reply to the resolved thread opens it again.
        review.remarks.append(remark(QStringLiteral("a4"), QStringLiteral("a1"), led, 7));
        QVERIFY(!review.thread(QStringLiteral("a1"))->resolved);
        QCOMPARE(review.openThreadsOn(led), 2);
        QVERIFY(ReviewText::openBadge(2).startsWith(QStringLiteral("2 open comment"))); // %n
        QCOMPARE(ReviewText::openBadge(0), QString());
    }

    void stateIsTheLatestMark()
    {
        PlanReview review = owners();
        QCOMPARE(review.stateOf(QStringLiteral("led")), ReviewState::UnderReview);
        QCOMPARE(review.stateOf(QStringLiteral("solar")), ReviewState::Draft); // no mark
        review.marks.append(
            mark(QStringLiteral("m2"), QStringLiteral("led"), ReviewState::Approved, 10));
        review.marks.append(mark(QStringLiteral("m0"), QStringLiteral("led"), ReviewState::Draft,
                                 -5)); // older: sorted before, so not the latest
        review.sort();
        QCOMPARE(review.stateOf(QStringLiteral("led")), ReviewState::Approved);
        QCOMPARE(review.latestMarkOf(QStringLiteral("led"))->id, QStringLiteral("m2"));
    }

    void mergeIsAUnion()
    {
        const PlanReview owner = owners();
        // The adviser's copy: the owner's review as sent, then a reply, a new thread on a
        // scenario, an approval.
        PlanReview adviser = owner;
        adviser.remarks.append(remark(QStringLiteral("x1"), QStringLiteral("c1"),
                                      ReviewTarget::measure(QStringLiteral("led")), 8));
        adviser.remarks.append(remark(QStringLiteral("y1"), QStringLiteral("y1"),
                                      ReviewTarget::scenario(QStringLiteral("Ambitious")), 9));
        adviser.marks.append(
            mark(QStringLiteral("m2"), QStringLiteral("led"), ReviewState::Approved, 9));
        // Meanwhile the owner resolved thread c1.
        PlanReview ownerNow = owner;
        ownerNow.remarks.append(remark(QStringLiteral("c2"), QStringLiteral("c1"),
                                       ReviewTarget::measure(QStringLiteral("led")), 7,
                                       Remark::Kind::Resolve));
        int added = -1;
        const PlanReview merged = ownerNow.merged(adviser, &added);
        QCOMPARE(added, 3); // x1, y1, m2
        QCOMPARE(merged.remarks.size(), owner.remarks.size() + 3);
        QCOMPARE(merged.marks.size(), 2);
        QVERIFY(!merged.problem());
        // The adviser's reply at 9:08 came after the owner's resolve at 9:07: open again.
        QVERIFY(!merged.thread(QStringLiteral("c1"))->resolved);
        QCOMPARE(merged.stateOf(QStringLiteral("led")), ReviewState::Approved);
        // Either way round, the same review; a second merge adds nothing.
        int back = -1;
        QCOMPARE(adviser.merged(ownerNow, &back).remarks, merged.remarks);
        QCOMPARE(back, 1); // c2
        int again = -1;
        QCOMPARE(merged.merged(adviser, &again), merged);
        QCOMPARE(again, 0);
    }

    void problemsAreNamed_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << 0 << QStringLiteral("comments") << 1 << QStringLiteral("id")
                               << QStringLiteral("the comment has no id");
        QTest::newRow("id twice") << 1 << QStringLiteral("comments") << 2 << QStringLiteral("id")
                                  << QStringLiteral("the id \"a1\" is used by another comment");
        QTest::newRow("no words") << 2 << QStringLiteral("comments") << 0 << QStringLiteral("text")
                                  << QStringLiteral("the comment has no words");
        QTest::newRow("thread nowhere")
            << 3 << QStringLiteral("comments") << 2 << QStringLiteral("thread")
            << QStringLiteral("the thread \"zz\" starts nowhere");
        QTest::newRow("other object")
            << 4 << QStringLiteral("comments") << 2 << QStringLiteral("on")
            << QStringLiteral("it is on measures[solar] but its thread is on measures[led]");
        QTest::newRow("mark without time")
            << 5 << QStringLiteral("review_states") << 0 << QStringLiteral("at")
            << QStringLiteral("the time is missing");
    }

    void problemsAreNamed()
    {
        QFETCH(int, damage);
        PlanReview review = owners();
        switch (damage) {
        case 0:
            review.remarks[1].id.clear();
            break;
        case 1:
            review.remarks[2].id = QStringLiteral("a1");
            break;
        case 2:
            review.remarks[0].text = QStringLiteral("  ");
            break;
        case 3:
            review.remarks[2].thread = QStringLiteral("zz");
            break;
        case 4:
            review.remarks[2].target = ReviewTarget::measure(QStringLiteral("solar"));
            break;
        case 5:
            review.marks[0].at = {};
            break;
        }
        const std::optional<PlanReview::Problem> problem = review.problem();
        QVERIFY(problem);
        QTEST(problem->list, "list");
        QTEST(int(problem->index), "index");
        QTEST(problem->field, "field");
        QTEST(problem->message, "message");
    }

    void targetsByName()
    {
        QCOMPARE(ReviewTarget::measure(QStringLiteral("led")).object(),
                 QStringLiteral("measures[led]"));
        QCOMPARE(ReviewTarget::fromObject(QStringLiteral("scenarios[Ambitious [2]]")),
                 std::optional(ReviewTarget::scenario(QStringLiteral("Ambitious [2]"))));
        QCOMPARE(ReviewTarget::fromObject(QStringLiteral("plan")), ReviewTarget::plan());
        QVERIFY(!ReviewTarget::fromObject(QStringLiteral("measures[]")));
        QVERIFY(!ReviewTarget::fromObject(QStringLiteral("people[x]")));
        QCOMPARE(ReviewText::targetName(m_plan, ReviewTarget::activity(QStringLiteral("x"))),
                 QStringLiteral("Baseline line x (no longer in the plan)"));
        QCOMPARE(
            ReviewText::targetName(m_plan, ReviewTarget::activity(QStringLiteral("cooking-gas"))),
            QStringLiteral("Baseline line cooking-gas"));
        // Every object a comment can be on: the plan, then each list in the plan's order.
        const QList<ReviewTarget> targets = ReviewText::targets(m_plan);
        QCOMPARE(targets.size(), 1 + m_plan.activities.size() + m_plan.factors.size() +
                                     m_plan.measures.size() + m_plan.scenarios.size());
        QCOMPARE(targets.at(1), ReviewTarget::activity(m_plan.activities.first().id));
    }

    void keptInTheProjectFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
        PlanHistory history;
        history.review = owners();
        history.review.copyOf = ReviewCopy{QStringLiteral("xinqiao.zeroplan"), kStart,
                                           QStringLiteral("李伟"), QString()};
        QString error;
        QVERIFY2(PlanStore::save(m_plan, history, path, &error), qPrintable(error));
        PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        QCOMPARE(loaded.history.review, history.review);
        // A writer that knows nothing of the review keeps it.
        QVERIFY2(PlanStore::save(m_plan, path, &error), qPrintable(error));
        QCOMPARE(PlanStore::load(path).history.review, history.review);
    }

    void olderFileReadsWithNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.zeroplan"));
        QVERIFY(QFile::copy(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/versioned-v9.zeroplan"),
            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        QVERIFY(loaded.history.review.isEmpty());
        QVERIFY(!loaded.history.versions.isEmpty()); // the rest of its history is there
        PlanHistory history = loaded.history;
        history.review = owners();
        QString error;
        QVERIFY2(PlanStore::save(*loaded.plan, history, path, &error), qPrintable(error));
        QCOMPARE(PlanStore::load(path).history, history);
    }

    // The frozen file of schema 10 (tests/fixtures/zeroplan/README.md): its plan, its review
    // as the comments file beside it has it, read the same, and the file left as it was.
    void schema10FileStillLoads()
    {
        const QString dir = QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/");
        const QString path = dir + QStringLiteral("reviewed-v10.zeroplan");
        const QByteArray before = bytesOf(path);
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        const PlanReadResult plan = PlanJson::readFile(dir + QStringLiteral("versioned-v9.json"));
        QVERIFY(plan.plan);
        QCOMPARE(*loaded.plan, *plan.plan);
        const ReviewJson::ReadResult comments =
            ReviewJson::readFile(dir + QStringLiteral("reviewed-v10-comments.json"));
        QVERIFY(comments.review);
        QCOMPARE(loaded.history.review, *comments.review);
        const PlanReview &review = loaded.history.review;
        QCOMPARE(review.remarks.size(), 4);
        QCOMPARE(review.threads().size(), 2);
        QVERIFY(review.threads().at(0).resolved); // the heat pumps: answered, then resolved
        QCOMPARE(review.threads().at(0).comments.size(), 2);
        QCOMPARE(review.openThreadsOn(ReviewTarget::activity(QStringLiteral("homes-gas"))), 1);
        QCOMPARE(review.stateOf(QStringLiteral("heat-pumps")), ReviewState::Approved);
        QCOMPARE(review.latestMarkOf(QStringLiteral("heat-pumps"))->at,
                 QDateTime(QDate(2026, 3, 21), QTime(9, 0, 5), Qt::UTC));
        QCOMPARE(review.remarks.at(2).at.time().msec(), 250); // milliseconds kept
        QCOMPARE(loaded.history.versions.size(), 2);
        QCOMPARE(bytesOf(path), before);
    }

    void damagedRowIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.zeroplan"));
        PlanHistory history;
        history.review = owners();
        QString error;
        QVERIFY2(PlanStore::save(m_plan, history, path, &error), qPrintable(error));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE remarks SET thread = 'gone' WHERE id = 'a2'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const QByteArray before = bytesOf(path);
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(!loaded.plan);
        QVERIFY(!loaded.problems.isEmpty());
        const QString message = loaded.problems.first().toString();
        QVERIFY2(message.contains(QStringLiteral("remarks row 3: the thread \"gone\" starts "
                                                 "nowhere")),
                 qPrintable(message));
        QCOMPARE(bytesOf(path), before);
    }

    void commentsFileRoundTrip()
    {
        const PlanReview review = owners();
        const QJsonObject json = ReviewJson::toJson(m_plan, review);
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("zeroplan-comments"));
        const ReviewJson::ReadResult read = ReviewJson::read(QJsonDocument(json).toJson());
        QVERIFY(read.problems.isEmpty());
        QVERIFY(read.review);
        QCOMPARE(*read.review, review);
        QCOMPARE(read.community, m_plan.community.name);
    }

    void commentsFileDamage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "zeroplan-comments", "format_version": 1, )";
        const QByteArray one =
            R"({"id": "a", "thread": "a", "on": "measures[led]", "at": "2026-12-07T09:00:00Z", )"
            R"("kind": "comment", "text": "x"})";
        QTest::newRow("plan file")
            << QByteArray(R"({"format_version": 6, "community": {}})") << QStringLiteral("/format")
            << QStringLiteral("format is required");
        QTest::newRow("other format")
            << QByteArray(R"({"format": "zeroplan-district", "format_version": 1})")
            << QStringLiteral("/format")
            << QStringLiteral("this is no comments file from ZeroPlan");
        QTest::newRow("newer") << QByteArray(
                                      R"({"format": "zeroplan-comments", "format_version": 2})")
                               << QStringLiteral("/format_version")
                               << QStringLiteral("format 2; this version reads up to 1");
        QTest::newRow("no id")
            << head + R"("comments": [{"thread": "a", "on": "plan", "at": "2026-12-07T09:00:00Z",)"
                      R"( "kind": "comment", "text": "x"}]})"
            << QStringLiteral("/comments/0/id") << QStringLiteral("id is required");
        QTest::newRow("bad object")
            << head + R"("comments": [{"id": "a", "thread": "a", "on": "people[x]", )"
                      R"("at": "2026-12-07T09:00:00Z", "kind": "comment", "text": "x"}]})"
            << QStringLiteral("/comments/0/on")
            << QStringLiteral("\"people[x]\" is no object of a plan");
        QTest::newRow("bad time")
            << head + R"("comments": [{"id": "a", "thread": "a", "on": "plan", "at": "monday",)"
                      R"( "kind": "comment", "text": "x"}]})"
            << QStringLiteral("/comments/0/at") << QStringLiteral("\"monday\" is no date and time");
        QTest::newRow("unknown state")
            << head + R"("review_states": [{"id": "m", "measure": "led", "state": "done", )"
                      R"("at": "2026-12-07T09:00:00Z"}]})"
            << QStringLiteral("/review_states/0/state") << QStringLiteral("done");
        QTest::newRow("orphan reply")
            << head + R"("comments": [)" + one +
                   R"(, {"id": "b", "thread": "q", "on": "measures[led]", )"
                   R"("at": "2026-12-07T09:01:00Z", "kind": "comment", "text": "y"}]})"
            << QStringLiteral("/comments/1/thread")
            << QStringLiteral("the thread \"q\" starts nowhere");
    }

    void commentsFileDamage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ReviewJson::ReadResult read = ReviewJson::read(json);
        QVERIFY(!read.review);
        QVERIFY(!read.problems.isEmpty());
        const PlanProblem &p = read.problems.first();
        QVERIFY2(p.path == path && p.message.contains(message), qPrintable(p.toString()));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "TestReview.moc"
