#pragma once

#include "FundingSource.h"
#include "PayerSplit.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// Who pays and what households see (docs/residents.md): each measure's split by payer, the
// local median household income and the affordability threshold (each with its source), and
// the funding sources the plan counts on.
struct Residents
{
    QList<PayerSplit> splits;       // at most one per measure
    QList<YearAmount> medianIncome; // median household income per year (plan currency)
    QString incomeSource;
    // A household's net outlay in a year above this share of the median income is flagged.
    std::optional<double> affordabilityShare;
    QString affordabilitySource;
    QList<FundingSource> funding;

    bool isEmpty() const
    {
        return splits.isEmpty() && medianIncome.isEmpty() && incomeSource.isEmpty() &&
               !affordabilityShare && affordabilitySource.isEmpty() && funding.isEmpty();
    }
    const PayerSplit *split(const QString &measure) const
    {
        for (const PayerSplit &s : splits) {
            if (s.measure == measure)
                return &s;
        }
        return nullptr;
    }
    // The households a measure reaches at full level: its split's number, its share of the
    // community's `communityHouseholds`, or (no split, or neither given) all of them.
    double householdsReached(const QString &measure, double communityHouseholds) const
    {
        const PayerSplit *s = split(measure);
        if (s && s->households)
            return *s->households;
        if (s && s->householdShare)
            return *s->householdShare * communityHouseholds;
        return communityHouseholds;
    }
    // The median income of `year`: the latest given at or before it, else the earliest.
    std::optional<double> incomeIn(int year) const
    {
        const YearAmount *before = nullptr; // latest at or before `year`
        const YearAmount *after = nullptr;  // earliest after it
        for (const YearAmount &a : medianIncome) {
            if (a.year <= year && (!before || a.year > before->year))
                before = &a;
            if (a.year > year && (!after || a.year < after->year))
                after = &a;
        }
        const YearAmount *best = before ? before : after;
        return best ? std::optional<double>(best->amount) : std::nullopt;
    }
    bool operator==(const Residents &) const = default;
};

} // namespace zeroplan
