#pragma once

#include "ChangeEvent.h"
#include "history/PlanHistory.h"
#include "plan/Plan.h"
#include "storage/PlanFileStamp.h"
#include "storage/PlanProblem.h"
#include "storage/RecoveryFile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>
#include <optional>

namespace zeroplan {

class PlanLock;

// The plan open in a window: the plan itself, the file it comes from, its undo stack and
// whether it has unsaved changes. Views read the plan with plan() and change it only by
// pushing a PlanCommand on undoStack(); the document then says what changed with changed().
//
// Unsaved changes: the undo stack is away from the state last saved or opened, or the plan
// came from a recovery copy and has not been saved since. The app calls writeRecovery() every
// minute or so, and discardRecovery() when the user closes without saving. A document that is
// destroyed without either keeps its recovery copy, to be offered at the next start.
//
// Two writers (docs/desktop.md, "When another program changes the plan"): a document opened
// from a file holds the file's PlanLock while it is open (none when the file is read-only),
// and remembers the file's PlanFileStamp as opened or last saved. Save refuses to write over
// a file another program changed since (changedOnDisk()), unless told to overwrite. When
// another program holds the lock at open, the plan opens all the same, but Save refuses
// (lockedBy() says who holds it) until the lock can be taken: Save As works.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    enum class FileFormat
    {
        None,
        Project,
        Json
    }; // None: untitled
    Q_ENUM(FileFormat)

    ~PlanDocument() override;

    // An untitled plan with sensible defaults (StartingPlan: horizon 2060, neutrality by 2060,
    // one scenario; the grid region's electricity factor, currency and prices if one is given).
    // `recoveryDir` is where recovery copies of an untitled plan go (RecoveryFile).
    static std::unique_ptr<PlanDocument> newDocument(int baseYear, const QString &recoveryDir,
                                                     const QString &gridRegion = QString());
    // An untitled plan that starts as `plan` (a bundled sample): not modified until edited,
    // saved with Save As.
    static std::unique_ptr<PlanDocument> fromPlan(Plan plan, const QString &recoveryDir);
    // A .zeroplan project file or a JSON plan, told by its content whatever its name
    // (PlanFileReader, as the CLI reads it). A plan with errors opens (problems() lists
    // them); a file that can't be read gives nothing and *error one line naming the file.
    static std::unique_ptr<PlanDocument> open(const QString &path, const QString &recoveryDir,
                                              QString *error);
    // The file at `path` as open() opens it, holding `plan` in place of what the file has (a
    // community of a district whose unsaved district edits reached it): modified when the two
    // differ, so that Save writes `plan` to the file.
    static std::unique_ptr<PlanDocument> openWithPlan(const QString &path, Plan plan,
                                                      const QString &recoveryDir, QString *error);
    // The plan in a recovery copy the user chose (RecoveryFile::find): it has unsaved changes
    // and belongs to the copy's original file, if any.
    static std::unique_ptr<PlanDocument> recover(const RecoveryCopy &copy,
                                                 const QString &recoveryDir, QString *error);
    // The plan kept as version `number` of `source`'s file (docs/history.md, "Versions"):
    // untitled and unmodified, to look at, or to keep as a plan of its own with Save As; its
    // file is never written. Nothing when there is no such version or its plan does not read;
    // *error then says why.
    static std::unique_ptr<PlanDocument> fromVersion(const PlanDocument &source, int number,
                                                     const QString &recoveryDir, QString *error);
    // From the extension: ".json" is a JSON plan, ".zeroplan" a project file, else None.
    static FileFormat formatOf(const QString &path);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The change log (docs/history.md): what the file had, and every undo step made, undone
    // or redone here since, each with the values it changed, old → new. Saved with a project
    // file and its recovery copy; a JSON plan keeps none.
    const ChangeLog &changeLog() const { return m_history.changeLog; }
    // The versions the file keeps (docs/history.md, "Versions"), oldest first: every save of
    // a project file makes an automatic one (thinned as they age), saveVersion() a named one.
    const PlanVersions &versions() const { return m_history.versions; }
    const PlanHistory &history() const { return m_history; }
    // Who makes the changes from now on (Preferences: name and organisation).
    void setAuthor(const QString &name, const QString &organisation);
    QString author() const { return m_author; }
    QString organisation() const { return m_organisation; }
    // The author's own words on why, kept with the last change in the log (History panel);
    // false when there is none.
    bool setLastChangeReason(const QString &reason);
    // Comments and review (docs/review.md): the threads of comments on the plan's objects
    // and the review state of its measures. Not undo steps: a remark or mark is only ever
    // added (a thread resolved can be opened again, a state set back), and the plan has
    // unsaved changes until it is saved. Kept in a project file and its recovery copy.
    const PlanReview &review() const { return m_history.review; }
    // Whether comments can be added here; *why says why not: a JSON plan keeps none, a
    // version shown is read-only.
    bool canReview(QString *why = nullptr) const;
    // A comment by the author on `target`, starting a thread, or answering `thread` (which
    // opens it again if it was resolved). The remark's id; empty, with *error, when refused
    // (no words, no such thread, canReview() false).
    QString addComment(const ReviewTarget &target, const QString &text, QString *error,
                       const QString &thread = {});
    bool setThreadResolved(const QString &thread, bool resolved, QString *error);
    bool setReviewState(const QString &measure, ReviewState state, QString *error);
    // Adds the remarks and marks of `other` (an adviser's comments file) that this plan's
    // review lacks; how many. Refused (-1, *error) when canReview() is false.
    int mergeReview(const PlanReview &other, QString *error);
    // Writes a copy of the plan, with its history and review, to the project file `path` for
    // someone to review (docs/review.md, "Review by e-mail"): it says whose file it copies.
    // The document stays with its own file.
    bool exportReviewCopy(const QString &path, QString *error) const;

