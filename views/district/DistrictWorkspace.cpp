#include "DistrictWorkspace.h"

#include "DistrictPage.h"
#include "DistrictTemplateEdits.h"
#include "PlanDocument.h"
#include "storage/FactorLibraryJson.h"

namespace zeroplan {

DistrictWorkspace::DistrictWorkspace(std::unique_ptr<DistrictDocument> document,
                                     const QString &recoveryDir)
    : m_document(std::move(document)), m_recoveryDir(recoveryDir)
{
    rebuildPage();
    connect(m_document.get(), &DistrictDocument::modifiedChanged, this,
            &DistrictWorkspace::modifiedChanged);
}

DistrictWorkspace::~DistrictWorkspace()
{
    delete m_page; // it refers to the document
    m_kept.clear();
    m_keptOwn.reset();
}

DistrictPage *DistrictWorkspace::page() const
{
    return m_page;
}

void DistrictWorkspace::rebuildPage()
{
    delete m_page;
    m_page = new DistrictPage(m_document.get());
    connect(m_page, &DistrictPage::openCommunityRequested, this,
            &DistrictWorkspace::openCommunityRequested);
    connect(m_page, &DistrictPage::openOwnMeasuresRequested, this,
            &DistrictWorkspace::openOwnMeasuresRequested);
}

std::unique_ptr<DistrictWorkspace> DistrictWorkspace::of(std::unique_ptr<DistrictDocument> document,
                                                         const QString &recoveryDir)
{
    return std::unique_ptr<DistrictWorkspace>(
        new DistrictWorkspace(std::move(document), recoveryDir));
}

std::unique_ptr<DistrictWorkspace>
DistrictWorkspace::open(const QString &path, const QString &recoveryDir, QString *error)
{
    std::unique_ptr<DistrictDocument> document =
        DistrictDocument::open(path, FactorLibraryJson::builtIn(), error);
    if (!document)
        return {};
    return std::unique_ptr<DistrictWorkspace>(
        new DistrictWorkspace(std::move(document), recoveryDir));
}

std::unique_ptr<PlanDocument> DistrictWorkspace::takeCommunity(int member, QString *error)
{
    auto kept = m_kept.find(member);
    if (kept != m_kept.end()) {
        std::unique_ptr<PlanDocument> document = std::move(kept->second);
        m_kept.erase(kept);
        // The district changed this community's plan meanwhile (not through this document):
        // the document would show an older plan, so it is opened afresh.
        if (document->plan() == m_document->member(member).plan)
            return document;
        document.reset();
    }
    std::unique_ptr<PlanDocument> document = m_document->openMember(member, m_recoveryDir, error);
    if (!document)
        return {};
    PlanDocument *raw = document.get();
    // An edit in the community also marks (or unmarks) the templated values it made differ
    // from the template as the community's own. That is set on the district without an undo
    // step of its own: the edit is a step on the community's undo stack, and undoing it there
    // brings the plan back, which unmarks the value again by the same rule.
    connect(raw, &PlanDocument::changed, m_document.get(), [this, raw, member] {
        const Plan before = m_document->member(member).plan;
        const int link = m_document->linkOfMember(member);
        m_document->setMemberPlan(member, raw->plan());
        if (link < 0)
            return;
        const District after = DistrictTemplateEdits::overridesAfterEdit(m_document->district(),
                                                                         link, before, raw->plan());
        if (!(after == m_document->district()))
            m_document->setDistrict(after);
    });
    connect(raw, &PlanDocument::modifiedChanged, this, &DistrictWorkspace::modifiedChanged);
    m_all.insert(member, raw);
    return document;
}

namespace {

// The own plan as the district counts it: with the scenario its window shows as current.
Plan countedOwnPlan(const PlanDocument &document)
{
    Plan plan = document.plan();
    const int current = document.currentScenario();
    if (current >= 0)
        plan.currentScenario = plan.scenarios[current].name;
    return plan;
}

} // namespace

std::unique_ptr<PlanDocument> DistrictWorkspace::takeOwnMeasures()
{
    if (m_keptOwn) {
        std::unique_ptr<PlanDocument> document = std::move(m_keptOwn);
        // A district step (an undo of taking them away, say) changed the own plan meanwhile.
        if (countedOwnPlan(*document) == m_document->district().ownPlan)
            return document;
    }
    const QString name = tr("%1 district measures").arg(m_document->displayName());
    std::unique_ptr<PlanDocument> document =
        PlanDocument::fromPlan(m_document->ownPlanToEdit(name), m_recoveryDir);
    PlanDocument *raw = document.get();
    auto follow = [this, raw] { m_document->setOwnPlan(countedOwnPlan(*raw)); };
    connect(raw, &PlanDocument::changed, m_document.get(), follow);
    connect(raw, &PlanDocument::currentScenarioChanged, m_document.get(), follow);
    connect(raw, &PlanDocument::modifiedChanged, this, &DistrictWorkspace::modifiedChanged);
    m_own = raw;
    return document;
}

void DistrictWorkspace::keepOwnMeasures(std::unique_ptr<PlanDocument> document)
{
    m_keptOwn = std::move(document);
}

void DistrictWorkspace::keepCommunity(int member, std::unique_ptr<PlanDocument> document)
{
    if (document)
        m_kept[member] = std::move(document);
}

bool DistrictWorkspace::isModified() const
{
    if (m_document->isModified())
        return true;
    for (const QPointer<PlanDocument> &document : m_all)
        if (document && document->isModified())
            return true;
    return false;
}

bool DistrictWorkspace::save(QString *error)
{
    for (auto it = m_all.cbegin(); it != m_all.cend(); ++it) {
        PlanDocument *document = it.value();
        if (!document || !document->isModified())
            continue;
        if (!document->save(error))
            return false;
        m_document->memberSaved(it.key());
    }
    if (!m_document->save(error))
        return false;
    if (m_own) // written into the district file
        m_own->savedWithin();
    return true;
}

void DistrictWorkspace::discardRecovery()
{
    for (const QPointer<PlanDocument> &document : std::as_const(m_all))
        if (document)
            document->discardRecovery();
    if (m_own)
        m_own->discardRecovery();
}

} // namespace zeroplan
