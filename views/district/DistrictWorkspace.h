#pragma once

#include "DistrictDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <map>
#include <memory>

namespace zeroplan {

class DistrictPage;
class PlanDocument;

// A district open in the window (docs/desktop.md, "Districts"): its DistrictDocument, its page,
// and the plans of the communities opened in place. A community's PlanDocument is made the
// first time it is opened and kept while the district is open, so that its undo history
// survives going back to the district and in again; each of its edits reaches the district's
// roll-up at once (DistrictDocument::setMemberPlan). While the window shows a community, the
// window holds its document (lent with takeCommunity, given back with keepCommunity).
class DistrictWorkspace : public QObject
{
    Q_OBJECT

public:
    ~DistrictWorkspace() override;

    // The district file at `path`, or nothing and *error (one line naming the file).
    static std::unique_ptr<DistrictWorkspace> open(const QString &path, const QString &recoveryDir,
                                                   QString *error);

    // A district read from the shared store (DistrictDocument::fromServer).
    static std::unique_ptr<DistrictWorkspace> of(std::unique_ptr<DistrictDocument> document,
                                                 const QString &recoveryDir);

    DistrictDocument *document() const { return m_document.get(); }
    DistrictPage *page() const;
    // A new page in place of the old one (after a language switch); the window shows it.
    void rebuildPage();

    // The document of community `member` for the window to show: the kept one, else opened
    // now (DistrictDocument::openMember). Nothing and *error when its file can't be opened.
    std::unique_ptr<PlanDocument> takeCommunity(int member, QString *error);
    // The window goes back to the district: it gives the community's document back to keep.
    void keepCommunity(int member, std::unique_ptr<PlanDocument> document);
    // The district's own measures, opened in place like a community (the window's member index
    // for them is kOwnMeasures): a plan without a file of its own, held by the district file.
    // Its edits reach the roll-up at once (DistrictDocument::setOwnPlan); its undo history is
    // its own and survives going back to the district. A district without own measures yet
    // gets a new plan spanning its years, the template applied (DistrictDocument::ownPlanToEdit).
    static constexpr int kOwnMeasures = -2;
    std::unique_ptr<PlanDocument> takeOwnMeasures();
    void keepOwnMeasures(std::unique_ptr<PlanDocument> document);
    PlanDocument *ownMeasuresDocument() const { return m_own; }

    // The community documents made so far (kept here or lent to the window), by member.
    PlanDocument *communityDocument(int member) const { return m_all.value(member); }

    // Unsaved changes in the district or any of its communities.
    bool isModified() const;
    // Saves every modified community opened in place through its own document (so that its
    // undo history and file stamp stay right), then the district (DistrictDocument::save: the
    // other modified communities and the district file). False and *error on the first failure.
    bool save(QString *error);
    // The user discarded the unsaved changes: the recovery copies of the communities go.
    void discardRecovery();

signals:
    // The page asks to open a community in place.
    void openCommunityRequested(int member);
    // The page asks to open the district's own measures in place.
    void openOwnMeasuresRequested();
    void modifiedChanged();

private:
    DistrictWorkspace(std::unique_ptr<DistrictDocument> document, const QString &recoveryDir);

    std::unique_ptr<DistrictDocument> m_document;
    QString m_recoveryDir;
    QPointer<DistrictPage> m_page; // owned by the window once shown
    std::map<int, std::unique_ptr<PlanDocument>> m_kept;
    std::unique_ptr<PlanDocument> m_keptOwn;
    QPointer<PlanDocument> m_own; // the own measures' document, kept here or lent to the window
    QHash<int, QPointer<PlanDocument>> m_all;
};

} // namespace zeroplan
