#pragma once

#include "plan/Plan.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

// What the Community page lets through: the same limits PlanValidator reports as errors,
// checked on a value before it is pushed, so an edit that would make the plan invalid is
// refused with a message that names the field. Each check returns an empty string when the
// value is fine for `plan`.
class CommunityRules
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CommunityRules)

public:
    // As PlanValidator: base years 1990–2100, a horizon of at most 100 years.
    static constexpr int kEarliestBaseYear = 1990;
    static constexpr int kLatestBaseYear = 2100;
    static constexpr int kMaxHorizonYears = 100;

    static QString baseYear(const Plan &plan, int year);
    static QString horizonEnd(const Plan &plan, int year);
    static QString neutralityYear(const Plan &plan, std::optional<int> year);
    // The interim target in `row` (0-based; == size for a new one) set to `target`.
    static QString interimTarget(const Plan &plan, qsizetype row, const InterimTarget &target);
    static QString currency(const QString &code);

private:
    // The horizon base–end against the plan's targets; `field` names the field edited.
    static QString horizon(const Plan &plan, int base, int end, const QString &field);
};

} // namespace zeroplan
