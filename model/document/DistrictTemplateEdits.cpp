#include "DistrictTemplateEdits.h"

#include "DistrictDocument.h"

#include <algorithm>

namespace zeroplan {

namespace {

// The member of link `link`, or -1.
int memberOfLink(const DistrictDocument &document, int link)
{
    const QList<LinkState> &links = document.links();
    return link >= 0 && link < links.size() ? links[link].member : -1;
}

// Whether templates `a` and `b` hold the same value for `key` (or neither holds one).
bool sameTemplateValue(const DistrictTemplate &a, const DistrictTemplate &b, const QString &key)
{
    if (key == DistrictTemplate::discountRateKey())
        return a.discountRate == b.discountRate;
    if (key == DistrictTemplate::targetsKey())
        return a.targets == b.targets;
    const auto same = [](const auto *x, const auto *y) { return x && y ? *x == *y : x == y; };
    return same(a.factor(key), b.factor(key)) && same(a.price(key), b.price(key)) &&
           same(a.costRate(key), b.costRate(key));
}

} // namespace

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setTemplate(DistrictDocument &document,
                                                                   const DistrictTemplate &after,
                                                                   const QString &text)
{
    const District &now = document.district();
    District next = now;
    next.templ = after;
    next.templ.version = now.templ.version;
    if (next.templ != now.templ) // every change bumps the version, once; no change keeps it
        next.templ.version = std::max(after.version, now.templ.version + 1);
    // The keys whose value changed; those no longer templated leave every link's overrides.
    QStringList changed;
    for (const QString &key : after.keys()) {
        if (!sameTemplateValue(now.templ, after, key))
            changed << key;
    }
    const QStringList kept = after.keys();
    for (CommunityLink &link : next.communities)
        link.overrides.removeIf([&](const QString &key) { return !kept.contains(key); });

    QList<DistrictChange::MemberPlan> plans;
    for (int link = 0; link < next.communities.size(); ++link) {
        const int member = memberOfLink(document, link);
        if (member < 0)
            continue;
        const QStringList &overrides = next.communities[link].overrides;
        const Plan &before = document.member(member).plan;
        Plan plan = before;
        for (const QString &key : changed) {
            if (!overrides.contains(key))
                plan = after.reset(plan, key);
        }
        if (plan != before)
            plans.append({member, before, std::move(plan)});
    }
    return std::make_unique<DistrictChange>(document, text, std::move(next), std::move(plans));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setFactor(DistrictDocument &document,
                                                                 const EmissionFactor &factor)
{
    DistrictTemplate after = document.district().templ;
    after.setFactor(factor);
    const QString key = DistrictTemplate::factorKey(factor.id);
    return setTemplate(document, after, tr("Set %1 in the template").arg(after.keyName(key)));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setPrice(DistrictDocument &document,
                                                                const Price &price)
{
    DistrictTemplate after = document.district().templ;
    after.setPrice(price);
    const QString key = DistrictTemplate::priceKey(price.carrier, price.unit);
    return setTemplate(document, after, tr("Set %1 in the template").arg(after.keyName(key)));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setDiscountRate(DistrictDocument &document,
                                                                       double rate)
{
    DistrictTemplate after = document.district().templ;
    after.setDiscountRate(rate);
    return setTemplate(
        document, after,
        tr("Set %1 in the template").arg(after.keyName(DistrictTemplate::discountRateKey())));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setTargets(DistrictDocument &document,
                                                                  const Targets &targets)
{
    DistrictTemplate after = document.district().templ;
    after.setTargets(targets);
    return setTemplate(
        document, after,
        tr("Set %1 in the template").arg(after.keyName(DistrictTemplate::targetsKey())));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::setCostRate(DistrictDocument &document,
                                                                   const TemplateCostRate &rate)
{
    DistrictTemplate after = document.district().templ;
    after.setCostRate(rate);
    const QString key = DistrictTemplate::costKey(rate.kind, rate.parameter);
    return setTemplate(document, after, tr("Set %1 in the template").arg(after.keyName(key)));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::clearValue(DistrictDocument &document,
                                                                  const QString &key)
{
    DistrictTemplate after = document.district().templ;
    const QString name = after.keyName(key);
    if (!after.clear(key))
        return nullptr;
    return setTemplate(document, after, tr("Remove %1 from the template").arg(name));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::resetToTemplate(DistrictDocument &document,
                                                                       int link, const QString &key)
{
    const District &now = document.district();
    if (link < 0 || link >= now.communities.size())
        return nullptr;
    District next = now;
    next.communities[link].overrides.removeAll(key);
    QList<DistrictChange::MemberPlan> plans;
    const int member = memberOfLink(document, link);
    if (member >= 0) {
        const Plan &before = document.member(member).plan;
        Plan after = now.templ.reset(before, key);
        if (after != before)
            plans.append({member, before, std::move(after)});
    }
    const QString community =
        member >= 0 ? document.member(member).name : now.communities[link].path;
    return std::make_unique<DistrictChange>(
        document, tr("Reset %1 of %2 to the template").arg(now.templ.keyName(key), community),
        std::move(next), std::move(plans));
}

std::unique_ptr<DistrictChange> DistrictTemplateEdits::keepOwnValue(DistrictDocument &document,
                                                                    int link, const QString &key)
{
    const District &now = document.district();
    if (link < 0 || link >= now.communities.size())
        return nullptr;
    District next = now;
    if (!next.communities[link].overrides.contains(key))
        next.communities[link].overrides.append(key);
    const int member = memberOfLink(document, link);
    const QString community =
        member >= 0 ? document.member(member).name : now.communities[link].path;
    return std::make_unique<DistrictChange>(
        document, tr("Keep %1's own %2").arg(community, now.templ.keyName(key)), std::move(next));
}

District DistrictTemplateEdits::overridesAfterEdit(const District &district, int link,
                                                   const Plan &before, const Plan &after)
{
    District out = district;
    if (link < 0 || link >= out.communities.size())
        return out;
    QStringList &overrides = out.communities[link].overrides;
    for (const QString &key : district.templ.keys()) {
        if (DistrictTemplate::sameValue(before, after, key))
            continue; // the edit did not touch it
        const bool differs = district.templ.differs(after, key);
        if (differs && !overrides.contains(key))
            overrides.append(key);
        else if (!differs)
            overrides.removeAll(key);
    }
    return out;
}

bool DistrictTemplateEdits::push(DistrictDocument &document, std::unique_ptr<DistrictChange> change)
{
    if (!change || !change->changesAnything())
        return false;
    document.undoStack()->push(change.release());
    return true;
}

} // namespace zeroplan
