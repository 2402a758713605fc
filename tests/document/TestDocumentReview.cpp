// Comments and review as the app makes them (docs/review.md): a comment starts a thread on
// an object with the author's name, a reply answers it (and opens it again once resolved), a
// thread is resolved and opened again, a measure's review state is set; none of it is an undo
// step, but the plan has unsaved changes until it is saved, and it is back when the file is
// opened again and in the recovery copy. A JSON plan and a version shown read-only take no
// comments (refused with a message, the file untouched); bad input is refused by name. The
// review copy says whose file it copies, and the adviser's comments merge back into the
// owner's plan as new threads, replies and states, a second merge adding nothing.
#include "ChangeValue.h"
#include "FileSnapshot.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QFile>
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

const ReviewTarget kLed = ReviewTarget::measure(QStringLiteral("led"));

} // namespace

class TestDocumentReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void commentsAndStates()
    {
        const QString path = m_dir.filePath(QStringLiteral("xinqiao.zeroplan"));
        auto document = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        document->setAuthor(QStringLiteral("李伟"), QStringLiteral("新桥社区居委会"));
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        QVERIFY(!document->isModified());
        QSignalSpy reviewChanged(document.get(), &PlanDocument::reviewChanged);
        QSignalSpy modified(document.get(), &PlanDocument::modifiedChanged);

        const QString thread =
            document->addComment(kLed, QStringLiteral("  Is 60 % of homes realistic?  "), &error);
        QVERIFY2(!thread.isEmpty(), qPrintable(error));
        QCOMPARE(reviewChanged.count(), 1);
        QCOMPARE(modified.count(), 1);
        QVERIFY(document->isModified());
        QCOMPARE(document->undoStack()->count(), 0); // no undo step
        const CommentThread t = document->review().thread(thread).value();
        QCOMPARE(t.target, kLed);
        QCOMPARE(t.comments.first().text, QStringLiteral("Is 60 % of homes realistic?"));
        QCOMPARE(t.comments.first().author, QStringLiteral("李伟"));
        QCOMPARE(t.comments.first().organisation, QStringLiteral("新桥社区居委会"));
        QCOMPARE(document->review().openThreadsOn(kLed), 1);

        QVERIFY2(document->setThreadResolved(thread, true, &error), qPrintable(error));
        QCOMPARE(document->review().openThreadsOn(kLed), 0);
        // A reply goes on the thread's object whatever target is given, and opens it again.
        QVERIFY(!document
                     ->addComment(ReviewTarget::plan(), QStringLiteral("Survey says 45 %."), &error,
                                  thread)
                     .isEmpty());
        QCOMPARE(document->review().thread(thread)->comments.size(), 2);
        QCOMPARE(document->review().thread(thread)->comments.last().target, kLed);
        QCOMPARE(document->review().openThreadsOn(kLed), 1);
        QVERIFY(document->setReviewState(QStringLiteral("led"), ReviewState::UnderReview, &error));
        QVERIFY(document->setReviewState(QStringLiteral("led"), ReviewState::Approved, &error));
        QCOMPARE(document->review().stateOf(QStringLiteral("led")), ReviewState::Approved);
        QCOMPARE(document->review().marks.size(), 2);
        // The same state again adds no mark.
        QVERIFY(document->setReviewState(QStringLiteral("led"), ReviewState::Approved, &error));
        QCOMPARE(document->review().marks.size(), 2);

        // Refused, by name, nothing added.
        const PlanReview before = document->review();
        QVERIFY(document->addComment(kLed, QStringLiteral("   "), &error).isEmpty());
        QCOMPARE(error, QStringLiteral("A comment needs some words."));
        QVERIFY(document->addComment(kLed, QStringLiteral("x"), &error, QStringLiteral("nope"))
                    .isEmpty());
        QCOMPARE(error, QStringLiteral("There is no such comment thread."));
        QVERIFY(!document->setReviewState(QStringLiteral("gone"), ReviewState::Approved, &error));
        QCOMPARE(error, QStringLiteral("The plan has no measure \"gone\"."));
        QCOMPARE(document->review(), before);

        // The recovery copy has it; the save keeps it; the file opened again has it.
        QVERIFY2(document->writeRecovery(&error), qPrintable(error));
        QCOMPARE(PlanStore::load(document->recoveryCopyPath()).history.review, document->review());
        QVERIFY2(document->save(&error), qPrintable(error));
        QVERIFY(!document->isModified());
        const PlanReview saved = document->review();
        document.reset();
        auto reopened = PlanDocument::open(path, m_dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->review(), saved);
        QVERIFY(!reopened->isModified());
    }

    void refusedWhereNoneIsKept()
    {
        // A JSON plan keeps no comments: refused with a message, the file as it was.
        const QString json = m_dir.filePath(QStringLiteral("plan.json"));
        QString error;
        QVERIFY(PlanJson::writeFile(shenzhen(), json, &error));
        const QByteArray bytes = bytesOf(json);
        auto document = PlanDocument::open(json, m_dir.path(), &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(!document->canReview());
        QVERIFY(document->addComment(kLed, QStringLiteral("x"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("JSON plan, which keeps no comments")),
                 qPrintable(error));
        QCOMPARE(document->mergeReview(PlanReview(), &error), -1);
        QVERIFY(!document->isModified());
        QCOMPARE(bytesOf(json), bytes);

        // A version shown is read-only.
        const QString path = m_dir.filePath(QStringLiteral("versioned.zeroplan"));
        auto owner = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        QVERIFY(owner->saveAs(path, &error));
        auto version = PlanDocument::fromVersion(*owner, 1, m_dir.path(), &error);
        QVERIFY2(version, qPrintable(error));
        QVERIFY(!version->setReviewState(QStringLiteral("led"), ReviewState::Approved, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }

    void reviewCopyAndMerge()
    {
        const QString path = m_dir.filePath(QStringLiteral("owner.zeroplan"));
        const QString copyPath = m_dir.filePath(QStringLiteral("owner for review.zeroplan"));
        auto owner = PlanDocument::fromPlan(shenzhen(), m_dir.path());
        owner->setAuthor(QStringLiteral("李伟"), QStringLiteral("新桥社区居委会"));
        QString error;
        QVERIFY(owner->saveAs(path, &error));
        const QString first = owner->addComment(kLed, QStringLiteral("Please check."), &error);
        QVERIFY(owner->save(&error));
        const QByteArray ownerBytes = bytesOf(path);

        // The copy cannot replace the plan's own file.
        QVERIFY(!owner->exportReviewCopy(path, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot replace")), qPrintable(error));
        QVERIFY2(owner->exportReviewCopy(copyPath, &error), qPrintable(error));
        QCOMPARE(owner->filePath(), path); // the window keeps its own file
        QCOMPARE(bytesOf(path), ownerBytes);
        QVERIFY(!owner->isModified());

        // The adviser opens the copy: it says whose file it copies; they answer and approve.
        auto adviser = PlanDocument::open(copyPath, m_dir.path(), &error);
        QVERIFY2(adviser, qPrintable(error));
        QVERIFY(adviser->review().copyOf);
        QCOMPARE(adviser->review().copyOf->source, QStringLiteral("owner.zeroplan"));
        QCOMPARE(adviser->review().copyOf->author, QStringLiteral("李伟"));
        adviser->setAuthor(QStringLiteral("王芳"), QStringLiteral("绿色社区NGO"));
        QVERIFY(
            !adviser->addComment({}, QStringLiteral("Checked: fine."), &error, first).isEmpty());
        QVERIFY(!adviser
                     ->addComment(ReviewTarget::scenario(owner->plan().scenarios.first().name),
                                  QStringLiteral("Add a low-uptake variant."), &error)
                     .isEmpty());
        QVERIFY(adviser->setReviewState(QStringLiteral("led"), ReviewState::Approved, &error));

        // Meanwhile the owner resolves the first thread.
        QVERIFY(owner->setThreadResolved(first, true, &error));
        int added = owner->mergeReview(adviser->review(), &error);
        QCOMPARE(added, 3);
        QVERIFY(owner->isModified());
        QVERIFY(!owner->review().copyOf); // the owner's plan is no copy
        QCOMPARE(owner->review().threads().size(), 2);
        QCOMPARE(owner->review().thread(first)->comments.size(), 2);
        QCOMPARE(owner->review().thread(first)->comments.last().author, QStringLiteral("王芳"));
        QCOMPARE(owner->review().stateOf(QStringLiteral("led")), ReviewState::Approved);
        QCOMPARE(owner->mergeReview(adviser->review(), &error), 0);
        QVERIFY(owner->save(&error));
        QCOMPARE(PlanStore::load(path).history.review, owner->review());
    }
};

QTEST_GUILESS_MAIN(TestDocumentReview)
#include "TestDocumentReview.moc"
