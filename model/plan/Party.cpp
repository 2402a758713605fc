#include "Party.h"

#include <QCoreApplication>

namespace zeroplan {

QString partyId(Party p)
{
    switch (p) {
    case Party::Residents:
        return QStringLiteral("residents");
    case Party::PropertyCompany:
        return QStringLiteral("property_company");
    case Party::Government:
        return QStringLiteral("government");
    case Party::Utility:
        return QStringLiteral("utility");
    case Party::Platform:
        return QStringLiteral("platform");
    case Party::Sponsors:
        return QStringLiteral("sponsors");
    case Party::Crowdfunding:
        return QStringLiteral("crowdfunding");
    case Party::PublicFacilities:
        return QStringLiteral("public_facilities");
    case Party::Other:
        return QStringLiteral("other");
    case Party::Unassigned:
        return QStringLiteral("unassigned");
    }
    return {};
}

std::optional<Party> partyFromId(const QString &id)
{
    for (Party p : kAllParties) {
        if (partyId(p) == id)
            return p;
    }
    return std::nullopt;
}

QString partyName(Party p)
{
    switch (p) {
    case Party::Residents:
        return QCoreApplication::translate("zeroplan::Party", "Residents");
    case Party::PropertyCompany:
        return QCoreApplication::translate("zeroplan::Party", "Property company");
    case Party::Government:
        return QCoreApplication::translate("zeroplan::Party", "Government subsidy");
    case Party::Utility:
        return QCoreApplication::translate("zeroplan::Party", "Utility or grid");
    case Party::Platform:
        return QCoreApplication::translate("zeroplan::Party", "Platform or merchants");
    case Party::Sponsors:
        return QCoreApplication::translate("zeroplan::Party", "Sponsors");
    case Party::Crowdfunding:
        return QCoreApplication::translate("zeroplan::Party", "Community crowdfunding");
    case Party::PublicFacilities:
        return QCoreApplication::translate("zeroplan::Party", "Public facilities");
    case Party::Other:
        return QCoreApplication::translate("zeroplan::Party", "Other");
    case Party::Unassigned:
        return QCoreApplication::translate("zeroplan::Party", "Not assigned");
    }
    return {};
}

} // namespace zeroplan
