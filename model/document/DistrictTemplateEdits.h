#pragma once

#include "DistrictChange.h"
#include "plan/District.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace zeroplan {

class DistrictDocument;

// The undoable edits of a district's template (docs/district.md, "The template"). Each builds
// one DistrictChange — one undo step, however many communities it reaches — for the page to
// push on the document's undo stack (push() does it when the step changes anything). Members
// are the document's (DistrictDocument::members), found from their links by
// DistrictDocument::linkOfMember; a link without a member (its plan missing or unreadable) only
// keeps its overrides.
class DistrictTemplateEdits
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictTemplateEdits)

public:
    // Sets one template value (the template's version goes up): every community that does not
    // override its key gets it in its plan; those that override it keep theirs.
    static std::unique_ptr<DistrictChange> setFactor(DistrictDocument &document,
                                                     const EmissionFactor &factor);
    static std::unique_ptr<DistrictChange> setPrice(DistrictDocument &document, const Price &price);
    static std::unique_ptr<DistrictChange> setDiscountRate(DistrictDocument &document, double rate);
    static std::unique_ptr<DistrictChange> setTargets(DistrictDocument &document,
                                                      const Targets &targets);
    static std::unique_ptr<DistrictChange> setCostRate(DistrictDocument &document,
                                                       const TemplateCostRate &rate);
    // Any new template: every key whose value differs from the document's template reaches the
    // communities that do not override it; a key the new template no longer holds leaves the
    // plans as they are and is taken out of every link's overrides. `text` names the step.
    static std::unique_ptr<DistrictChange>
    setTemplate(DistrictDocument &document, const DistrictTemplate &after, const QString &text);
    // The value of `key` is no longer templated: the plans keep what they hold, and no link
    // overrides the key any more. Nullptr if the template has no such key.
    static std::unique_ptr<DistrictChange> clearValue(DistrictDocument &document,
                                                      const QString &key);

    // Community `link` takes the template's value of `key` again: the key leaves its overrides
    // and its plan gets the template's value.
    static std::unique_ptr<DistrictChange> resetToTemplate(DistrictDocument &document, int link,
                                                           const QString &key);
    // Community `link` keeps its own value of `key` (the key joins its overrides): later
    // template changes of the key do not reach it. Its plan is left as it is.
    static std::unique_ptr<DistrictChange> keepOwnValue(DistrictDocument &document, int link,
                                                        const QString &key);

    // A community edited in place (its plan went from `before` to `after`): `district` with
    // link `link`'s overrides brought up to date for every templated value the edit changed —
    // the key is overridden when the community's value now differs from the template's, and no
    // longer overridden when it equals it again. Values the edit did not touch keep their state.
    static District overridesAfterEdit(const District &district, int link, const Plan &before,
                                       const Plan &after);

    // Pushes `change` on the document's undo stack when it changes anything; false otherwise.
    static bool push(DistrictDocument &document, std::unique_ptr<DistrictChange> change);
};

} // namespace zeroplan
