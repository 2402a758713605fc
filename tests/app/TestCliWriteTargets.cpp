// zeroplan-cli writes onto whatever -o or convert's OUT names without destroying it
// (docs/cli.md, "Where the output goes"): a device or a named pipe gets the bytes and stays
// what it was, a socket is refused in one line, "-o -" is standard output (a PDF or a workbook
// too), a symbolic link's target is replaced, and the file-size limit (ulimit -f) gives a
// one-line error instead of a silent death by SIGXFSZ, with no temporary file left.
// Before, each of these outputs was renamed over: /dev/null became a regular file.
#include "CliRun.h"
#include "FifoReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kExport = QStringLiteral("export");
const QString kFormat = QStringLiteral("--format");
const QString kOut = QStringLiteral("-o");

QString plan()
{
    return cliFixture(QStringLiteral("small-plan.json"));
}

mode_t typeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & S_IFMT : 0;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// zeroplan-cli run by `sh -c 'ulimit -f BLOCKS; exec zeroplan-cli ARGS'`.
CliRun runLimited(int blocks, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"),
                              QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
                              QStringLiteral(ZEROPLAN_CLI)} +
                      arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliWriteTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deviceNodeStaysADevice();
    void fullDeviceSaysDiskFull();
    void pipeGetsTheExport();
    void convertIntoAPipe();
    void socketIsRefused();
    void dashIsStandardOutput();
    void workbookToStandardOutput();
    void reportToStandardOutput();
    void convertThroughASymlink();
    void fileSizeLimitIsOneLine_data();
    void fileSizeLimitIsOneLine();
};

void TestCliWriteTargets::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("device nodes (mknod) need root");
}

// The case, on a private /dev/null: `export … -o NULL` as root used to replace it
// with a regular file.
void TestCliWriteTargets::deviceNodeStaysADevice()
{
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("null"));
    QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    const CliRun run = runCli({kExport, plan(), kFormat, QStringLiteral("csv"), kOut, node});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(typeOf(node), mode_t(S_IFCHR));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("null")});
}

// A private /dev/full: exit 1 and one line that says the disk is full.
void TestCliWriteTargets::fullDeviceSaysDiskFull()
{
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("full"));
    QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    const CliRun run = runCli({kExport, plan(), kFormat, QStringLiteral("json"), kOut, node});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{node + QStringLiteral(": cannot be written: the disk is full")});
    QCOMPARE(typeOf(node), mode_t(S_IFCHR));
}

// A named pipe with a reader gets the same bytes a file would (the CSV with its byte order
// mark), and stays a pipe; before, it became a file and exit was 0.
void TestCliWriteTargets::pipeGetsTheExport()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    const QString file = dir.filePath(QStringLiteral("file.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const CliRun toFile = runCli({kExport, plan(), kFormat, QStringLiteral("csv"), kOut, file});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    FifoReader reader(fifo);
    const CliRun run = runCli({kExport, plan(), kFormat, QStringLiteral("csv"), kOut, fifo});
    const QByteArray got = reader.finish();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(got, readAll(file));
    QVERIFY(got.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
}

// convert into a pipe named like a project file: the reader gets a whole .zeroplan file.
void TestCliWriteTargets::convertIntoAPipe()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.zeroplan"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    FifoReader reader(fifo);
    const CliRun run = runCli({QStringLiteral("convert"), plan(), fifo});
    const QByteArray got = reader.finish();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(got.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pipe.zeroplan")});
    // What came through the pipe is the plan: validated as a file, it reads back.
    const QString copy = dir.filePath(QStringLiteral("copy.zeroplan"));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(got);
    out.close();
    const CliRun validate = runCli({QStringLiteral("validate"), copy});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe()));
}

// A unix socket: exit 1, one line naming it, still a socket.
void TestCliWriteTargets::socketIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path);
    QVERIFY(fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    const CliRun run = runCli({kExport, plan(), kFormat, QStringLiteral("csv"), kOut, path});
    ::close(fd);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{path + QStringLiteral(": cannot be written: it is a socket, not a file")});
    QVERIFY(run.out.isEmpty());
    QCOMPARE(typeOf(path), mode_t(S_IFSOCK));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("sock")});
}

