#include "PlanDocument.h"

#include "history/PlanDiff.h"
#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanJson.h"
#include "storage/PlanLock.h"
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

// The scenario called `name`, else the first; -1 when the plan has none.
int scenarioIndex(const Plan &plan, const QString &name)
{
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        if (plan.scenarios[i].name == name)
            return int(i);
    }
    return plan.scenarios.isEmpty() ? -1 : 0;
}

// The lock of `file` for a document, if it can be taken; *lockedBy says who has it when
// another program does. A lock file that cannot be made at all leaves *lockedBy empty: the
// save itself then says what is wrong with the folder.
std::unique_ptr<PlanLock> lockFor(const QString &file, QString *lockedBy)
{
    auto lock = std::make_unique<PlanLock>(file);
    if (lock->lock(PlanLock::kAppWaitMilliseconds)) {
        lockedBy->clear();
        return lock;
    }
    *lockedBy = lock->isHeldByOther() ? lock->error() : QString();
    return {};
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
    // Connected first, so the index is right before any view hears of the change.
    connect(this, &PlanDocument::changed, this, &PlanDocument::followScenarios);
    m_currentScenario = scenarioIndex(m_plan, m_plan.currentScenario);
    m_savedScenario = m_currentScenario;
    m_logged = PlanJson::toJson(m_plan);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &PlanDocument::logChange);
}

void PlanDocument::setAuthor(const QString &name, const QString &organisation)
{
    m_author = name.trimmed();
    m_organisation = organisation.trimmed();
}

bool PlanDocument::setLastChangeReason(const QString &reason)
{
    if (m_history.changeLog.isEmpty())
        return false;
    m_history.changeLog.last().reason = reason.trimmed();
    emit changeLogged();
    return true;
}

void PlanDocument::logChange(int index)
{
    QJsonObject now = PlanJson::toJson(m_plan);
    // The scenario shown is no edit of the plan (it follows the file when saved).
    now.insert(QStringLiteral("current_scenario"),
               m_logged.value(QLatin1String("current_scenario")));
    const int previous = m_loggedIndex;
    const QUndoCommand *redoNext = m_redoNext;
    const QString undoText = m_undoText;
    m_loggedIndex = index;

    m_redoNext = m_undoStack.command(index);
    m_undoText = index > 0 ? m_undoStack.text(index - 1) : QString();
    ChangeEntry::Kind kind = ChangeEntry::Kind::Edit;
    QString action;
    if (index < previous) {
        kind = ChangeEntry::Kind::Undo;
        // The step undone, as it was named before the undo (an undone step that became a
        // no-op is gone from the stack by now).
        action = index == previous - 1 && !undoText.isEmpty() ? undoText : m_undoStack.text(index);
    } else if (index > previous) {
        kind = index == previous + 1 && m_undoStack.command(index - 1) == redoNext
                   ? ChangeEntry::Kind::Redo
                   : ChangeEntry::Kind::Edit;
        action = m_undoStack.text(index - 1);
    } else if (m_lastEntryGrows && !m_history.changeLog.isEmpty() && index > 0 &&
               m_history.changeLog.last().author == m_author &&
               m_history.changeLog.last().action == m_undoStack.text(index - 1)) {
        // An edit merged into the step before (typing on in a field): the last entry grows.
        // (A step typed back to where it was is dropped by the stack, and logged as the
        // index going back, with the values it took back.)
        m_history.changeLog.last().changes = PlanDiff::between(m_beforeLast, now);
        m_history.changeLog.last().at = ChangeEntry::now();
        m_logged = std::move(now);
        emit changeLogged();
        return;
    } else {
        action = index > 0 ? m_undoStack.text(index - 1) : QString();
    }
    QList<FieldChange> changes = PlanDiff::between(m_logged, now);
    if (changes.isEmpty())
        return;
    m_history.changeLog.append(
        {ChangeEntry::now(), m_author, m_organisation, kind, action, {}, std::move(changes)});
    m_lastEntryGrows = kind == ChangeEntry::Kind::Edit;
    m_beforeLast = std::move(m_logged);
    m_logged = std::move(now);
    emit changeLogged();
}

// Keeps the recovery copy, if any: only discardRecovery() or a save removes it. The undo stack
// outlives the log (it is declared before it) and says its index changed as it clears: no
// entry is made then.
PlanDocument::~PlanDocument()
{
    disconnect(&m_undoStack, &QUndoStack::indexChanged, this, &PlanDocument::logChange);
}

std::unique_ptr<PlanDocument> PlanDocument::newDocument(int baseYear, const QString &recoveryDir,
                                                        const QString &gridRegion)
{
    Plan plan = StartingPlan::make(QString(), gridRegion, baseYear, FactorLibraryJson::builtIn(),
                                   PriceLibrary::builtIn());
    return std::unique_ptr<PlanDocument>(new PlanDocument(
        std::move(plan), QString(), FileFormat::None, RecoveryFile(QString(), recoveryDir)));
}

std::unique_ptr<PlanDocument> PlanDocument::fromPlan(Plan plan, const QString &recoveryDir)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(
        std::move(plan), QString(), FileFormat::None, RecoveryFile(QString(), recoveryDir)));
}

