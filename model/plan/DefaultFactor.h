#pragma once

#include <QString>
#include <QStringList>

namespace zeroplan {

struct Plan;
class FactorLibrary;

// The emission factor a new activity line of a carrier, given in a unit, starts with: what
// the plan already uses for that carrier and unit, else the community's electricity factor,
// else the one factor (the plan's own, then the library's) for that carrier and unit — where
// the library has several, the one for the plan's country, else the IPCC default (never one
// of another country). When it can't pick one, it says which ones fit.
class DefaultFactor
{
public:
    struct Choice
    {
        QString factor;         // empty when there is no single choice
        QStringList candidates; // the factors that fit, when there are several or none
    };
    static Choice choose(const Plan &plan, const FactorLibrary &library, const QString &carrier,
                         const QString &unit);
};

} // namespace zeroplan
