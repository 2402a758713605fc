#pragma once

#include <QString>

namespace zeroplan {

struct Plan;
struct EmissionFactor;
class FactorLibrary;

// Finds the factors a plan uses: the plan's own factors first, then the library's.
class FactorResolver
{
public:
    FactorResolver(const Plan &plan, const FactorLibrary &library);
    const EmissionFactor *find(const QString &id) const;
    // The factor for electricity that measures add: the community's electricity factor,
    // else its grid region's factor (the plan's own if it overrides the library's of that
    // id), else that of its first electricity line.
    const EmissionFactor *electricity() const;

private:
    const Plan &m_plan;
    const FactorLibrary &m_library;
};

} // namespace zeroplan