    // The shared store (docs/server.md, "Check-out and check-in"): where the file was checked
    // out from, if it was; whether it can be checked in (*why not: a JSON plan keeps no
    // record of it, a version shown is read-only).
    const std::optional<SharedCheckout> &checkout() const { return m_history.checkout; }
    bool canCheckIn(QString *why = nullptr) const;
    // Takes in a check-in's result (SharedSync::checkIn, Done): the plan as checked in, as one
    // undo step when it differs from this one (changes of `mergedWith`'s merged in), its
    // revision and the server's comments. Unsaved until saved: the caller saves.
    bool takeCheckIn(const Plan &plan, const PlanHistory &checkedIn, const QString &mergedWith,
                     QString *error);

    // What PlanValidator (or the JSON reader) found when the file was opened.
    const PlanProblems &problems() const { return m_problems; }

    QString filePath() const { return m_filePath; } // absolute; empty: untitled
    FileFormat fileFormat() const { return m_format; }
    QString displayName() const; // the file's name, "Untitled", or the version's
    // For a plan opened from a version: "xinqiao.zeroplan, version 3 (draft for committee)";
    // else empty.
    QString versionShown() const { return m_versionShown; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; } // Save is refused: use Save As
    bool isModified() const;

    // The scenario the window shows (the key figures, Pathway, Costs, Uncertainty and Report):
    // an index into plan().scenarios, -1 when there is none. It starts at the one the file
    // names (Plan::currentScenario), else the first; it follows its scenario when others are
    // added or removed before it, and is saved with the plan under its name at the time.
    int currentScenario() const { return m_currentScenario; }
    // Choosing a scenario is not an edit of the plan (no undo step), but the plan has unsaved
    // changes while the scenario shown differs from the one saved. Clamped to the scenarios.
    void setCurrentScenario(int index);

    // Whether Save may write over a file that another program changed since it was opened
    // or saved here.
    enum class OnDiskChange
    {
        Refuse,
        Overwrite
    };

    // Save to the file the plan came from; refused for an untitled or read-only plan, while
    // another program holds the file's lock, and (unless `change` is Overwrite) when the file
    // changed on disk since it was opened or saved here.
    bool save(QString *error, OnDiskChange change = OnDiskChange::Refuse);
    // Save to `path` in the format its extension names; the document then belongs to it (and
    // holds its lock). Refused while another program holds the lock of `path`; writes over a
    // change on disk, as the user chose the file.
    bool saveAs(const QString &path, QString *error);
    // Save, as save() does, keeping the plan as saved as a version named `name` (with an
    // optional comment): refused as save() is, and for a JSON plan, which keeps no versions.
    bool saveVersion(const QString &name, const QString &comment, QString *error,
                     OnDiskChange change = OnDiskChange::Refuse);

