#include "Plan.h"

#include "inventory/Carrier.h"

#include <algorithm>

namespace zeroplan {
namespace {

template <typename List, typename Key>
auto findBy(const List &list, Key key, const QString &wanted) -> decltype(&list.first())
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const auto &item) { return item.*key == wanted; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

double Plan::priceOf(const QString &carrier, const QString &unit) const
{
    const Carrier *c = Carriers::find(carrier);
    if (!c)
        return 0;
    for (const Price &p : prices) {
        if (p.carrier != carrier)
            continue;
        if (const auto ratio = carrierUnitRatio(c, unit, p.unit))
            return p.price * *ratio;
    }
    return 0;
}

const ActivityLine *Plan::findActivity(const QString &id) const
{
    return findBy(activities, &ActivityLine::id, id);
}

const Measure *Plan::findMeasure(const QString &id) const
{
    return findBy(measures, &Measure::id, id);
}

const Scenario *Plan::findScenario(const QString &wanted) const
{
    return findBy(scenarios, &Scenario::name, wanted);
}

} // namespace zeroplan
