#pragma once

#include "Party.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// What kind of money a funding source is.
enum class FundingKind
{
    Subsidy, // a subsidy programme
    Sponsor,
    Crowdfunding,
    CommitteeBudget, // the committee's own budget
    Other
};

inline constexpr FundingKind kAllFundingKinds[] = {
    FundingKind::Subsidy, FundingKind::Sponsor, FundingKind::Crowdfunding,
    FundingKind::CommitteeBudget, FundingKind::Other};

QString fundingKindId(FundingKind k); // "subsidy", "sponsor", …
// The party whose spending a source of this kind pays when the source names none.
Party fundingKindParty(FundingKind k);

// An amount of money in one year (plan currency).
struct YearAmount
{
    int year = 0;
    double amount = 0;
    bool operator==(const YearAmount &) const = default;
};

// Money the plan can count on: a subsidy programme, a sponsor, a crowdfunding campaign, the
// committee's budget, with its amounts per year; it pays `party`'s share of the measures.
struct FundingSource
{
    QString name;
    FundingKind kind = FundingKind::Other;
    std::optional<Party> party; // none: fundingKindParty(kind)
    QList<YearAmount> amounts;
    QString source;

    Party pays() const { return party.value_or(fundingKindParty(kind)); }
    bool operator==(const FundingSource &) const = default;
};

} // namespace zeroplan
