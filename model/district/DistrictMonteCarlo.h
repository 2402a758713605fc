#pragma once

#include "engine/Results.h"
#include "measures/MeasureKind.h"
#include "plan/District.h"

#include <QtGlobal>
#include <functional>
#include <optional>
#include <vector>

namespace zeroplan {

class FactorLibrary;

// How a district's Monte Carlo draws the parameters its communities have in common
// (docs/district.md, "Uncertainty across a district").
enum class DrawSharing
{
    Shared,     // a shared parameter takes one quantile per sample for the whole district
    Independent // every community draws every parameter from its own stream (for comparison)
};

struct DistrictMonteCarloOptions
{
    int samples = 1000;
    quint64 seed = 1;
    int threads = 0;     // 0 = one per core
    int blockSize = 128; // samples computed side by side, as in MonteCarloOptions
    DrawSharing sharing = DrawSharing::Shared;
    // The district's years: its net is summed over these. Each community counts in a year
    // outside its own horizon with the nearest year it has (docs/district.md).
    int baseYear = 2024;
    int horizonEnd = 2060;
    // The year the district's probability of neutrality is asked for; none: the horizon end.
    std::optional<int> targetYear;
    // Called from worker threads with the share done (0..1); return false to cancel.
    std::function<bool(double)> progress;
};

// One community's share of a district Monte Carlo: its chance of neutrality by its own target
// (the league table's optional column).
struct CommunityUncertainty
{
    QString name;
    int targetYear = 0;          // its plan's target, else its horizon end (MonteCarlo::targetYear)
    double pNeutralByTarget = 0; // share of samples with its net ≤ 0 in targetYear
};

struct DistrictUncertainty
{
    DrawSharing sharing = DrawSharing::Shared;
    UncertaintyResult district; // bands of Σ communities' net, on the district's years
    std::vector<CommunityUncertainty> communities; // in the members' order
};

// Monte Carlo of a district: each sample runs every community's chosen scenario and adds
// their net emissions. Parameters standing for a district-wide quantity (isShared) move
// together in every community; the others are drawn per community. Only the district's sum
// is kept for all samples (years × samples), never a community's, and the numbers do not
// depend on the thread count or block size.
class DistrictMonteCarlo
{
public:
    // Nothing if cancelled through the progress callback.
    static std::optional<DistrictUncertainty> run(const std::vector<DistrictMember> &members,
                                                  const FactorLibrary &library,
                                                  const DistrictMonteCarloOptions &options);
    // Whether parameter `key` of a measure of `kind` stands for a district-wide quantity:
    // every parameter of carbon accounts, the behavioural response of shared transport
    // (shift_share), waste sorting (recycling_after) and smart energy (savings_share), and
    // the market prices green power's premium and carbon credits' price per tonne.
    static bool isShared(MeasureKind kind, const char *key);
};

} // namespace zeroplan
