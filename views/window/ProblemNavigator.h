#pragma once

#include "problems/ProblemLocation.h"

#include <QString>
#include <functional>

class QWidget;

namespace zeroplan {

class LiveResults;

// Goes to the place a problem's JSON path names: shows its page and selects what it is about
// — the activity line's row and column on the Baseline page, the measure on the Measures
// page, the scenario on the Scenarios page (as the current one), the field on the Community
// page. Factors, prices, sector trends and the plan's header have no page: nothing happens.
class ProblemNavigator
{
public:
    // Shows the page of an area and returns it (null: no such page).
    using ShowPage = std::function<QWidget *(ProblemLocation::Area)>;

    // False when the path names nothing the app can show.
    static bool go(const QString &path, LiveResults *results, const ShowPage &showPage);
    // The Community page's widget for a community path (its object name), and the row of a
    // list in it (an interim target), else -1. Empty when the page has no field for it.
    static QString communityField(const ProblemLocation &location, int *row);
};

} // namespace zeroplan
