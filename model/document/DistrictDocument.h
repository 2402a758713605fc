#pragma once

#include "district/DistrictRollup.h"
#include "plan/District.h"
#include "storage/DistrictLoader.h"
#include "storage/PlanFileStamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

namespace zeroplan {

class FactorLibrary;
class PlanDocument;

// The district open in a window (docs/district.md, "The district in the app"): the district
// file, the community plans it links (read once, kept in memory), their roll-up kept up to
// date, and the district's own undo stack for edits of the district (the template, the
// scenario or type of a community). A community's plan is changed by setMemberPlan(), which a
// community opened in place calls on each of its own edits, and which the district's commands
// call when the template reaches it; the roll-up is updated for that community alone.
//
// The district's own measures are a plan held in the district file (setOwnPlan), edited in
// place like a community and saved with the district.
//
// Save writes the district file and every community plan that differs from its file (each
// atomically, under its lock), taking each written plan's new hash into its link. Nothing is
// written when a file was changed by another program since it was opened (save() says which).
class DistrictDocument : public QObject
{
    Q_OBJECT

public:
    ~DistrictDocument() override;

    // Opens a .zeroplan-district file and reads the plans it links. A missing or unreadable
    // plan is kept as a link without a member (links() says why); a file that is no district
    // file gives nothing and *error one line naming it. `library` must outlive the document.
    // Plans whose files are unchanged since they were last read come from the user's plan
    // read cache (PlanReadCache::standardFile()).
    static std::unique_ptr<DistrictDocument> open(const QString &path, const FactorLibrary &library,
                                                  QString *error, const QDate &asOf = {});

    // A district read from the shared store (ServerDistrict::load; docs/server.md, "Opening a
    // district from the server"), to look at: its roll-up, league table and flags, template
    // edits tried out in memory. It has no file: save() and openMember() refuse, saying to
    // check a community out to change its plan. `source` names where it came from.
    static std::unique_ptr<DistrictDocument> fromServer(District district, DistrictLoad load,
                                                        const FactorLibrary &library,
                                                        const QString &source);
    bool isFromServer() const { return !m_serverSource.isEmpty(); }
    QString serverSource() const { return m_serverSource; }

    const District &district() const { return m_district; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // the district's name, else the file's
    const FactorLibrary &library() const { return m_library; }

    // One per link of the district, in its order.
    const QList<LinkState> &links() const { return m_links; }
    // The communities that were read, in the order of their links; the roll-up's index.
    const std::vector<DistrictMember> &members() const { return m_members; }
    int memberCount() const { return int(m_members.size()); }
    const DistrictMember &member(int index) const { return m_members[size_t(index)]; }
    // The link a member comes from, and the absolute path of its plan file.
    int linkOfMember(int member) const;
    QString memberFilePath(int member) const;
    const DistrictRollup &rollup() const { return *m_rollup; }
    // The links and the communities as they are now (unsaved edits included), in the shape
    // DistrictLoader gives: what the district's reports print.
    DistrictLoad load() const;

    QUndoStack *undoStack() { return &m_undoStack; }
    // Unsaved: the district's undo stack is away from its saved state, or a community's plan
    // differs from its file.
    bool isModified() const;
    bool isMemberModified(int member) const;

    // A community's plan changed (an edit in the community opened in place, or the template
    // reaching it): the roll-up takes it at once. Emits memberChanged and rollupChanged.
    void setMemberPlan(int member, const Plan &plan);
    // Several at once (a template change): memberChanged for each, rollupChanged once.
    void setMemberPlans(const QList<std::pair<int, Plan>> &plans);
    // The district's own measures (District::ownPlan) changed: an edit of the own plan opened
    // in place (its undo history is that plan's). The roll-up takes it at once; Save writes it
    // into the district file. Emits ownPlanChanged and rollupChanged.
    void setOwnPlan(const Plan &plan);
    bool isOwnPlanModified() const { return m_district.ownPlan != m_savedOwnPlan; }
    // The plan to open for the district's own measures: the one it holds, else a new plan
    // spanning the district's years, in its region and currency, with the template applied
    // and one scenario, named after the district (`name`, from the caller's language).
    Plan ownPlanToEdit(const QString &name) const;

    // The district's own fields changed (only through its undo commands): the scenario and
    // type of each link are passed on to its member. Emits districtChanged (and rollupChanged
    // when a community's scenario changed).
    void setDistrict(const District &district);
    // The community opened in place was saved to its own file: its new hash is taken into its
    // link (the district file is then modified until saved), and its plan is the one on disk.
    void memberSaved(int member);

    // A PlanDocument for the community opened in place: its file, and the district's copy of
    // its plan (which may hold template changes not yet saved: then it is modified).
    std::unique_ptr<PlanDocument> openMember(int member, const QString &recoveryDir,
                                             QString *error) const;

    // Writes the modified community plans and then the district file. False and *error (one
    // line naming the file) when any of them can't be written; the files written before stay
    // written and are taken into the links.
    bool save(QString *error);

signals:
    void memberChanged(int member);
    void ownPlanChanged();
    void districtChanged();
    void rollupChanged();
    void modifiedChanged(bool modified);
    void saved();

private:
    DistrictDocument(District district, const QString &path, DistrictLoad load,
                     const FactorLibrary &library, const QDate &asOf);
    bool saveMember(int member, QString *error);
    void noteModified();
    bool takeMemberPlan(int member, const Plan &plan);

    District m_district;
    QString m_filePath;
    QString m_serverSource; // set for a district read from the shared store
    const FactorLibrary &m_library;
    QList<LinkState> m_links;
    std::vector<DistrictMember> m_members;
    std::vector<Plan> m_savedPlans; // each member's plan as its file holds it
    // Whether each member's plan differs from its saved one, kept as plans change, so that
    // noteModified() after an edit does not compare every member's plan (10,000 of them).
    std::vector<bool> m_memberModified;
    Plan m_savedOwnPlan; // the district's own plan as its file holds it
    std::unique_ptr<DistrictRollup> m_rollup;
    QUndoStack m_undoStack;
    PlanFileStamp m_stamp;     // the district file as opened or last saved
    bool m_linksDirty = false; // a hash was taken into a link since the last save
    bool m_wasModified = false;
    QDate m_asOf; // the day monitoring is assessed on, kept for a roll-up made afresh
};

} // namespace zeroplan
