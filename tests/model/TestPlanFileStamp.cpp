// PlanFileStamp: what a plan file was when it was read, so that a command or the app can tell
// before replacing it that another program changed it meanwhile (issue 12, "Two writers on
// one plan"). Each case changes one thing a writer may change and checks the stamp notices:
// a replace by rename (new inode, same bytes), an append, an edit in place of the same size
// with the modification time put back (only the content hash can tell), a removal.
#include "storage/PlanFileStamp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace zeroplan;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// As PlanStore and QSaveFile replace a plan: a new file renamed over the old one.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(when, QFileDevice::FileModificationTime);
}

const QByteArray kPlan = QByteArrayLiteral("{\"format_version\": 1, \"title\": \"Hemu\"}\n");

} // namespace

class TestPlanFileStamp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unchangedFileMatches();
    void replacedWithTheSameBytesDoesNotMatch();
    void appendedDoesNotMatch();
    void editedInPlaceWithTheTimePutBackDoesNotMatch();
    void removedDoesNotMatch();
    void missingFileMatchesWhileMissing();
    void noStampMatchesNothing();
    void symbolicLinkIsFollowed();
    void namedPipeIsNotRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestPlanFileStamp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("plan.json"));
    QVERIFY(writeFile(m_path, kPlan));
}

void TestPlanFileStamp::unchangedFileMatches()
{
    const PlanFileStamp stamp = PlanFileStamp::take(m_path);
    QVERIFY(!stamp.isNull());
    QVERIFY(stamp.exists());
    QCOMPARE(stamp.size(), kPlan.size());
    QCOMPARE(stamp.sha256(), QCryptographicHash::hash(kPlan, QCryptographicHash::Sha256));
    QVERIFY(stamp.stillMatches(m_path));
    QVERIFY(stamp.stillMatches(m_path)); // reading does not change it
    QCOMPARE(PlanFileStamp::take(m_path), stamp);
}

void TestPlanFileStamp::replacedWithTheSameBytesDoesNotMatch()
{
    const PlanFileStamp stamp = PlanFileStamp::take(m_path);
    // Another program saved: a new file (a new inode) with, here, the very same content.
    QVERIFY(replaceFile(m_path, kPlan));
    QVERIFY(!stamp.stillMatches(m_path));
}

void TestPlanFileStamp::appendedDoesNotMatch()
{
    const PlanFileStamp stamp = PlanFileStamp::take(m_path);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write("\n"), 1);
    file.close();
    QVERIFY(!stamp.stillMatches(m_path));
}

void TestPlanFileStamp::editedInPlaceWithTheTimePutBackDoesNotMatch()
{
    // A whole second, so that the time put back is exactly the one stamped.
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000);
    QVERIFY(setModified(m_path, when));
    const PlanFileStamp stamp = PlanFileStamp::take(m_path);
    QByteArray edited = kPlan;
    edited.replace("Hemu", "Heme"); // same size
    QCOMPARE(edited.size(), kPlan.size());
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite)); // in place: the same inode
        QCOMPARE(file.write(edited), edited.size());
    }
    QVERIFY(setModified(m_path, when));
    // Size, time and inode agree; only the content tells.
    const PlanFileStamp now = PlanFileStamp::take(m_path);
    QCOMPARE(now.size(), stamp.size());
    QVERIFY(now.sha256() != stamp.sha256());
    QVERIFY(!stamp.stillMatches(m_path));
}

void TestPlanFileStamp::removedDoesNotMatch()
{
    const PlanFileStamp stamp = PlanFileStamp::take(m_path);
    QVERIFY(QFile::remove(m_path));
    QVERIFY(!stamp.stillMatches(m_path));
}

void TestPlanFileStamp::missingFileMatchesWhileMissing()
{
    const QString missing = m_dir->filePath(QStringLiteral("new.zeroplan"));
    const PlanFileStamp stamp = PlanFileStamp::take(missing);
    QVERIFY(!stamp.isNull());
    QVERIFY(!stamp.exists());
    QVERIFY(stamp.stillMatches(missing));
    QVERIFY(writeFile(missing, kPlan)); // someone else made it meanwhile
    QVERIFY(!stamp.stillMatches(missing));
}

void TestPlanFileStamp::noStampMatchesNothing()
{
    const PlanFileStamp none;
    QVERIFY(none.isNull());
    QVERIFY(!none.stillMatches(m_path));
    QVERIFY(!none.stillMatches(m_dir->filePath(QStringLiteral("missing.json"))));
}

void TestPlanFileStamp::symbolicLinkIsFollowed()
{
    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(m_path, link));
    const PlanFileStamp stamp = PlanFileStamp::take(link);
    QCOMPARE(stamp, PlanFileStamp::take(m_path)); // the file's, not the link's
    QVERIFY(replaceFile(m_path, kPlan + "\n"));
    QVERIFY(!stamp.stillMatches(link));
}

QTEST_GUILESS_MAIN(TestPlanFileStamp)
// A named pipe as the target of `convert PLAN pipe.zeroplan`: taking its stamp must not read
// it (with no writer, opening it would block for ever; with a reader waiting, it would steal
// the bytes). Before the fix this call hung, and TestCliWriteTargets::convertIntoAPipe with it.
void TestPlanFileStamp::namedPipeIsNotRead()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.zeroplan"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const PlanFileStamp stamp = PlanFileStamp::take(fifo);
    QVERIFY(stamp.stillMatches(fifo));
}

#include "TestPlanFileStamp.moc"
