#pragma once

#include <QString>
#include <QStringList>

namespace zeroplan {

struct Plan;
class FactorLibrary;
struct EmissionFactor;

// The emission factor a new activity line of a carrier, given in a unit, starts with: what
// the plan already uses for that carrier and unit, else the community's electricity factor,
// else the one factor (the plan's own, then the library's) for that carrier and unit — where
// the library has several, the one for the plan's country, else the IPCC default (never one
// of another country). When it can't pick one, it says which ones fit. A factor for a
// treatment that only a measure brings (composting) is never one for a baseline line.
class DefaultFactor
{
public:
    struct Choice
    {
        QString factor;         // empty when there is no single choice
        QStringList candidates; // the factors that fit, when there are several or none
        // Set when several of the library's factors fit and `factor` was taken for being of
        // the plan's grid region or country: how many fitted, for the user to be told.
        int fittingInLibrary = 0;
        bool ofPlansRegion() const { return fittingInLibrary > 1; }
    };
    static Choice choose(const Plan &plan, const FactorLibrary &library, const QString &carrier,
                         const QString &unit);
    // True for a factor of a treatment a measure brings, which a baseline line never gets:
    // the library's composting factors ("composting-…", docs/factors.md).
    static bool isMeasureFactor(const EmissionFactor &factor);
};

} // namespace zeroplan
