// Writers never destroy what they write onto (docs/project-file.md, "Writing onto anything"):
// every writer of the model (exports, JSON plans, .zeroplan project files) goes through
// WriteTarget, which replaces a regular file atomically, writes a device or a named pipe
// straight, refuses a socket or a block device, follows a symbolic link to its target, and
// reports a full disk or the file-size limit in words, leaving no temporary file.
// Before WriteTarget every writer renamed a temporary file over whatever the name was: a
// device node, a FIFO or a socket became a regular file, and a .zeroplan symlink became a file.
#include "FifoReader.h"
#include "export/ExportFile.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"
#include "storage/WriteTarget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace zeroplan;

namespace {

enum class Writer
{
    Export, // ExportFile::write (CSV, XLSX, PDF and pictures go this way)
    Json,   // PlanJson::writeFile
    Store   // PlanStore::save (.zeroplan)
};

const QByteArray kExportBytes("year,tCO2e\r\n2025,1.5\r\n");
const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QString sourcePath(const QString &relative)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/") + relative;
}

Plan readJson(const QString &relative)
{
    const PlanReadResult read = PlanJson::readFile(sourcePath(relative));
    if (!read.plan)
        qFatal("cannot read %s", qPrintable(relative));
    return *read.plan;
}

// A plan of well over 256 KiB in any format: rich.json with 400 more activity lines.
Plan bigPlan()
{
    Plan big = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    for (int i = 0; i < 400; ++i) {
        ActivityLine line = big.activities.first();
        line.id = QStringLiteral("copy-%1").arg(i);
        line.note = QString(1000, QLatin1Char('n'));
        big.activities.append(line);
    }
    return big;
}

QString suffix(Writer writer)
{
    switch (writer) {
    case Writer::Export:
        return QStringLiteral("csv");
    case Writer::Json:
        return QStringLiteral("json");
    case Writer::Store:
        break;
    }
    return QStringLiteral("zeroplan");
}

// Writes `plan` (or kExportBytes, or `exportBytes` when given) with `writer`.
bool writeWith(Writer writer, const Plan &plan, const QString &path, QString *error,
               const QByteArray &exportBytes = kExportBytes)
{
    switch (writer) {
    case Writer::Export:
        return ExportFile::write(exportBytes, path, error);
    case Writer::Json:
        return PlanJson::writeFile(plan, path, error);
    case Writer::Store:
        break;
    }
    return PlanStore::save(plan, path, error);
}

void addWriters()
{
    QTest::addColumn<Writer>("writer");
    QTest::newRow("export") << Writer::Export;
    QTest::newRow("JSON plan") << Writer::Json;
    QTest::newRow(".zeroplan") << Writer::Store;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file type bits of `path` itself (a link is not followed); 0 if it does not exist.
mode_t typeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & S_IFMT : 0;
}

dev_t deviceOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_rdev : 0;
}

// Everything in `dir`, hidden files, devices, pipes and sockets too.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

bool makeNode(const QString &path, mode_t type, dev_t device)
{
    return ::mknod(QFile::encodeName(path).constData(), type | 0666, device) == 0;
}

// A listening unix socket at `path`; its descriptor (closed by the test).
int makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::strncpy(address.sun_path, name.constData(), sizeof(address.sun_path) - 1);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        return -1;
    ::listen(fd, 1);
    return fd;
}

// Runs `body` in a child process and returns its exit code (-1 if it did not exit).
template <typename Body> int inChild(Body body)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t child = ::fork();
    if (child == 0)
        _exit(body());
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace

Q_DECLARE_METATYPE(Writer)

class TestWriteTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifies();
    void deviceIsWrittenNotReplaced_data() { addWriters(); }
    void deviceIsWrittenNotReplaced();
    void fullDeviceSaysDiskFull_data() { addWriters(); }
    void fullDeviceSaysDiskFull();
    void pipeGetsTheBytes_data() { addWriters(); }
    void pipeGetsTheBytes();
    void socketIsRefused_data() { addWriters(); }
    void socketIsRefused();
    void blockDeviceIsRefused();
    void symlinkTargetIsReplaced_data() { addWriters(); }
    void symlinkTargetIsReplaced();
    void danglingSymlinkMakesItsTarget_data() { addWriters(); }
    void danglingSymlinkMakesItsTarget();
    void fileSizeLimitIsReported_data() { addWriters(); }
    void fileSizeLimitIsReported();
    void fullDiskOnReplaceIsReported_data() { addWriters(); }
    void fullDiskOnReplaceIsReported();
    void producerFailureLeavesNothing();
    void permissionsOfNewAndReplacedFiles();
    void staleTemporariesOfExportsRemoved();

private:
    Plan m_plan;
};

void TestWriteTarget::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("device nodes (mknod) need root");
    m_plan = readJson(QStringLiteral("tests/fixtures/plans/minimal.json"));
}

// What the door decides for each kind of name, before anything is written.
void TestWriteTarget::classifies()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    QVERIFY(writeBytes(d + QStringLiteral("/file.csv"), "old"));
    QVERIFY(QDir(d).mkdir(QStringLiteral("sub")));
    QVERIFY(makeNode(d + QStringLiteral("/null"), S_IFCHR, makedev(1, 3)));
    QVERIFY(makeNode(d + QStringLiteral("/fifo"), S_IFIFO, 0));
    QVERIFY(makeNode(d + QStringLiteral("/disk"), S_IFBLK, makedev(7, 250)));
    const int socket = makeSocket(d + QStringLiteral("/sock"));
    QVERIFY(socket >= 0);
    QVERIFY(QFile::link(QStringLiteral("file.csv"), d + QStringLiteral("/link.csv")));
    QVERIFY(QFile::link(QStringLiteral("link.csv"), d + QStringLiteral("/link2.csv")));
    QVERIFY(QFile::link(QStringLiteral("sub/new.csv"), d + QStringLiteral("/dangling.csv")));
    QVERIFY(QFile::link(QStringLiteral("nowhere/new.csv"), d + QStringLiteral("/lost.csv")));
    QVERIFY(QFile::link(QStringLiteral("loop-b"), d + QStringLiteral("/loop-a")));
    QVERIFY(QFile::link(QStringLiteral("loop-a"), d + QStringLiteral("/loop-b")));

    using Kind = WriteTarget::Kind;
    const auto check = [&](const QString &name, Kind kind, const QString &expected) {
        const WriteTarget target = WriteTarget::classify(
            name.startsWith(QLatin1Char('-')) ? name : d + QLatin1Char('/') + name);
        if (target.kind() != kind)
            return QStringLiteral("%1: kind %2").arg(name).arg(int(target.kind()));
        const QString got = kind == Kind::Refuse ? target.refusal() : target.filePath();
        const QString want = kind == Kind::Refuse || expected == QLatin1String("-")
                                 ? expected
                                 : d + QLatin1Char('/') + expected;
        if (kind == Kind::Refuse ? !got.contains(want) : got != want)
            return QStringLiteral("%1: %2, expected %3").arg(name, got, want);
        return QString();
    };
    const QStringList failures = {
        check(QStringLiteral("-"), Kind::Stream, QStringLiteral("-")),
        check(QStringLiteral("file.csv"), Kind::Replace, QStringLiteral("file.csv")),
        check(QStringLiteral("new.csv"), Kind::Replace, QStringLiteral("new.csv")),
        check(QStringLiteral("null"), Kind::Stream, QStringLiteral("null")),
        check(QStringLiteral("fifo"), Kind::Stream, QStringLiteral("fifo")),
        check(QStringLiteral("sock"), Kind::Refuse, QStringLiteral("socket")),
        check(QStringLiteral("disk"), Kind::Refuse, QStringLiteral("block device")),
        check(QStringLiteral("sub"), Kind::Refuse, QStringLiteral("folder")),
        check(QStringLiteral("link.csv"), Kind::Replace, QStringLiteral("file.csv")),
        check(QStringLiteral("link2.csv"), Kind::Replace, QStringLiteral("file.csv")),
        check(QStringLiteral("dangling.csv"), Kind::Replace, QStringLiteral("sub/new.csv")),
        check(QStringLiteral("lost.csv"), Kind::Refuse, QStringLiteral("does not exist")),
        check(QStringLiteral("loop-a"), Kind::Refuse, QStringLiteral("symbolic links")),
        check(QStringLiteral("no/such/new.csv"), Kind::Refuse, QStringLiteral("does not exist")),
    };
    ::close(socket);
    QCOMPARE(failures.join(QLatin1Char('\n')).trimmed(), QString());
    QCOMPARE(readAll(d + QStringLiteral("/file.csv")), QByteArray("old")); // nothing written
}

