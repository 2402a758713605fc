// DistrictLoader: reading the community plans a district links (issue 17, docs/district.md
// "The district file"). One district with a link of each state: ok (the sample plan, as
// linked), missing (no file), unreadable (a file that is no plan), changed (a plan edited after
// it was linked: still read, flagged) — and relink() taking the new hash, after which it is ok.
#include "storage/DistrictLoader.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

class TestDistrictLoader : public QObject
{
    Q_OBJECT

private slots:
    void eachStateOfALink();
    void hashIsTheFilesSha256();
    void resolveKeepsAbsolutePaths();
};

namespace {

QString sample(const char *file)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file);
}

} // namespace

void TestDistrictLoader::eachStateOfALink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString district = dir.filePath(QStringLiteral("d.zeroplan-district"));
    // ok: the Xinqiao sample, copied as a project file beside the district.
    const PlanFileResult xinqiao = PlanFileReader::read(sample("shenzhen-xinqiao.json"));
    QVERIFY(xinqiao.ok());
    QString error;
    const QString okPath = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    QVERIFY2(PlanStore::save(*xinqiao.plan, okPath, &error), qPrintable(error));
    // changed: the Hemu sample as JSON, linked, then edited (a space added at the end).
    const QString changedPath = dir.filePath(QStringLiteral("hemu.json"));
    QVERIFY(QFile::copy(sample("hangzhou-hemu.json"), changedPath));
    QVERIFY(QFile::setPermissions(changedPath, QFile::ReadOwner | QFile::WriteOwner));
    const QString linkedHash = DistrictLoader::fileHash(changedPath);
    {
        QFile file(changedPath);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" ");
    }
    // unreadable: a file that is not a plan.
    const QString badPath = dir.filePath(QStringLiteral("notes.json"));
    {
        QFile file(badPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hello\": 1}");
    }
    District d;
    d.communities = {
        {QStringLiteral("xinqiao.zeroplan"), DistrictLoader::fileHash(okPath),
         QStringLiteral("全面"), CommunityType::Existing},
        {QStringLiteral("gone.zeroplan"), QStringLiteral("00"), QString(), CommunityType::New},
        {QStringLiteral("notes.json"), DistrictLoader::fileHash(badPath), QString(),
         CommunityType::Rural},
        {QStringLiteral("hemu.json"), linkedHash, QString(), CommunityType::Existing},
    };
    const DistrictLoad loaded = DistrictLoader::load(d, district);
    QCOMPARE(loaded.links.size(), 4);
    QCOMPARE(loaded.links[0].status, LinkStatus::Ok);
    QCOMPARE(loaded.links[1].status, LinkStatus::Missing);
    QCOMPARE(loaded.links[2].status, LinkStatus::Unreadable);
    QCOMPARE(loaded.links[3].status, LinkStatus::Changed);
    // Missing and unreadable say which file and why, in one line.
    QCOMPARE(loaded.links[1].message, dir.filePath(QStringLiteral("gone.zeroplan")) +
                                          QStringLiteral(": the file does not exist"));
    QVERIFY2(loaded.links[2].message.startsWith(badPath + QStringLiteral(": ")),
             qPrintable(loaded.links[2].message));
    QCOMPARE(loaded.links[2].member, -1);
    // The members are the plans that were read, ok and changed alike, in link order.
    QCOMPARE(loaded.members.size(), 2);
    QCOMPARE(loaded.links[0].member, 0);
    QCOMPARE(loaded.links[3].member, 1);
    QCOMPARE(loaded.members[0].plan, *xinqiao.plan);
    QCOMPARE(loaded.members[0].name, xinqiao.plan->community.name);
    QCOMPARE(loaded.members[0].scenario, QStringLiteral("全面"));
    QCOMPARE(loaded.members[1].plan, *PlanFileReader::read(changedPath).plan);
    QCOMPARE(DistrictLoader::statusId(LinkStatus::Changed), QStringLiteral("changed"));

    // Relinking is explicit: it takes the file's hash now, and the link is then ok.
    QCOMPARE(d.communities[3].sha256, linkedHash);
    QVERIFY(DistrictLoader::relink(d, district, 3, &error));
    QCOMPARE(d.communities[3].sha256, DistrictLoader::fileHash(changedPath));
    QVERIFY(d.communities[3].sha256 != linkedHash);
    QCOMPARE(DistrictLoader::load(d, district).links[3].status, LinkStatus::Ok);
    // A missing file can't be relinked: its link is left as it was.
    QVERIFY(!DistrictLoader::relink(d, district, 1, &error));
    QCOMPARE(d.communities[1].sha256, QStringLiteral("00"));
    QVERIFY2(error.contains(QStringLiteral("gone.zeroplan")), qPrintable(error));
}

void TestDistrictLoader::hashIsTheFilesSha256()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("abc.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("abc");
    file.close();
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    QCOMPARE(DistrictLoader::fileHash(path),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(DistrictLoader::fileHash(dir.filePath(QStringLiteral("none"))), QString());
    QCOMPARE(DistrictLoader::fileHash(dir.path()), QString()); // a folder has no hash
}

void TestDistrictLoader::resolveKeepsAbsolutePaths()
{
    const CommunityLink relative{QStringLiteral("../x/a.json"), {}, {}, CommunityType::Existing};
    const CommunityLink absolute{
        QStringLiteral("/srv/plans/b.json"), {}, {}, CommunityType::Existing};
    QCOMPARE(DistrictLoader::resolve(QStringLiteral("/home/li/d/n.zeroplan-district"), relative),
             QStringLiteral("/home/li/x/a.json"));
    QCOMPARE(DistrictLoader::resolve(QStringLiteral("/home/li/d/n.zeroplan-district"), absolute),
             QStringLiteral("/srv/plans/b.json"));
    QCOMPARE(DistrictLoader::relativePath(QStringLiteral("/home/li/d/n.zeroplan-district"),
                                          QStringLiteral("/home/li/shared/c.zeroplan")),
             QStringLiteral("../shared/c.zeroplan"));
}

QTEST_GUILESS_MAIN(TestDistrictLoader)
#include "TestDistrictLoader.moc"
