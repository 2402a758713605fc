#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

// Who pays part of a measure or receives part of its bill savings (docs/residents.md).
// `Unassigned` is never written in a plan file: it holds what a measure without a split
// leaves unattributed, so that the parties' sums still equal the measure's costs.
enum class Party
{
    Residents,
    PropertyCompany,
    Government, // a government subsidy
    Utility,    // the utility or grid company
    Platform,   // a platform or merchants
    Sponsors,
    Crowdfunding,     // community crowdfunding
    PublicFacilities, // schools, clinics, the committee's own buildings (a savings recipient)
    Other,
    Unassigned
};

// The parties a plan file may name, in the order they are listed.
inline constexpr Party kFileParties[] = {
    Party::Residents,    Party::PropertyCompany,  Party::Government,
    Party::Utility,      Party::Platform,         Party::Sponsors,
    Party::Crowdfunding, Party::PublicFacilities, Party::Other};
// Every party, `Unassigned` last (the order of result tables).
inline constexpr Party kAllParties[] = {
    Party::Residents, Party::PropertyCompany, Party::Government,   Party::Utility,
    Party::Platform,  Party::Sponsors,        Party::Crowdfunding, Party::PublicFacilities,
    Party::Other,     Party::Unassigned};

QString partyId(Party p); // "residents", "property_company", …
std::optional<Party> partyFromId(const QString &id);
QString partyName(Party p); // translated

} // namespace zeroplan