// A private /dev/null (a character device node, as root makes with mknod): written to, and
// still the same device afterwards. Before, it was replaced by a regular file.
void TestWriteTarget::deviceIsWrittenNotReplaced()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("null.") + suffix(writer));
    QVERIFY(makeNode(node, S_IFCHR, makedev(1, 3)));
    QString error;
    QVERIFY2(writeWith(writer, m_plan, node, &error), qPrintable(error));
    QCOMPARE(typeOf(node), mode_t(S_IFCHR));
    QCOMPARE(deviceOf(node), makedev(1, 3));
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(node).fileName()});
}

// A private /dev/full (every write fails with ENOSPC): one line naming the file that says the
// disk is full (QSaveFile said "Unknown error" for a full disk), and the node stays.
void TestWriteTarget::fullDeviceSaysDiskFull()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("full.") + suffix(writer));
    QVERIFY(makeNode(node, S_IFCHR, makedev(1, 7)));
    QString error;
    QVERIFY(!writeWith(writer, m_plan, node, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(node) + QLatin1Char(':')),
             qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(typeOf(node), mode_t(S_IFCHR));
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(node).fileName()});
}

// A named pipe with a reader: the reader gets exactly the bytes the writer makes for a file,
// and the pipe stays a pipe. Before, the pipe was replaced by a file and the reader waited.
void TestWriteTarget::pipeGetsTheBytes()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.") + suffix(writer));
    QVERIFY(makeNode(fifo, S_IFIFO, 0));
    FifoReader reader(fifo);
    QString error;
    const bool written = writeWith(writer, m_plan, fifo, &error);
    const QByteArray got = reader.finish();
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(fifo).fileName()});
    switch (writer) {
    case Writer::Export:
        QCOMPARE(got, kExportBytes);
        break;
    case Writer::Json:
        QCOMPARE(got, PlanJson::write(m_plan));
        break;
    case Writer::Store: {
        // The bytes are a whole project file: saved as one, they load as the plan.
        QVERIFY(got.startsWith(kSqliteHeader));
        const QString copy = dir.filePath(QStringLiteral("copy.zeroplan"));
        QVERIFY(writeBytes(copy, got));
        const PlanStoreResult loaded = PlanStore::load(copy);
        QVERIFY(loaded.plan);
        QVERIFY(*loaded.plan == m_plan);
        break;
    }
    }
}

// A unix socket is refused in one line naming it, and stays a socket.
void TestWriteTarget::socketIsRefused()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sock.") + suffix(writer));
    const int socket = makeSocket(path);
    QVERIFY(socket >= 0);
    QString error;
    const bool written = writeWith(writer, m_plan, path, &error);
    ::close(socket);
    QVERIFY(!written);
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("socket")), qPrintable(error));
    QCOMPARE(typeOf(path), mode_t(S_IFSOCK));
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(path).fileName()});
}

// A block device (a disk) is refused, not written to and not replaced. The node is a loop
// device minor that nothing uses, so nothing could be harmed even by a wrong answer.
void TestWriteTarget::blockDeviceIsRefused()
{
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("disk"));
    QVERIFY(makeNode(node, S_IFBLK, makedev(7, 250)));
    QString error;
    QVERIFY(!ExportFile::write(kExportBytes, node, &error));
    QVERIFY2(error.contains(QStringLiteral("block device")), qPrintable(error));
    QCOMPARE(typeOf(node), mode_t(S_IFBLK));
    QCOMPARE(deviceOf(node), makedev(7, 250));
}

