// What comments cost (docs/review.md), on the Shenzhen sample with a busy review: 2,000
// threads of four remarks each (8,000 remarks) spread over its measures and baseline lines,
// and 500 review marks. Measured: the threads made from the remarks (what the Comments tab and
// every badge ask for), the open threads on each measure and line (what the Measures and
// Baseline pages ask for on a change), an adviser's 4,000 remarks merged into the owner's
// 8,000, and a save and a load of the project file with all of them. Run through
// tools/benchmarks (Release); not gated in CI.
#include "review/PlanReview.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// `threads` threads of a comment, a reply, a resolve and a reopen, on the plan's objects in
// turn; ids start with `prefix` so that two reviews made with different prefixes share none.
PlanReview busyReview(const Plan &plan, int threads, const QString &prefix)
{
    QList<ReviewTarget> targets;
    for (const Measure &m : plan.measures)
        targets << ReviewTarget::measure(m.id);
    for (const ActivityLine &a : plan.activities)
        targets << ReviewTarget::activity(a.id);
    PlanReview review;
    for (int t = 0; t < threads; ++t) {
        const QString thread = QStringLiteral("%1-%2").arg(prefix).arg(t);
        const ReviewTarget target = targets.at(t % targets.size());
        int step = 0;
        for (Remark::Kind kind : {Remark::Kind::Comment, Remark::Kind::Comment,
                                  Remark::Kind::Resolve, Remark::Kind::Reopen}) {
            Remark r;
            r.id = step == 0 ? thread : QStringLiteral("%1.%2").arg(thread).arg(step);
            r.thread = thread;
            r.target = target;
            r.at = kStart.addSecs(60 * (4 * t + step));
            r.author = QStringLiteral("王芳");
            r.kind = kind;
            r.text = kind == Remark::Kind::Comment ? QStringLiteral("Please check the source.")
                                                   : QString();
            review.remarks.append(r);
            ++step;
        }
    }
    for (int i = 0; i < 500; ++i)
        review.marks.append({QStringLiteral("%1-m%2").arg(prefix).arg(i),
                             plan.measures.at(i % plan.measures.size()).id,
                             ReviewState(i % 3),
                             kStart.addSecs(90 * i),
                             QStringLiteral("李伟"),
                             {}});
    review.sort();
    return review;
}

} // namespace

class BenchReview : public QObject
{
    Q_OBJECT

    Plan m_plan;
    PlanReview m_review;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.ok());
        m_plan = *read.plan;
        m_review = busyReview(m_plan, 2000, QStringLiteral("owner"));
        QVERIFY(!m_review.problem());
    }

    void threads()
    {
        qsizetype count = 0;
        QBENCHMARK
        {
            count = m_review.threads().size();
        }
        QCOMPARE(count, 2000);
    }

    void badgesOfEveryMeasureAndLine()
    {
        int open = 0;
        QBENCHMARK
        {
            const QHash<QString, int> byObject = m_review.openThreadsByObject();
            open = 0;
            for (const Measure &m : m_plan.measures)
                open += byObject.value(ReviewTarget::measure(m.id).object());
            for (const ActivityLine &a : m_plan.activities)
                open += byObject.value(ReviewTarget::activity(a.id).object());
        }
        QCOMPARE(open, 2000); // every thread was reopened last
    }

    void mergeAnAdvisersComments()
    {
        const PlanReview adviser = busyReview(m_plan, 1000, QStringLiteral("adviser"));
        int added = 0;
        QBENCHMARK
        {
            m_review.merged(adviser, &added);
        }
        QCOMPARE(added, 4000 + 500);
    }

    void saveAndLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.zeroplan"));
        PlanHistory history;
        history.review = m_review;
        QBENCHMARK
        {
            QString error;
            QVERIFY2(PlanStore::save(m_plan, history, path, &error), qPrintable(error));
            QCOMPARE(PlanStore::load(path).history.review.remarks.size(), 8000);
        }
        qInfo("file with 8,000 remarks and 500 marks: %lld kB", QFileInfo(path).size() / 1024);
    }
};

QTEST_GUILESS_MAIN(BenchReview)
#include "BenchReview.moc"
