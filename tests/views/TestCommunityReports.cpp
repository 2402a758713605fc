// CommunityReports (views/report): every community's printed plan into one folder, with
// progress and cancel (docs/district.md, "The district report"). The district is the three
// sample plans (tests/support/DistrictFixtures.h), loaded as if from files of their names.
#include "DistrictFixtures.h"
#include "report/CommunityReports.h"
#include "storage/DistrictLoader.h"
#include "storage/FactorLibraryJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <tuple>

using namespace zeroplan;

namespace {

// The sample district as DistrictLoader gives it: one member per plan, each link read from
// `files` (one per member).
DistrictLoad loadOf(const QStringList &files)
{
    DistrictLoad load;
    const std::vector<DistrictMember> members = test::sampleDistrict();
    for (qsizetype i = 0; i < files.size(); ++i) {
        load.members.append(members[size_t(i) % members.size()]);
        LinkState state;
        state.filePath = files.at(i);
        state.status = LinkStatus::Ok;
        state.member = int(i);
        load.links.append(state);
    }
    return load;
}

// Quick options: English, a fixed date, a small Monte Carlo.
ReportOptions quickOptions()
{
    ReportOptions options;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 12, 7);
    options.uncertaintySamples = 100;
    return options;
}

QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden |
                                  QDir::System);
}

// A whole PDF: its header at the start and its end-of-file marker at the end.
bool isWholePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

const QStringList kSampleFiles{QStringLiteral("/plans/shenzhen-xinqiao.json"),
                               QStringLiteral("/plans/hangzhou-hemu.zeroplan"),
                               QStringLiteral("/plans/european-ecodistrict.json")};

} // namespace

class TestCommunityReports : public QObject
{
    Q_OBJECT

private slots:
    void fileNamesNeverCollide();
    void cancelAfterTheFirstKeepsOneWholePdf();
    void writesEveryCommunityAndReportsProgress();
    void aFailureIsReportedAndTheRestWritten();
};

// Named after the plan's file, its suffix replaced; a name taken (whatever its case) gets -2, -3.
void TestCommunityReports::fileNamesNeverCollide()
{
    const DistrictLoad load =
        loadOf({QStringLiteral("/a/xinqiao.zeroplan"), QStringLiteral("/b/Xinqiao.json"),
                QStringLiteral("/c/xinqiao.json"), QStringLiteral("/d/hemu.v2.json")});
    QCOMPARE(CommunityReports::fileNames(load),
             (QStringList{QStringLiteral("xinqiao.pdf"), QStringLiteral("Xinqiao-2.pdf"),
                          QStringLiteral("xinqiao-3.pdf"), QStringLiteral("hemu.v2.pdf")}));
}

// The callback says stop when the first PDF is done: that PDF stays, whole; nothing else is
// in the folder (no temporary file of the second); the result says cancelled, 1 written.
void TestCommunityReports::cancelAfterTheFirstKeepsOneWholePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("out"));
    const DistrictLoad load = loadOf(kSampleFiles);
    QList<std::tuple<int, int, QString>> calls;
    const CommunityReportsResult result =
        CommunityReports::write(load, FactorLibraryJson::builtIn(), quickOptions(), folder,
                                [&calls](int done, int total, const QString &community) {
                                    calls.append({done, total, community});
                                    return done < 1; // cancel once the first is written
                                });
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QCOMPARE(result.total, 3);
    QCOMPARE(result.written,
             QStringList{QDir(folder).filePath(QStringLiteral("shenzhen-xinqiao.pdf"))});
    QVERIFY(result.failed.isEmpty());
    QCOMPARE(everything(folder), QStringList{QStringLiteral("shenzhen-xinqiao.pdf")});
    QVERIFY(isWholePdf(result.written.first()));
    // Asked before the first (0 done) and before the second (1 done, which was refused).
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0], std::make_tuple(0, 3, load.members[0].name));
    QCOMPARE(calls[1], std::make_tuple(1, 3, load.members[1].name));
}

// No cancel: three PDFs, the progress before each and once at the end (3 of 3, no name).
void TestCommunityReports::writesEveryCommunityAndReportsProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DistrictLoad load = loadOf(kSampleFiles);
    QList<int> done;
    const CommunityReportsResult result =
        CommunityReports::write(load, FactorLibraryJson::builtIn(), quickOptions(), dir.path(),
                                [&done](int finished, int total, const QString &community) {
                                    done.append(finished);
                                    return total == 3 && (finished == 3) == community.isEmpty();
                                });
    QVERIFY(result.ok());
    QCOMPARE(done, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(everything(dir.path()), (QStringList{QStringLiteral("european-ecodistrict.pdf"),
                                                  QStringLiteral("hangzhou-hemu.pdf"),
                                                  QStringLiteral("shenzhen-xinqiao.pdf")}));
    for (const QString &pdf : result.written)
        QVERIFY(isWholePdf(pdf));
}

// A PDF that cannot be written (a folder in its place) is a failure with its message naming
// the file; the others are written.
void TestCommunityReports::aFailureIsReportedAndTheRestWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("hangzhou-hemu.pdf")));
    const DistrictLoad load = loadOf(kSampleFiles);
    const CommunityReportsResult result =
        CommunityReports::write(load, FactorLibraryJson::builtIn(), quickOptions(), dir.path());
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written.size(), 2);
    QCOMPARE(result.failed.size(), 1);
    QCOMPARE(result.failed[0].community, load.members[1].name);
    QVERIFY2(result.failed[0].message.startsWith(dir.filePath(QStringLiteral("hangzhou-hemu.pdf"))),
             qPrintable(result.failed[0].message));
    QCOMPARE(everything(dir.path()), (QStringList{QStringLiteral("european-ecodistrict.pdf"),
                                                  QStringLiteral("hangzhou-hemu.pdf"),
                                                  QStringLiteral("shenzhen-xinqiao.pdf")}));
}

QTEST_MAIN(TestCommunityReports)
#include "TestCommunityReports.moc"
