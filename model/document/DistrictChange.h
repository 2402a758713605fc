#pragma once

#include "plan/District.h"

#include <QList>
#include <QUndoCommand>

namespace zeroplan {

class DistrictDocument;

// One undoable step of a district: its own fields (a link's scenario or type, the template, …)
// from one state to another, and with them the plans of the communities the step changes (a
// template value reaching every community that follows it). Redo and undo hand each state to
// the document (DistrictDocument::setDistrict, setMemberPlan), so the roll-up follows.
class DistrictChange : public QUndoCommand
{
public:
    struct MemberPlan
    {
        int member = -1;
        Plan before;
        Plan after;
    };

    // `after` is the district after the step; the state before is the document's now.
    DistrictChange(DistrictDocument &document, const QString &text, District after,
                   QList<MemberPlan> plans = {});

    void redo() override;
    void undo() override;
    // Whether the step changes anything (a step that doesn't is not worth pushing).
    bool changesAnything() const;

private:
    District withOwnMeasures(District state) const;

    DistrictDocument &m_document;
    District m_before;
    District m_after;
    QList<MemberPlan> m_plans;
};

} // namespace zeroplan
