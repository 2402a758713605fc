#pragma once

#include "PlanStore.h"
#include "plan/District.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

struct SqliteFileFailure;

struct DistrictStoreResult
{
    // Set when the file is a district file this version reads; unset when it can't be read:
    // `error` then says why in one line that starts with the file's name.
    std::optional<District> district;
    QString error;
    bool readOnly = false; // the file can't be written
    bool ok() const { return district.has_value(); }
};

// The .zeroplan-district file (docs/district.md "The district file"): one SQLite database
// holding a District and the links to its community plans, read and written with the same
// guarantees as the plan's project file (SqliteFile: atomic save, loading never changes the
// file, a damaged, foreign or newer file is refused with a message naming it). Writers hold
// the file's PlanLock while they read and replace it, as for a plan.
class DistrictStore
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictStore)

public:
    static constexpr qint64 kApplicationId = 0x5A504C44; // 'ZPLD'
    // PRAGMA user_version. 2: the template, the links' overrides and the district's own plan;
    // a version 1 file is read (upgraded in a copy) as a district without them.
    static constexpr int kVersion = 2;
    // The file name ending of a district file.
    static QString suffix() { return QStringLiteral(".zeroplan-district"); }

    static DistrictStoreResult load(const QString &path,
                                    qint64 timeLimitMs = PlanStore::kReadTimeLimitMs);
    // Replaces `path` atomically with `district`; false and *error (naming the file) on
    // failure, leaving `path` as it was.
    static bool save(const District &district, const QString &path, QString *error);

private:
    static QString failureMessage(const QString &path, const SqliteFileFailure &failure);
};

} // namespace zeroplan