    // The plan was written inside another file by its owner (the district's own measures, saved
    // with the district file): it has no unsaved changes now, and its recovery copy goes.
    void savedWithin();

    // The file on disk is no longer the one opened or last saved here: another program wrote
    // (or removed) it. False for an untitled plan.
    bool changedOnDisk() const;
    // Another program held the plan file's lock when it was opened or at the last try: the
    // message that says who ("…: the plan is being edited by zeroplan (pid 1234 on li-pc); …").
    // Empty while this document holds the lock, or could not make one at all.
    QString lockedBy() const { return m_lockedBy; }
    bool holdsLock() const;
    // Tries to take the plan file's lock again; false (lockedBy() says why) while another
    // program holds it.
    bool retakeLock();
    // Lets go of the plan file's lock, so that the same file can be opened again (to reload).
    void releaseLock();

    // Writes the recovery copy while there are unsaved changes (and removes it when there are
    // none). Returns false and sets *error when a copy could not be written.
    bool writeRecovery(QString *error = nullptr);
    bool discardRecovery(QString *error = nullptr);
    QString recoveryCopyPath() const { return m_recovery.copyPath(); }

signals:
    void changed(const zeroplan::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void currentScenarioChanged(int index);
    void fileNameChanged();
    // The plan was written to its file by save() or saveAs() (not by a recovery copy).
    void saved();
    // A change was added to the change log, or its last change grew (an edit merged into it).
    void changeLogged();
    // The versions changed: a save made one, or thinned some.
    void versionsChanged();
    // A comment, a thread resolved or opened, a review state set, or comments merged.
    void reviewChanged();

private:
    friend class PlanCommand;

    PlanDocument(Plan plan, const QString &path, FileFormat format, RecoveryFile recovery);
    bool writeFile(const QString &path, FileFormat format, QString *error);
    bool saveTo(const QString &path, OnDiskChange change, QString *error);
    void setFile(const QString &path, FileFormat format, bool readOnly);
    // No unsaved changes from now on (saved).
    void markClean();
    // Keeps the current scenario on its scenario as scenarios are added and removed.
    void followScenarios(const ChangeEvent &event);
    // The plan as it is written: with the current scenario's name.
    Plan planToWrite() const;
    // The undo stack moved to `index`: what changed since the last entry goes in the log.
    void logChange(int index);
    // `review` is the plan's review from now on: unsaved until saved.
    void setReview(PlanReview review);

    Plan m_plan;
    QString m_filePath;
    FileFormat m_format = FileFormat::None;
    bool m_readOnly = false;
    bool m_recovered = false;     // from a recovery copy, not saved since
    bool m_reviewUnsaved = false; // comments or review states added since opened or saved
    int m_currentScenario = -1;
    int m_savedScenario = -1; // the current scenario when opened or last saved
    PlanProblems m_problems;
    QUndoStack m_undoStack;
    RecoveryFile m_recovery;
    std::unique_ptr<PlanLock> m_lock; // held while the file is open for saving
    QString m_lockedBy;
    PlanFileStamp m_stamp; // the file as opened or last saved here
    PlanHistory m_history;
    QString m_versionShown;
    // The name and comment of the version the save under way makes; none: an automatic one.
    std::optional<std::pair<QString, QString>> m_namedVersion;
    QString m_author;
    QString m_organisation;
    // The plan as the log has it (after its last entry) and before its last entry, in the
    // JSON form PlanDiff compares; the undo index then, and the step a redo would make.
    QJsonObject m_logged;
    QJsonObject m_beforeLast;
    int m_loggedIndex = 0;
    const QUndoCommand *m_redoNext = nullptr;
    QString m_undoText;            // the step an undo would take back
    bool m_lastEntryGrows = false; // the log's last entry is the edit a merge adds to
};

} // namespace zeroplan