// Saving through a symbolic link (relative, into another folder) replaces the file it names
// there: the link stays the same link, no temporary file is left in either folder. Before,
// a .zeroplan link was replaced by a file and its target never got the save.
void TestWriteTarget::symlinkTargetIsReplaced()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString name = QStringLiteral("plan.") + suffix(writer);
    const QString real = dir.filePath(QStringLiteral("real/") + name);
    const QString link = dir.filePath(QStringLiteral("link.") + suffix(writer));
    QString error;
    const Plan old = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    QVERIFY2(writeWith(writer, old, real, &error, "old\r\n"), qPrintable(error));
    QVERIFY(QFile::link(QStringLiteral("real/") + name, link));
    QVERIFY2(writeWith(writer, m_plan, link, &error), qPrintable(error));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(QFile::symLinkTarget(link), real);
    QCOMPARE(typeOf(real), mode_t(S_IFREG));
    QCOMPARE(entries(dir.path()),
             (QStringList{QFileInfo(link).fileName(), QStringLiteral("real")}));
    QCOMPARE(entries(dir.filePath(QStringLiteral("real"))), QStringList{name});
    switch (writer) {
    case Writer::Export:
        QCOMPARE(readAll(real), kExportBytes);
        break;
    case Writer::Json:
        QCOMPARE(readAll(real), PlanJson::write(m_plan));
        break;
    case Writer::Store:
        QVERIFY(*PlanStore::load(real).plan == m_plan);
        QVERIFY(*PlanStore::load(link).plan == m_plan);
        break;
    }
}

// A link to a file that does not exist yet: the file is made where the link points, and the
// link then leads to it. A link into a folder that does not exist is refused, nothing made.
void TestWriteTarget::danglingSymlinkMakesItsTarget()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString name = QStringLiteral("new.") + suffix(writer);
    const QString real = dir.filePath(QStringLiteral("real/") + name);
    const QString link = dir.filePath(QStringLiteral("link.") + suffix(writer));
    QVERIFY(QFile::link(real, link)); // absolute this time
    QString error;
    QVERIFY2(writeWith(writer, m_plan, link, &error), qPrintable(error));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(typeOf(real), mode_t(S_IFREG));
    QCOMPARE(entries(dir.filePath(QStringLiteral("real"))), QStringList{name});
    if (writer == Writer::Store)
        QVERIFY(*PlanStore::load(link).plan == m_plan);
    else
        QVERIFY(!readAll(link).isEmpty());

    const QString lost = dir.filePath(QStringLiteral("lost.") + suffix(writer));
    QVERIFY(QFile::link(QStringLiteral("nowhere/") + name, lost));
    QVERIFY(!writeWith(writer, m_plan, lost, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(lost) + QLatin1Char(':')),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(typeOf(lost), mode_t(S_IFLNK));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
}

// Under a file-size limit (ulimit -f; here setrlimit in a child that ignores SIGXFSZ, as both
// programs do at start) a write that would pass it fails with the limit named, the existing
// file is untouched and no temporary file is left.
void TestWriteTarget::fileSizeLimitIsReported()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.") + suffix(writer));
    QString error;
    QVERIFY2(writeWith(writer, m_plan, path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    const Plan big = bigPlan();
    const int status = inChild([&] {
        WriteTarget::ignoreFileSizeSignal();
        const rlimit limit{16 * 1024, 16 * 1024};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 77;
        QString why;
        if (writeWith(writer, big, path, &why, QByteArray(1024 * 1024, 'x')))
            return 1;
        std::fprintf(stderr, "child: %s\n", qPrintable(why));
        if (!why.startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')))
            return 2;
        return why.endsWith(QStringLiteral("the file would exceed the file-size limit (ulimit -f)"))
                   ? 0
                   : 3;
    });
    QCOMPARE(status, 0);
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(path).fileName()});
}

