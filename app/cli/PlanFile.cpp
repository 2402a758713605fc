#include "PlanFile.h"

#include "Console.h"
#include "history/PlanDiff.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanStore.h"

namespace zeroplan {

namespace {

QString &authorOption()
{
    static QString author;
    return author;
}

QString &actionName()
{
    static QString action;
    return action;
}

} // namespace

void PlanFile::setAuthor(const QString &author)
{
    authorOption() = author.trimmed();
}

QString PlanFile::author()
{
    if (!authorOption().isEmpty())
        return authorOption();
    for (const char *name : {"ZEROPLAN_AUTHOR", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void PlanFile::setAction(const QString &action)
{
    actionName() = action;
}

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
    m_read = *file.plan;
    m_history = std::move(file.history);
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

bool PlanFile::write(const Plan &plan, const QString &versionName, const QString &versionComment)
{
    QString error;
    const QString organisation = qEnvironmentVariable("ZEROPLAN_ORGANISATION").trimmed();
    PlanHistory before = m_history;
    ChangeLog &log = before.changeLog;
    if (m_isProject && m_read) {
        QList<FieldChange> changes = PlanDiff::between(*m_read, plan);
        if (!changes.isEmpty()) {
            log.append({ChangeEntry::now(),
                        author(),
                        organisation,
                        ChangeEntry::Kind::Command,
                        actionName(),
                        {},
                        std::move(changes)});
        }
    }
    const PlanHistory history =
        before.afterSave(plan, author(), organisation, versionName, versionComment);
    const bool saved = m_isProject ? PlanStore::save(plan, history, m_path, &error)
                                   : PlanJson::writeFile(plan, m_path, &error);
    if (!saved) {
        m_error = error; // names the file already
        return false;
    }
    m_read = plan;
    m_history = history;
    return true;
}

bool PlanFile::isProjectPath(const QString &path)
{
    return path.endsWith(QLatin1String(".zeroplan"), Qt::CaseInsensitive);
}

bool PlanFile::writeTo(const Plan &plan, const QString &path, QString *error,
                       const PlanHistory *history)
{
    // Either writer's message names the file.
    if (!isProjectPath(path))
        return PlanJson::writeFile(plan, path, error);
    return history ? PlanStore::save(plan, *history, path, error)
                   : PlanStore::save(plan, path, error);
}

std::optional<PlanReadResult> PlanFile::readOrReport()
{
    std::optional<PlanReadResult> result = read();
    if (!result)
        Console::error(m_error);
    return result;
}

} // namespace zeroplan
