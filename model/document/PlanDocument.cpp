#include "PlanDocument.h"

#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace zeroplan {

namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The one line that says why a file could not be read: its first error (it names the file).
QString firstError(const PlanProblems &problems, const QString &path)
{
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error)
            return p.toString();
    }
    return PlanDocument::tr("%1: the plan could not be read").arg(QDir::toNativeSeparators(path));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PlanDocument::PlanDocument(Plan plan, const QString &path, FileFormat format, RecoveryFile recovery)
    : m_plan(std::move(plan)), m_filePath(path), m_format(format), m_recovery(std::move(recovery))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
}

// Keeps the recovery copy, if any: only discardRecovery() or a save removes it.
PlanDocument::~PlanDocument() = default;

std::unique_ptr<PlanDocument> PlanDocument::newDocument(int baseYear, const QString &recoveryDir,
                                                       const QString &gridRegion)
{
    Plan plan = StartingPlan::make(QString(), gridRegion, baseYear, FactorLibrary::builtIn(),
                                   PriceLibrary::builtIn());
    return std::unique_ptr<PlanDocument>(new PlanDocument(
        std::move(plan), QString(), FileFormat::None, RecoveryFile(QString(), recoveryDir)));
}

std::unique_ptr<PlanDocument> PlanDocument::fromPlan(Plan plan, const QString &recoveryDir)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(
        std::move(plan), QString(), FileFormat::None, RecoveryFile(QString(), recoveryDir)));
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, const QString &recoveryDir,
                                                 QString *error)
{
    const QString file = absolute(path);
    const FileFormat format =
        formatOf(file) == FileFormat::Json ? FileFormat::Json : FileFormat::Project;
    std::optional<Plan> plan;
    PlanProblems problems;
    bool readOnly = false;
    if (format == FileFormat::Json) {
        PlanReadResult read = PlanJson::readFile(file);
        plan = std::move(read.plan);
        problems = std::move(read.problems);
        const QFileInfo info(file); // as PlanStore says it: root can write anything
        readOnly = !info.isWritable() || !(info.permissions() & QFile::WriteOwner);
    } else {
        PlanStoreResult loaded = PlanStore::load(file);
        plan = std::move(loaded.plan);
        problems = std::move(loaded.problems);
        readOnly = loaded.readOnly;
    }
    if (!plan) {
        if (error)
            *error = firstError(problems, file);
        return {};
    }
    std::unique_ptr<PlanDocument> document(
        new PlanDocument(std::move(*plan), file, format, RecoveryFile(file, recoveryDir)));
    document->m_readOnly = readOnly;
    document->m_problems = std::move(problems);
    return document;
}

std::unique_ptr<PlanDocument> PlanDocument::recover(const RecoveryCopy &copy,
                                                    const QString &recoveryDir, QString *error)
{
    PlanStoreResult loaded = RecoveryFile::load(copy);
    if (!loaded.plan) {
        if (error)
            *error = firstError(loaded.problems, copy.recoveryPath);
        return {};
    }
    const QString original = copy.isUntitled() ? QString() : absolute(copy.originalPath);
    const FileFormat format = original.isEmpty()                       ? FileFormat::None
                              : formatOf(original) == FileFormat::Json ? FileFormat::Json
                                                                       : FileFormat::Project;
    std::unique_ptr<PlanDocument> document(new PlanDocument(
        std::move(*loaded.plan), original, format, RecoveryFile::resume(copy, recoveryDir)));
    document->m_readOnly = loaded.readOnly;
    document->m_problems = std::move(loaded.problems);
    document->m_recovered = true;
    return document;
}

PlanDocument::FileFormat PlanDocument::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return FileFormat::Json;
    if (suffix.compare(QLatin1String("zeroplan"), Qt::CaseInsensitive) == 0)
        return FileFormat::Project;
    return FileFormat::None;
}

QString PlanDocument::displayName() const
{
    return isUntitled() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool PlanDocument::isModified() const
{
    return m_recovered || !m_undoStack.isClean();
}

bool PlanDocument::save(QString *error)
{
    if (isUntitled())
        return fail(error, tr("The plan has no file yet: choose one with Save As."));
    if (m_readOnly)
        return fail(error, tr("%1 is read-only: save the plan under another name with Save As.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    return saveAs(m_filePath, error);
}

bool PlanDocument::saveAs(const QString &path, QString *error)
{
    const QString file = absolute(path);
    const FileFormat format = formatOf(file);
    if (format == FileFormat::None)
        return fail(error, tr("%1: save the plan as a .zeroplan project file or a .json plan")
                               .arg(QDir::toNativeSeparators(file)));
    if (!writeFile(file, format, error))
        return false;
    QString recoveryError;
    m_recovery.saved(file, &recoveryError); // a copy left behind is older than the file: harmless
    setFile(file, format, false);
    setRecovered(false);
    m_undoStack.setClean();
    emit saved();
    return true;
}

bool PlanDocument::writeFile(const QString &path, FileFormat format, QString *error) const
{
    QString reason;
    const bool written = format == FileFormat::Json ? PlanJson::writeFile(m_plan, path, &reason)
                                                    : PlanStore::save(m_plan, path, &reason);
    return written || fail(error, reason);
}

void PlanDocument::setFile(const QString &path, FileFormat format, bool readOnly)
{
    m_format = format;
    m_readOnly = readOnly;
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit fileNameChanged();
}

void PlanDocument::setRecovered(bool recovered)
{
    const bool wasModified = isModified();
    m_recovered = recovered;
    if (isModified() != wasModified)
        emit modifiedChanged(isModified());
}

bool PlanDocument::writeRecovery(QString *error)
{
    if (!isModified())
        return discardRecovery(error);
    return m_recovery.write(m_plan, error);
}

bool PlanDocument::discardRecovery(QString *error)
{
    return m_recovery.discard(error);
}

} // namespace zeroplan