// A disk that fills up during a replace (a 256 KiB tmpfs, mounted in a private mount namespace
// of a child): "the disk is full", the old file byte for byte, no temporary file. Needs
// CAP_SYS_ADMIN for the mount; skipped where the test cannot have it.
void TestWriteTarget::fullDiskOnReplaceIsReported()
{
    QFETCH(Writer, writer);
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("small")));
    const QString path = mountPoint + QStringLiteral("/plan.") + suffix(writer);
    const Plan big = bigPlan();
    const Plan small = m_plan;
    const int status = inChild([&] {
        const QByteArray point = QFile::encodeName(mountPoint);
        if (::unshare(CLONE_NEWNS) != 0 ||
            ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            ::mount("tmpfs", point.constData(), "tmpfs", 0, "size=256k") != 0)
            return 77;
        QString why;
        if (!writeWith(writer, small, path, &why, "old\r\n"))
            return 78; // the small file should fit
        const QByteArray before = readAll(path);
        if (writeWith(writer, big, path, &why, QByteArray(1024 * 1024, 'x')))
            return 1;
        std::fprintf(stderr, "child: %s\n", qPrintable(why));
        if (!why.startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')))
            return 2;
        if (!why.endsWith(QStringLiteral("the disk is full")))
            return 3;
        if (readAll(path) != before)
            return 4;
        return entries(mountPoint) == QStringList{QFileInfo(path).fileName()} ? 0 : 5;
    });
    if (status == 77)
        QSKIP("cannot mount a small tmpfs here (a private mount namespace needs CAP_SYS_ADMIN)");
    QCOMPARE(status, 0);
}

// A producer that fails for its own reason: its reason comes back, the file is as it was, and
// the temporary file with the half written into it is gone.
void TestWriteTarget::producerFailureLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(writeBytes(path, "old"));
    QString reason;
    QVERIFY(!WriteTarget::write(
        path,
        [](QIODevice &device, QString *why) {
            device.write("half of it");
            *why = QStringLiteral("mine");
            return false;
        },
        &reason));
    QCOMPARE(reason, QStringLiteral("mine"));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.pdf")});
}

// A new file gets 0666 less the umask (as QSaveFile gave); a replaced one keeps its own.
void TestWriteTarget::permissionsOfNewAndReplacedFiles()
{
    QTemporaryDir dir;
    const mode_t old = ::umask(022);
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    QString error;
    QVERIFY2(ExportFile::write(kExportBytes, fresh, &error), qPrintable(error));
    const QString kept = dir.filePath(QStringLiteral("kept.csv"));
    QVERIFY(writeBytes(kept, "old"));
    QVERIFY(::chmod(QFile::encodeName(kept).constData(), 0640) == 0);
    QVERIFY2(ExportFile::write(kExportBytes, kept, &error), qPrintable(error));
    ::umask(old);
    struct stat info = {};
    QVERIFY(::stat(QFile::encodeName(fresh).constData(), &info) == 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0644));
    QVERIFY(::stat(QFile::encodeName(kept).constData(), &info) == 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0640));
    QCOMPARE(readAll(kept), kExportBytes);
}

// An export leaves no temporary file, and removes those of killed exports of the same file
// that are older than ten minutes (a younger one may be another export still running).
void TestWriteTarget::staleTemporariesOfExportsRemoved()
{
    QTemporaryDir dir;
    const auto make = [&](const QString &name, int ageSeconds) {
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                 QFileDevice::FileModificationTime));
    };
    make(QStringLiteral(".out.csv.a1B2c3.tmp"), 3600);   // stale: removed
    make(QStringLiteral(".out.csv.Zz9Yy8.tmp"), 10);     // young: kept
    make(QStringLiteral(".other.csv.a1B2c3.tmp"), 3600); // another file's: kept
    QString error;
    QVERIFY2(ExportFile::write(kExportBytes, dir.filePath(QStringLiteral("out.csv")), &error),
             qPrintable(error));
    QCOMPARE(entries(dir.path()),
             (QStringList{QStringLiteral(".other.csv.a1B2c3.tmp"),
                          QStringLiteral(".out.csv.Zz9Yy8.tmp"), QStringLiteral("out.csv")}));
}

QTEST_GUILESS_MAIN(TestWriteTarget)
#include "TestWriteTarget.moc"
