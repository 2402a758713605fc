#pragma once

#include "ActualInventory.h"
#include "AdoptedPlan.h"
#include "Indicator.h"
#include "MeasureProgress.h"

#include <QList>
#include <optional>

namespace zeroplan {

// What a plan holds after adoption (docs/monitoring.md): the adopted versions, the actual
// inventories of later years, each measure's progress per year, and the committee's own
// indicators.
struct Monitoring
{
    QList<AdoptedPlan> adoptions; // oldest first; monitoring compares against the last
    QList<ActualInventory> actuals;
    QList<MeasureProgress> progress;
    QList<Indicator> indicators;
    std::optional<double> baseHeatingDegreeDays; // of the base year, for the weather effect

    bool isEmpty() const
    {
        return adoptions.isEmpty() && actuals.isEmpty() && progress.isEmpty() &&
               indicators.isEmpty() && !baseHeatingDegreeDays;
    }
    const AdoptedPlan *adopted() const { return adoptions.isEmpty() ? nullptr : &adoptions.back(); }
    const ActualInventory *actual(int year) const
    {
        for (const ActualInventory &a : actuals) {
            if (a.year == year)
                return &a;
        }
        return nullptr;
    }
    const ActualInventory *latestActual() const
    {
        const ActualInventory *latest = nullptr;
        for (const ActualInventory &a : actuals) {
            if (!latest || a.year > latest->year)
                latest = &a;
        }
        return latest;
    }
    bool operator==(const Monitoring &) const = default;
};

} // namespace zeroplan