// "-o -" for text is exactly what no -o prints (no byte order mark), and makes no file "-".
void TestCliWriteTargets::dashIsStandardOutput()
{
    for (const QString &format :
         {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pathway-csv")}) {
        const CliRun plain = runCli({kExport, plan(), kFormat, format});
        const CliRun dash = runCli({kExport, plan(), kFormat, format, kOut, QStringLiteral("-")});
        QVERIFY2(dash.exitCode == 0, qPrintable(dash.describe()));
        QVERIFY(!plain.out.isEmpty());
        QCOMPARE(dash.out, plain.out);
    }
    QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
}

// A workbook streams to standard output with "-o -": a whole ZIP file (an XLSX is one).
void TestCliWriteTargets::workbookToStandardOutput()
{
    const CliRun run =
        runCli({kExport, plan(), kFormat, QStringLiteral("xlsx"), kOut, QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.startsWith(QByteArray("PK\x03\x04")));
    QVERIFY(run.err.isEmpty());
    // The whole ZIP: its end-of-central-directory record (PK\5\6, 22 bytes, no comment).
    QVERIFY(run.out.size() > 22);
    QCOMPARE(run.out.right(22).left(4), QByteArray("PK\x05\x06"));
}

// The report as a PDF on standard output ("-o -"); it ends with the PDF's end marker.
void TestCliWriteTargets::reportToStandardOutput()
{
    const CliRun run = runCli({QStringLiteral("report"), plan(), kOut, QStringLiteral("-"),
                               QStringLiteral("--date"), QStringLiteral("2026-01-15")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.startsWith("%PDF-"));
    QVERIFY(run.out.trimmed().endsWith("%%EOF"));
}

// convert onto a symbolic link to a .zeroplan file: the link stays, its target gets the plan.
void TestCliWriteTargets::convertThroughASymlink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/plan.zeroplan"));
    const QString link = dir.filePath(QStringLiteral("link.zeroplan"));
    QFile old(real);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(QFile::link(QStringLiteral("real/plan.zeroplan"), link));
    const CliRun run = runCli({QStringLiteral("convert"), plan(), link});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(QFile::symLinkTarget(link), real);
    QVERIFY(readAll(real).startsWith(QByteArray("SQLite format 3\0", 16)));
    const CliRun validate = runCli({QStringLiteral("validate"), link});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe()));
    QCOMPARE(entries(dir.path()),
             (QStringList{QStringLiteral("link.zeroplan"), QStringLiteral("real")}));
    QCOMPARE(entries(dir.filePath(QStringLiteral("real"))),
             QStringList{QStringLiteral("plan.zeroplan")});
}

void TestCliWriteTargets::fileSizeLimitIsOneLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("export json") << kExport << QStringLiteral("json") << QStringLiteral("out.json");
    QTest::newRow("export xlsx") << kExport << QStringLiteral("xlsx") << QStringLiteral("out.xlsx");
    QTest::newRow("convert to .zeroplan")
        << QStringLiteral("convert") << QString() << QStringLiteral("out.zeroplan");
}

// Under `ulimit -f 1` (512 or 1024 bytes, smaller than any of these outputs): exit 1, not a
// death by SIGXFSZ; one line naming the file and the limit; the old file as it was; no
// temporary file. Before, the process died silently and left its temporary file.
void TestCliWriteTargets::fileSizeLimitIsOneLine()
{
    QFETCH(QString, command);
    QFETCH(QString, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const QStringList arguments = command == kExport
                                      ? QStringList{kExport, plan(), kFormat, format, kOut, out}
                                      : QStringList{command, plan(), out};
    const CliRun run = runLimited(1, arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    // libxlsxwriter prints lines of its own ("[ERROR]…") when its scratch file meets the
    // limit; ZeroPlan's one line comes last.
    if (format != QLatin1String("xlsx"))
        QCOMPARE(run.errLines().size(), 1);
    const QString line = run.errLines().value(run.errLines().size() - 1);
    QVERIFY2(line.startsWith(out + QLatin1Char(':')), qPrintable(run.err));
    QVERIFY2(line.endsWith(QStringLiteral("the file would exceed the file-size limit (ulimit -f)")),
             qPrintable(run.err));
    QCOMPARE(readAll(out), QByteArray("old"));
    QCOMPARE(entries(dir.path()), QStringList{name});
}

QTEST_GUILESS_MAIN(TestCliWriteTargets)
#include "TestCliWriteTargets.moc"
