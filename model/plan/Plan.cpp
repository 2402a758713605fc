#include "Plan.h"

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