std::unique_ptr<PlanDocument> PlanDocument::fromVersion(const PlanDocument &source, int number,
                                                        const QString &recoveryDir, QString *error)
{
    const auto version =
        std::find_if(source.versions().cbegin(), source.versions().cend(),
                     [number](const PlanVersion &v) { return v.number == number; });
    if (version == source.versions().cend()) {
        fail(error, tr("%1 has no version %2.").arg(source.displayName()).arg(number));
        return {};
    }
    PlanReadResult read = version->read();
    if (!read.plan) {
        fail(error, tr("Version %1 of %2 is damaged: the plan it keeps does not read.")
                        .arg(number)
                        .arg(source.displayName()));
        return {};
    }
    std::unique_ptr<PlanDocument> document = fromPlan(std::move(*read.plan), recoveryDir);
    document->m_problems = std::move(read.problems);
    document->m_versionShown =
        version->name.isEmpty()
            ? tr("%1, version %2", "file, version number").arg(source.displayName()).arg(number)
            : tr("%1, version %2 (%3)", "file, version number (its name)")
                  .arg(source.displayName())
                  .arg(number)
                  .arg(version->name);
    document->setAuthor(source.author(), source.organisation());
    return document;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, const QString &recoveryDir,
                                                 QString *error)
{
    const QString file = absolute(path);
    // The lock first, then the stamp, then the read: a change after the stamp is a change.
    QString lockedBy;
    std::unique_ptr<PlanLock> lock = lockFor(file, &lockedBy);
    const PlanFileStamp stamp = PlanFileStamp::take(file);
    // The same reader as the CLI's: the format is told by the content, not the extension.
    PlanFileResult read = PlanFileReader::read(file);
    if (!read.plan) {
        if (error)
            *error = read.error;
        return {};
    }
    const FileFormat format =
        read.format == PlanFileFormat::Json ? FileFormat::Json : FileFormat::Project;
    std::unique_ptr<PlanDocument> document(
        new PlanDocument(std::move(*read.plan), file, format, RecoveryFile(file, recoveryDir)));
    document->m_readOnly = read.readOnly;
    document->m_problems = std::move(read.problems);
    document->m_history = std::move(read.history);
    document->m_stamp = stamp;
    if (!read.readOnly) { // a read-only file is never written: no lock to hold
        document->m_lock = std::move(lock);
        document->m_lockedBy = lockedBy;
    }
    return document;
}

std::unique_ptr<PlanDocument> PlanDocument::openWithPlan(const QString &path, Plan plan,
                                                         const QString &recoveryDir, QString *error)
{
    std::unique_ptr<PlanDocument> document = open(path, recoveryDir, error);
    if (!document || document->m_plan == plan)
        return document;
    document->m_plan = std::move(plan);
    document->m_logged = PlanJson::toJson(document->m_plan); // the district's edits: not here
    document->m_currentScenario = scenarioIndex(document->m_plan, document->m_plan.currentScenario);
    document->m_savedScenario = document->m_currentScenario;
    document->m_recovered = true; // unsaved, as a recovered copy is, until Save writes it
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
    document->m_history = std::move(loaded.history);
    document->m_recovered = true;
    if (!original.isEmpty()) {
        // The user chose this copy over the file as it is now: that is the file Save replaces.
        document->m_lock = lockFor(original, &document->m_lockedBy);
        document->m_stamp = PlanFileStamp::take(original);
    }
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
    if (!isUntitled())
        return QFileInfo(m_filePath).fileName();
    return m_versionShown.isEmpty() ? tr("Untitled") : m_versionShown;
}

bool PlanDocument::isModified() const
{
    return m_recovered || m_reviewUnsaved || !m_undoStack.isClean() ||
           m_currentScenario != m_savedScenario;
}

void PlanDocument::setCurrentScenario(int index)
{
    const int count = int(m_plan.scenarios.size());
    const int clamped = count == 0 ? -1 : std::clamp(index, 0, count - 1);
    if (clamped == m_currentScenario)
        return;
    const bool wasModified = isModified();
    m_currentScenario = clamped;
    emit currentScenarioChanged(clamped);
    if (isModified() != wasModified)
        emit modifiedChanged(isModified());
}

void PlanDocument::followScenarios(const ChangeEvent &event)
{
    if (event.part != ChangeEvent::Part::Scenarios && event.part != ChangeEvent::Part::Plan)
        return;
    int current = m_currentScenario;
    if (event.part == ChangeEvent::Part::Scenarios && event.index >= 0 && event.index <= current) {
        if (event.kind == ChangeEvent::Kind::Added)
            current += int(event.count);
        else if (event.kind == ChangeEvent::Kind::Removed)
            current = std::max(int(event.index) - 1, current - int(event.count));
    }
    // A plan that had no scenario shows the first one added.
    setCurrentScenario(current < 0 ? 0 : current);
}

