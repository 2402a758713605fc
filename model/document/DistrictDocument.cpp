#include "DistrictDocument.h"

#include "PlanDocument.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/DistrictStore.h"
#include "storage/PlanJson.h"
#include "storage/PlanLock.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace zeroplan {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

DistrictDocument::DistrictDocument(District district, const QString &path, DistrictLoad load,
                                   const FactorLibrary &library, const QDate &asOf)
    : m_district(std::move(district)), m_filePath(path), m_library(library),
      m_links(std::move(load.links)), m_members(load.members.cbegin(), load.members.cend()),
      m_asOf(asOf)
{
    m_savedOwnPlan = m_district.ownPlan;
    m_savedPlans.reserve(m_members.size());
    for (const DistrictMember &member : m_members)
        m_savedPlans.push_back(member.plan);
    m_memberModified.assign(m_members.size(), false);
    m_rollup = std::make_unique<DistrictRollup>(m_library, m_district.baseYear,
                                                m_district.horizonEnd, asOf);
    m_rollup->setMembers(m_members);
    m_rollup->setOwnPlan(m_district.ownPlan, m_district.ownScenario);
    m_stamp = PlanFileStamp::take(m_filePath);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &DistrictDocument::noteModified);
}

DistrictDocument::~DistrictDocument() = default;

std::unique_ptr<DistrictDocument> DistrictDocument::open(const QString &path,
                                                         const FactorLibrary &library,
                                                         QString *error, const QDate &asOf)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    DistrictStoreResult read = DistrictStore::load(file);
    if (!read.ok()) {
        fail(error, read.error);
        return {};
    }
    PlanReadCache cache(PlanReadCache::standardFile());
    DistrictLoad load = DistrictLoader::load(*read.district, file, &library, &cache);
    return std::unique_ptr<DistrictDocument>(
        new DistrictDocument(std::move(*read.district), file, std::move(load), library, asOf));
}

std::unique_ptr<DistrictDocument> DistrictDocument::fromServer(District district, DistrictLoad load,
                                                               const FactorLibrary &library,
                                                               const QString &source)
{
    std::unique_ptr<DistrictDocument> document(
        new DistrictDocument(std::move(district), {}, std::move(load), library, {}));
    document->m_serverSource = source;
    return document;
}

QString DistrictDocument::displayName() const
{
    return m_district.name.isEmpty() ? QFileInfo(m_filePath).fileName() : m_district.name;
}

DistrictLoad DistrictDocument::load() const
{
    DistrictLoad out;
    out.members = QList<DistrictMember>(m_members.cbegin(), m_members.cend());
    out.links = m_links;
    return out;
}

int DistrictDocument::linkOfMember(int member) const
{
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (m_links[i].member == member)
            return int(i);
    return -1;
}

QString DistrictDocument::memberFilePath(int member) const
{
    const int link = linkOfMember(member);
    return link < 0 ? QString() : m_links[link].filePath;
}

bool DistrictDocument::isMemberModified(int member) const
{
    return m_memberModified[size_t(member)];
}

bool DistrictDocument::isModified() const
{
    if (!m_undoStack.isClean() || m_linksDirty || isOwnPlanModified())
        return true;
    return std::find(m_memberModified.cbegin(), m_memberModified.cend(), true) !=
           m_memberModified.cend();
}

void DistrictDocument::noteModified()
{
    const bool modified = isModified();
    if (modified == m_wasModified)
        return;
    m_wasModified = modified;
    emit modifiedChanged(modified);
}

bool DistrictDocument::takeMemberPlan(int member, const Plan &plan)
{
    DistrictMember &changed = m_members[size_t(member)];
    if (changed.plan == plan)
        return false;
    changed.plan = plan;
    m_memberModified[size_t(member)] = changed.plan != m_savedPlans[size_t(member)];
    m_rollup->update(member, changed);
    emit memberChanged(member);
    return true;
}

void DistrictDocument::setMemberPlan(int member, const Plan &plan)
{
    setMemberPlans({{member, plan}});
}

void DistrictDocument::setMemberPlans(const QList<std::pair<int, Plan>> &plans)
{
    int changed = 0;
    for (const auto &[member, plan] : plans)
        changed += takeMemberPlan(member, plan) ? 1 : 0;
    if (changed == 0)
        return;
    // Several at once (a template change, its undo): the sums afresh, so that a step and its
    // undo give the roll-up's totals back to the last bit (update() adds and takes off).
    if (changed > 1)
        m_rollup->resum();
    emit rollupChanged();
    noteModified();
}

