#pragma once

#include "PlanProblem.h"
#include "history/PlanHistory.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QString>
#include <optional>

namespace zeroplan {

struct SqliteFileFailure;

struct PlanStoreResult
{
    // Set when the file is a project file this version reads; `problems` then holds what
    // PlanValidator found in the plan. Unset when the file can't be read: `problems` then
    // holds one error, a line that starts with the file's name and says why.
    std::optional<Plan> plan;
    PlanProblems problems;
    bool readOnly = false; // the file can't be written: saving it needs "Save As"
    PlanHistory history;   // the plan's change log and versions (docs/history.md), oldest first
    bool ok() const { return plan.has_value() && !hasErrors(problems); }
};

// The .zeroplan project file: one SQLite database per plan (docs/project-file.md).
// Loading never modifies the file; saving replaces it atomically, so a failed save leaves
// the previous file as it was.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanStore)

public:
    // The longest a load may take, whatever the file holds (docs/project-file.md).
    static constexpr qint64 kReadTimeLimitMs = 30000;
    // Reads the file at `path` without writing anything there or beside it (no journal,
    // -wal or -shm file); a damaged, truncated or hostile file gets one error naming it.
    static PlanStoreResult load(const QString &path, qint64 timeLimitMs = kReadTimeLimitMs);
    // Whether `bytes` (a file's first bytes) begin as an SQLite database does: the 16-byte
    // header "SQLite format 3\0", or a file cut short within it (at least "SQLite").
    static bool isSqliteStart(const QByteArray &bytes);
    // Writes the whole plan to a temporary file next to `path`, then renames it over `path`.
    // On failure returns false, sets *error (names the file and the reason) and leaves
    // `path` untouched.
    // A killed save leaves its temporary file; the next save next to it removes the ones
    // older than this.
    static constexpr qint64 kStaleTemporarySeconds = 600;
    // The history (change log and versions) is written as `history` says; without one, the
    // history of the project file at `path`, if there is one that reads, is kept: a writer
    // that knows nothing of the history never loses it.
    static bool save(const Plan &plan, const QString &path, QString *error);
    static bool save(const Plan &plan, const PlanHistory &history, const QString &path,
                     QString *error);
    // The same, without the fsyncs: for a batch of new files that the caller makes durable at
    // once afterwards (SqliteFile::syncFileSystem), as DistrictCreate does.
    static bool saveUnsynced(const Plan &plan, const QString &path, QString *error);
    // The history of the project file at `path`, or nothing when there is no such file or it
    // does not read.
    static std::optional<PlanHistory> historyOf(const QString &path);

private:
    static bool save(const Plan &plan, const PlanHistory *history, const QString &path,
                     QString *error, bool synced);
    // The one line a load's failure gives, starting with the file's name.
    static QString failureMessage(const QString &path, const SqliteFileFailure &failure);
};

} // namespace zeroplan
