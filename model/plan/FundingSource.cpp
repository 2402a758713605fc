#include "FundingSource.h"

namespace zeroplan {

QString fundingKindId(FundingKind k)
{
    switch (k) {
    case FundingKind::Subsidy:
        return QStringLiteral("subsidy");
    case FundingKind::Sponsor:
        return QStringLiteral("sponsor");
    case FundingKind::Crowdfunding:
        return QStringLiteral("crowdfunding");
    case FundingKind::CommitteeBudget:
        return QStringLiteral("committee_budget");
    case FundingKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

Party fundingKindParty(FundingKind k)
{
    switch (k) {
    case FundingKind::Subsidy:
        return Party::Government;
    case FundingKind::Sponsor:
        return Party::Sponsors;
    case FundingKind::Crowdfunding:
        return Party::Crowdfunding;
    case FundingKind::CommitteeBudget:
    case FundingKind::Other:
        return Party::Other;
    }
    return Party::Other;
}

} // namespace zeroplan