Plan PlanDocument::planToWrite() const
{
    Plan plan = m_plan;
    // The name the plan has keeps it as it was (an older file's "" for the first scenario),
    // unless it names another scenario than the one shown now (chosen, renamed, removed).
    if (scenarioIndex(m_plan, m_plan.currentScenario) != m_currentScenario)
        plan.currentScenario =
            m_currentScenario >= 0 ? m_plan.scenarios.at(m_currentScenario).name : QString();
    return plan;
}

bool PlanDocument::save(QString *error, OnDiskChange change)
{
    if (isUntitled())
        return fail(error, tr("The plan has no file yet: choose one with Save As."));
    if (m_readOnly)
        return fail(error, tr("%1 is read-only: save the plan under another name with Save As.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    return saveTo(m_filePath, change, error);
}

bool PlanDocument::saveAs(const QString &path, QString *error)
{
    return saveTo(path, OnDiskChange::Overwrite, error);
}

bool PlanDocument::saveVersion(const QString &name, const QString &comment, QString *error,
                               OnDiskChange change)
{
    if (m_format == FileFormat::Json)
        return fail(error, tr("%1 is a JSON plan, which keeps no versions: save it as a ZeroPlan "
                              "project (.zeroplan) with Save As first.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    if (name.trimmed().isEmpty())
        return fail(error, tr("A version needs a name."));
    m_namedVersion = std::pair{name.trimmed(), comment.trimmed()};
    const bool saved = save(error, change);
    m_namedVersion.reset();
    return saved;
}

bool PlanDocument::changedOnDisk() const
{
    return !isUntitled() && !m_stamp.isNull() && !m_stamp.stillMatches(m_filePath);
}

bool PlanDocument::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

bool PlanDocument::retakeLock()
{
    if (isUntitled() || holdsLock())
        return true;
    m_lock = lockFor(m_filePath, &m_lockedBy);
    return m_lockedBy.isEmpty();
}

void PlanDocument::releaseLock()
{
    m_lock.reset();
}

bool PlanDocument::saveTo(const QString &path, OnDiskChange change, QString *error)
{
    const QString file = absolute(path);
    const FileFormat format = formatOf(file);
    if (format == FileFormat::None)
        return fail(error, tr("%1: save the plan as a .zeroplan project file or a .json plan")
                               .arg(QDir::toNativeSeparators(file)));
    // Another name of the same file (a symbolic link) shares its lock.
    const bool sameFile =
        !isUntitled() && PlanLock::lockPathFor(file) == PlanLock::lockPathFor(m_filePath);
    std::unique_ptr<PlanLock> newLock;
    if (sameFile) {
        if (!retakeLock())
            return fail(error, m_lockedBy);
        if (change == OnDiskChange::Refuse && changedOnDisk())
            return fail(error, tr("%1 was changed by another program since it was opened or "
                                  "saved here; nothing was written")
                                   .arg(QDir::toNativeSeparators(m_filePath)));
    } else {
        QString lockedBy;
        newLock = lockFor(file, &lockedBy);
        if (!lockedBy.isEmpty())
            return fail(error, lockedBy);
    }
    if (!writeFile(file, format, error))
        return false;
    m_stamp = PlanFileStamp::take(file);
    if (!sameFile) {
        m_lock = std::move(newLock); // the old file's lock goes
        m_lockedBy.clear();
    }
    QString recoveryError;
    m_recovery.saved(file, &recoveryError); // a copy left behind is older than the file: harmless
    setFile(file, format, false);
    markClean();
    emit saved();
    return true;
}

void PlanDocument::markClean()
{
    const bool wasModified = isModified();
    const bool wasClean = m_undoStack.isClean();
    m_savedScenario = m_currentScenario;
    m_recovered = false;
    m_reviewUnsaved = false;
    m_undoStack.setClean(); // a stack that was not clean says so itself (cleanChanged)
    if (wasClean && wasModified)
        emit modifiedChanged(false);
}

void PlanDocument::savedWithin()
{
    markClean();
    discardRecovery();
}

bool PlanDocument::writeFile(const QString &path, FileFormat format, QString *error)
{
    QString reason;
    const Plan plan = planToWrite();
    if (format == FileFormat::Json) {
        const bool written = PlanJson::writeFile(plan, path, &reason);
        if (written)
            m_plan.currentScenario = plan.currentScenario; // the plan as the file has it now
        return written || fail(error, reason);
    }
    const auto [name, comment] = m_namedVersion.value_or(std::pair<QString, QString>());
    PlanHistory history = m_history.afterSave(plan, m_author, m_organisation, name, comment);
    if (!PlanStore::save(plan, history, path, &reason))
        return fail(error, reason);
    m_plan.currentScenario = plan.currentScenario; // the plan as the file has it now
    const bool versionsChanged = history.versions != m_history.versions;
    m_history = std::move(history);
    if (versionsChanged)
        emit this->versionsChanged();
    return true;
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

bool PlanDocument::writeRecovery(QString *error)
{
    if (!isModified())
        return discardRecovery(error);
    return m_recovery.write(planToWrite(), error, m_history);
}

bool PlanDocument::discardRecovery(QString *error)
{
    return m_recovery.discard(error);
}

} // namespace zeroplan
