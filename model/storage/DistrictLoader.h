#pragma once

#include "PlanReadCache.h"
#include "plan/District.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// What became of one community link when the district was loaded.
enum class LinkStatus
{
    Ok,         // read, and its content is what was linked
    Missing,    // no file at the link's path
    Unreadable, // the file is there but is no plan this version reads (message says why)
    Changed     // read, but its content differs from the hash stored with the link
};

// One link of a district as loaded: where it leads, what was found there.
struct LinkState
{
    QString filePath; // the link's path resolved against the district file's folder
    LinkStatus status = LinkStatus::Missing;
    QString message; // for Unreadable: one line naming the file and why
    QString sha256;  // hex SHA-256 of the file's bytes now; empty when it can't be read
    int member = -1; // index into DistrictLoad::members when the plan was read, else -1
};

struct DistrictLoad
{
    QList<DistrictMember> members; // the communities that were read (Ok and Changed), in order
    QList<LinkState> links;        // one per link of the district, in its order
};

// Reads the community plans a district links (docs/district.md "The district file"): each link
// is resolved against the district file's folder and read with PlanFileReader (a .zeroplan or
// a JSON plan), the plans side by side on every core. A missing or unreadable plan is reported,
// not fatal; a plan whose bytes no longer match the stored hash is read and flagged Changed
// until relink() takes its new hash.
class DistrictLoader
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictLoader)

public:
    // With a `cache`, a plan whose file is as it was when the cache kept it is taken from the
    // cache instead of read and hashed again, and the plans read are kept in it.
    static DistrictLoad load(const District &district, const QString &districtPath,
                             const FactorLibrary *library = nullptr,
                             PlanReadCache *cache = nullptr);
    // The link's file: its path as is when absolute, else relative to the district's folder.
    static QString resolve(const QString &districtPath, const CommunityLink &link);
    // How a link to `planPath` is written in the district at `districtPath`: relative to its
    // folder.
    static QString relativePath(const QString &districtPath, const QString &planPath);
    // Hex SHA-256 of the file's bytes; empty when it can't be read.
    static QString fileHash(const QString &path);
    // Takes the current hash of link `index`'s file into the district (an explicit "relink":
    // the change is accepted). False and *error when the file can't be read.
    static bool relink(District &district, const QString &districtPath, qsizetype index,
                       QString *error);
    // "ok", "missing", "unreadable", "changed" (for machine output) and its translated words.
    static QString statusId(LinkStatus status);
    static QString statusName(LinkStatus status);

private:
    // Reads one link's plan into a member, or says in `state` why not.
    // From `kept` if given and still readable, else from the file; then, if `fresh` is given,
    // what the cache should keep of it.
    static std::optional<DistrictMember> readLink(const CommunityLink &link,
                                                  const QString &districtPath,
                                                  const FactorLibrary *library, LinkState &state,
                                                  const PlanReadCache::Entry *kept,
                                                  std::optional<PlanReadCache::Read> *fresh);
};

} // namespace zeroplan
