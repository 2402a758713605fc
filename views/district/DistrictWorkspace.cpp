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
    return m_document->save(error);
}

void DistrictWorkspace::discardRecovery()
{
    for (const QPointer<PlanDocument> &document : std::as_const(m_all))
        if (document)
            document->discardRecovery();
}

} // namespace zeroplan
