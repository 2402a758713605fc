#include "ProblemNavigator.h"

#include "PlanDocument.h"
#include "baseline/ActivityTableModel.h"
#include "baseline/BaselinePage.h"
#include "community/CommunityPage.h"
#include "measures/MeasuresPage.h"
#include "present/LiveResults.h"

#include <QWidget>

namespace zeroplan {

bool ProblemNavigator::go(const QString &path, LiveResults *results, const ShowPage &showPage)
{
    if (!results)
        return false;
    const ProblemLocation location = ProblemLocation::of(path);
    const Plan &plan = results->document()->plan();
    switch (location.area) {
    case ProblemLocation::Area::Plan:
        return false;
    case ProblemLocation::Area::Community: {
        int row = -1;
        const QString field = communityField(location, &row);
        auto *page = qobject_cast<CommunityPage *>(showPage(location.area));
        return page && !field.isEmpty() && page->showField(field, row);
    }
    case ProblemLocation::Area::Baseline: {
        if (location.item >= plan.activities.size())
            return false;
        auto *page = qobject_cast<BaselinePage *>(showPage(location.area));
        const int column = location.activityColumn();
        return page &&
               page->showActivity(location.item,
                                  column >= 0 ? column : int(ActivityTableModel::SectorColumn));
    }
    case ProblemLocation::Area::Measures: {
        if (location.item >= plan.measures.size())
            return false;
        auto *page = qobject_cast<MeasuresPage *>(showPage(location.area));
        if (!page)
            return false;
        page->selectMeasure(plan.measures.at(location.item).id);
        return true;
    }
    case ProblemLocation::Area::Scenarios: {
        if (location.item >= plan.scenarios.size())
            return false;
        // The Scenarios page shows the current scenario: make it this one.
        results->setCurrentScenario(location.item);
        QWidget *page = showPage(location.area);
        if (auto *list =
                page ? page->findChild<QWidget *>(QStringLiteral("scenarioListView")) : nullptr)
            list->setFocus(Qt::OtherFocusReason);
        return page != nullptr;
    }
    }
    return false;
}

QString ProblemNavigator::communityField(const ProblemLocation &location, int *row)
{
    static const struct
    {
        const char *path;
        const char *widget;
    } fields[] = {
        {"title", "titleEdit"},
        {"prepared_by", "preparedByEdit"},
        {"community/name", "communityNameEdit"},
        {"community/region", "regionEdit"},
        {"community/grid_region", "gridRegionComboBox"},
        {"community/electricity_factor", "gridRegionComboBox"},
        {"community/population", "populationSpinBox"},
        {"community/households", "householdsSpinBox"},
        {"community/area_ha", "areaSpinBox"},
        {"community/source", "communitySourceEdit"},
        {"community/base_year", "baseYearSpinBox"},
        {"community/horizon_end", "horizonEndSpinBox"},
        {"community/targets/neutrality_year", "neutralityYearSpinBox"},
        {"community/targets/carbon_budget_t", "carbonBudgetSpinBox"},
        {"community/currency", "currencyComboBox"},
        {"community/discount_rate", "discountRateSpinBox"},
        {"drivers/population_growth", "populationGrowthSpinBox"},
        {"drivers/household_growth", "householdGrowthSpinBox"},
        {"people/volunteers/size", "volunteerSizeSpinBox"},
        {"people/volunteers/hours_per_year", "volunteerHoursSpinBox"},
    };
    *row = -1;
    if (location.area != ProblemLocation::Area::Community)
        return {};
    const QString path = location.tokens.join(QLatin1Char('/'));
    for (const auto &f : fields) {
        if (path == QLatin1String(f.path))
            return QString::fromLatin1(f.widget);
    }
    if (path.startsWith(QLatin1String("community/targets/interim"))) {
        bool ok = false;
        const int index = location.tokens.value(3).toInt(&ok);
        *row = ok ? index : -1;
        return QStringLiteral("interimTargetsView");
    }
    // A working group's or an activity's row in its table.
    static const struct
    {
        const char *list;
        const char *view;
    } lists[] = {{"groups", "workingGroupsView"}, {"activities", "activitiesView"}};
    if (location.tokens.value(0) == QLatin1String("people")) {
        for (const auto &l : lists) {
            if (location.tokens.value(1) == QLatin1String(l.list)) {
                bool ok = false;
                const int index = location.tokens.value(2).toInt(&ok);
                *row = ok ? index : -1;
                return QString::fromLatin1(l.view);
            }
        }
    }
    return {};
}

} // namespace zeroplan
