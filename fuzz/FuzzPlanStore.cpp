// libFuzzer target fuzz_plan_store: the bytes written to a file, then PlanStore::load on it.
// Loading must not crash, hang or leak, and must leave the file's bytes as they were
// ("Loading never modifies the file", PlanStore.h).
#include "FuzzApplication.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace zeroplan;

namespace {

// One folder for the whole run, removed when the process ends normally.
QTemporaryDir &runDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fuzz::fail("cannot make a temporary folder", dir.errorString().toLocal8Bit());
    return dir;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail("the input file cannot be read back", file.errorString().toLocal8Bit());
    return file.readAll();
}

// SQLite may leave a journal or WAL file next to a database; remove every file but the
// input so that one input never sees what an earlier one left.
void removeOtherFiles(const QString &keep)
{
    QDir dir(runDir().path());
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name != keep)
            dir.remove(name);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    runDir();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("input.zeroplan");
    const QString path = runDir().filePath(name);
    const QByteArray bytes = fuzz::rawBytes(data, size);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            fuzz::fail("cannot write the input file", file.errorString().toLocal8Bit());
    }
    const PlanStoreResult result = PlanStore::load(path);
    if (!result.plan && result.problems.isEmpty())
        fuzz::fail("PlanStore::load gives neither a plan nor a reason");
    if (contents(path) != bytes)
        fuzz::fail("PlanStore::load changed the file it loaded");
    removeOtherFiles(name);
    return 0;
}
