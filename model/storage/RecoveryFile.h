#pragma once

#include "PlanStore.h"
#include "RecoveryOwner.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

// A recovery copy found on disk by RecoveryFile::find, to offer after a crash.
struct RecoveryCopy
{
    QString recoveryPath; // the copy: a .zeroplan file
    QString originalPath; // the user's file it holds changes to; empty: an untitled plan
    QString planName;     // the plan's title (else its community's name); empty when damaged
    QDateTime writtenAt;  // when the copy was last written (its modification time)
    bool originalModified = false; // the original was saved after the copy: the copy is older
    bool originalMissing = false;  // the original is gone (deleted, moved, not mounted)
    RecoveryOwner owner; // who wrote it (pid 0: not recorded); never a process running here
    QString damage;      // why the copy can't be read (one line, names the file); empty: it can

    bool isDamaged() const { return !damage.isEmpty(); }
    bool isUntitled() const { return originalPath.isEmpty(); }
    // Written on another computer (a shared folder): its session may still be open there.
    bool isFromOtherHost() const { return !owner.host.isEmpty() && !owner.isOnThisHost(); }
};

// Autosave and crash recovery for one open plan (docs/project-file.md, "Recovery copies").
//
// The app keeps one RecoveryFile per open plan and calls write() every minute or so while the
// plan has unsaved changes. The copy goes beside the user's file under a hidden name
// (".Xinqiao.zeroplan.1f2e3d4c.recovery.zeroplan"), or, for an untitled plan or when that
// folder can't be written, into `recoveryDir`; it is written through PlanStore::save, so it
// is always whole, and the user's file itself is never touched. A sidecar ("….recovery.json")
// records the file it belongs to and the process that writes it.
//
// After a clean save the app calls saved(path); on "close without saving", discard(). At
// start-up, find() lists what a crashed session left; the app offers each copy, loads the
// one the user picks with load(), and continues with resume(copy, recoveryDir), or
// deletes it with remove(). A RecoveryFile is not thread-safe: if write() runs off the GUI
// thread, the app calls saved() and discard() only once that write() has returned.
class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::RecoveryFile)

public:
    // `planPath` empty: an untitled plan. `recoveryDir` is created when first needed (the app
    // passes QStandardPaths::AppDataLocation + "/recovery").
    RecoveryFile(const QString &planPath, const QString &recoveryDir);
    // Continues with a copy the user recovered: the next write() replaces it (and records this
    // process as its writer), saved() or discard() deletes it.
    static RecoveryFile resume(const RecoveryCopy &recovered, const QString &recoveryDir);

    // Writes `plan` and its history (docs/history.md: change log, versions) as the recovery copy.
    // On failure returns false and sets *error (one line, translated); a previous copy is kept.
    bool write(const Plan &plan, QString *error, const PlanHistory &history = {});
    // The plan was saved cleanly to `planPath` (Save or Save As): the copy is deleted and later
    // copies belong to `planPath`. Returns false (and sets *error) if a file could not be
    // deleted.
    bool saved(const QString &planPath, QString *error = nullptr);
    // Deletes the copy and its sidecar (the user closed the plan without saving).
    bool discard(QString *error = nullptr);

    QString planPath() const { return m_planPath; }
    // Where the copy is; empty before the first write() and after discard().
    QString copyPath() const { return m_written ? m_copyPath : QString(); }

    // The recovery copies to offer: those beside each of `planPaths` (the recent files) and
    // those in `recoveryDir`, newest first, without the copies of sessions still running on
    // this computer (this one included). Reading them never modifies them; a damaged one is
    // listed with `damage` set.
    static QList<RecoveryCopy> find(const QStringList &planPaths, const QString &recoveryDir);
    // The plan in the copy (PlanStore::load; the copy is opened read-only). `readOnly` then
    // says whether the *original* file can't be written, for "Save" versus "Save As".
    static PlanStoreResult load(const RecoveryCopy &copy);
    // Deletes a listed copy, its sidecar and the temporary files killed writes of it left.
    // Never deletes anything but a recovery copy's own files.
    static bool remove(const RecoveryCopy &copy, QString *error = nullptr);
    // One line for the user: "Recovered changes to Xinqiao.zeroplan from 14:32".
    static QString describe(const RecoveryCopy &copy);

private:
    QString besidePath() const;
    QString fallbackPath() const;
    bool writeAt(const QString &copyPath, const Plan &plan, const PlanHistory &history,
                 QString *reason);
    bool writeFallback(const Plan &plan, const PlanHistory &history, QString *reason);

    QString m_planPath; // absolute; empty: untitled
    QString m_recoveryDir;
    QString m_token;              // this session's part of the copy's name
    QString m_copyPath;           // where the copy is written; empty: not decided yet
    bool m_written = false;       // m_copyPath holds a copy (or a sidecar) of this session
    bool m_ownerRecorded = false; // the sidecar at m_copyPath names this process
};

} // namespace zeroplan