void DistrictDocument::setDistrict(const District &district)
{
    const bool sameSpan =
        district.baseYear == m_district.baseYear && district.horizonEnd == m_district.horizonEnd;
    bool rerun =
        district.ownPlan != m_district.ownPlan || district.ownScenario != m_district.ownScenario;
    m_district = district;
    if (rerun) // the district's own measures: run again if they changed
        m_rollup->setOwnPlan(m_district.ownPlan, m_district.ownScenario);
    for (qsizetype link = 0; link < m_links.size(); ++link) {
        const int index = m_links[link].member;
        if (index < 0 || link >= m_district.communities.size())
            continue;
        DistrictMember &member = m_members[size_t(index)];
        const CommunityLink &from = m_district.communities[link];
        if (member.scenario == from.scenario && member.type == from.type)
            continue;
        member.scenario = from.scenario;
        member.type = from.type;
        m_rollup->update(index, member);
        rerun = true;
    }
    if (!sameSpan) { // the span is the roll-up's own: a new one, run afresh
        m_rollup = std::make_unique<DistrictRollup>(m_library, m_district.baseYear,
                                                    m_district.horizonEnd, m_asOf);
        m_rollup->setMembers(m_members);
        m_rollup->setOwnPlan(m_district.ownPlan, m_district.ownScenario);
        rerun = true;
    }
    emit districtChanged();
    if (rerun)
        emit rollupChanged();
    noteModified();
}

void DistrictDocument::setOwnPlan(const Plan &plan)
{
    if (plan == m_district.ownPlan)
        return;
    m_district.ownPlan = plan;
    m_rollup->setOwnPlan(m_district.ownPlan, m_district.ownScenario);
    emit ownPlanChanged();
    emit rollupChanged();
    noteModified();
}

Plan DistrictDocument::ownPlanToEdit(const QString &name) const
{
    if (!m_district.ownPlan.scenarios.isEmpty() || m_district.hasOwnMeasures())
        return m_district.ownPlan;
    // The grid region of its communities (the district's region is a place name).
    const QString grid =
        m_members.empty() ? QString() : m_members.front().plan.community.gridRegion;
    Plan plan =
        StartingPlan::make(name, grid, m_district.baseYear, m_library, PriceLibrary::builtIn());
    plan.community.region = m_district.region;
    plan.community.horizonEnd = m_district.horizonEnd;
    plan.community.currency = m_district.currency;
    return m_district.templ.apply(plan);
}

void DistrictDocument::memberSaved(int member)
{
    m_savedPlans[size_t(member)] = m_members[size_t(member)].plan;
    m_memberModified[size_t(member)] = false;
    const int link = linkOfMember(member);
    if (link >= 0) {
        const QString hash = DistrictLoader::fileHash(m_links[link].filePath);
        m_links[link].sha256 = hash;
        m_links[link].status = LinkStatus::Ok;
        if (m_district.communities[link].sha256 != hash) {
            m_district.communities[link].sha256 = hash;
            m_linksDirty = true;
        }
    }
    emit districtChanged();
    noteModified();
}

std::unique_ptr<PlanDocument> DistrictDocument::openMember(int member, const QString &recoveryDir,
                                                           QString *error) const
{
    if (isFromServer()) {
        fail(error, tr("%1 is on the shared store: check it out (File → Check Out from Shared "
                       "Store…) to open and change its plan.")
                        .arg(m_members[size_t(member)].name));
        return {};
    }
    return PlanDocument::openWithPlan(memberFilePath(member), m_members[size_t(member)].plan,
                                      recoveryDir, error);
}

bool DistrictDocument::saveMember(int member, QString *error)
{
    const QString path = memberFilePath(member);
    PlanLock lock(path);
    if (!lock.lock(PlanLock::kAppWaitMilliseconds) && lock.isHeldByOther())
        return fail(error, lock.error());
    // The file as read when the district was opened (or last saved here): else another
    // program wrote it meanwhile, and its change is not written over.
    const int link = linkOfMember(member);
    if (DistrictLoader::fileHash(path) != m_links[link].sha256)
        return fail(error, tr("%1 was changed by another program since the district was "
                              "opened; it was not written")
                               .arg(QDir::toNativeSeparators(path)));
    const Plan &plan = m_members[size_t(member)].plan;
    QString reason;
    const bool json =
        QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0;
    const bool written =
        json ? PlanJson::writeFile(plan, path, &reason) : PlanStore::save(plan, path, &reason);
    if (!written)
        return fail(error, reason);
    memberSaved(member);
    return true;
}

bool DistrictDocument::save(QString *error)
{
    if (isFromServer())
        return fail(error, tr("%1 was read from the shared store to look at, and is not saved: "
                              "check a community out to change its plan.")
                               .arg(displayName()));
    PlanLock lock(m_filePath);
    if (!lock.lock(PlanLock::kAppWaitMilliseconds) && lock.isHeldByOther())
        return fail(error, lock.error());
    if (!m_stamp.stillMatches(m_filePath))
        return fail(error, tr("%1 was changed by another program since it was opened; nothing "
                              "was written")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    for (int i = 0; i < memberCount(); ++i)
        if (isMemberModified(i) && !saveMember(i, error))
            return false;
    QString reason;
    if (!DistrictStore::save(m_district, m_filePath, &reason))
        return fail(error, reason);
    m_stamp = PlanFileStamp::take(m_filePath);
    m_linksDirty = false;
    m_savedOwnPlan = m_district.ownPlan;
    m_undoStack.setClean();
    noteModified();
    emit saved();
    return true;
}

} // namespace zeroplan
