#include "PlanFile.h"

#include "Console.h"
#include "storage/PlanStore.h"

#include <QFile>
#include <QFileInfo>

namespace zeroplan {
namespace {

// SQLite databases, which .zeroplan project files are, begin with these 16 bytes.
bool isSqliteDatabase(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

} // namespace

PlanFile::PlanFile(QString path) : m_path(std::move(path)) {}

QString PlanFile::message(const QString &text) const
{
    return m_path + QStringLiteral(": ") + text;
}

std::nullopt_t PlanFile::fail(const QString &text)
{
    m_error = message(text);
    return std::nullopt;
}

std::optional<PlanReadResult> PlanFile::read()
{
    const std::optional<QByteArray> bytes = readBytes();
    if (!bytes)
        return std::nullopt;
    if (bytes->isEmpty())
        return fail(tr("the file is empty; a plan is a JSON object (docs/plan-format.md)"));
    m_isProject = isSqliteDatabase(*bytes);
    if (m_isProject)
        return readProject();
    return PlanJson::read(*bytes);
}

std::optional<Plan> PlanFile::readValid(const QString &why)
{
    std::optional<PlanReadResult> result = readOrReport();
    if (!result)
        return std::nullopt;
    if (!result->ok()) {
        Console::error(message(why));
        return std::nullopt;
    }
    return std::move(result->plan);
}

bool PlanFile::write(const Plan &plan)
{
    QString error;
    const bool saved = m_isProject ? PlanStore::save(plan, m_path, &error)
                                   : PlanJson::writeFile(plan, m_path, &error);
    if (!saved)
        m_error = error; // names the file already
    return saved;
}

bool PlanFile::isProjectPath(const QString &path)
{
    return path.endsWith(QLatin1String(".zeroplan"), Qt::CaseInsensitive);
}

bool PlanFile::writeTo(const Plan &plan, const QString &path, QString *error)
{
    // Either writer's message names the file.
    return isProjectPath(path) ? PlanStore::save(plan, path, error)
                               : PlanJson::writeFile(plan, path, error);
}

std::optional<PlanReadResult> PlanFile::readOrReport()
{
    std::optional<PlanReadResult> result = read();
    if (!result)
        Console::error(m_error);
    return result;
}

std::optional<PlanReadResult> PlanFile::readProject()
{
    PlanStoreResult stored = PlanStore::load(m_path);
    if (!stored.plan) {
        // The store's one error already starts with the file's name.
        m_error = stored.problems.isEmpty() ? message(tr("cannot be read"))
                                            : stored.problems.first().toString();
        return std::nullopt;
    }
    return PlanReadResult{std::move(stored.plan), std::move(stored.problems)};
}

std::optional<QByteArray> PlanFile::readBytes()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a directory, not a plan file"));
    if (!info.isFile())
        return fail(tr("is not a regular file"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be opened: %1").arg(file.errorString()));
    QByteArray bytes = file.read(PlanJson::kMaxFileBytes + 1);
    if (bytes.size() > PlanJson::kMaxFileBytes)
        return fail(tr("is too large for a plan (more than %n MB)", nullptr,
                       int(PlanJson::kMaxFileBytes / (1024 * 1024))));
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    return bytes;
}

} // namespace zeroplan
