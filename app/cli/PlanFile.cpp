#include "PlanFile.h"

#include "Console.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanStore.h"

namespace zeroplan {

PlanFile::PlanFile(QString path) : m_path(std::move(path)) {}

QString PlanFile::message(const QString &text) const
{
    return m_path + QStringLiteral(": ") + text;
}

std::optional<PlanReadResult> PlanFile::read()
{
    // The same reader as the app's, with the same messages (they name the file as given).
    PlanFileResult file = PlanFileReader::read(m_path);
    m_isProject = file.format == PlanFileFormat::Project;
    if (!file.plan) {
        m_error = file.error;
        return std::nullopt;
    }
    return PlanReadResult{std::move(file.plan), std::move(file.problems)};
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

} // namespace zeroplan
