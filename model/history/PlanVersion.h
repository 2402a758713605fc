#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

struct Plan;
struct PlanReadResult;

// A version of a plan kept in its project file (docs/history.md, "Versions"): the whole plan
// as it was when saved, with who saved it and when. A named version is one a user made and
// called something ("draft for committee 2026-03"); an automatic one is made by every save
// and thinned as it ages (VersionThinning). One with a name or a comment is never thinned.
struct PlanVersion
{
    enum class Kind
    {
        Automatic, // made by a save
        Named      // made and named by a user
    };

    int number = 0; // 1, 2, …: never reused, so a version keeps its number when others go
    QDateTime at;   // UTC, to the second
    QString author;
    QString organisation;
    Kind kind = Kind::Automatic;
    QString name;
    QString comment;
    // How many entries the change log had when it was made: the changes after it are the
    // log's entries from there on ("changes since version X").
    qsizetype changeCount = 0;
    // The plan in the JSON plan format (PlanJson), compact and compressed with zlib
    // (qCompress): a version of a sample plan takes a few kilobytes.
    QByteArray planData;

    bool operator==(const PlanVersion &) const = default;

    // Never thinned: named, or given a comment.
    bool isKept() const { return kind == Kind::Named || !comment.isEmpty(); }
    // The plan's JSON object; empty when planData does not decompress to one.
    QJsonObject planObject() const;
    // The plan read back through PlanJson, with its problems (a version of a plan saved with
    // errors has them too); no plan when planData is damaged.
    PlanReadResult read() const;

    // `plan` as a version, numbered after every one in `existing`.
    static PlanVersion of(const Plan &plan, Kind kind, const QList<PlanVersion> &existing);
    static QByteArray pack(const QJsonObject &plan);
};

// "automatic", "named" (the file's and the CLI's names) and back.
QString versionKindId(PlanVersion::Kind kind);
std::optional<PlanVersion::Kind> versionKindFromId(const QString &id);

// A plan's versions, oldest first.
using PlanVersions = QList<PlanVersion>;

} // namespace zeroplan
