#include "ProbabilityWords.h"

#include "present/NumberFormat.h"

#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

// A share as the sentence prints it: whole percent, unless rounding would put it in another
// likelihood band or make a "nearly never" read as 0 % (or "nearly always" as 100 %).
QString percentText(double p)
{
    for (int decimals = 0; decimals < 3; ++decimals) {
        const double scale = std::pow(10.0, decimals + 2);
        const double shown = std::round(p * scale) / scale;
        const bool sameBand =
            ProbabilityWords::likelihood(shown) == ProbabilityWords::likelihood(p);
        const bool honestEnds = (shown > 0 || p <= 0) && (shown < 1 || p >= 1);
        if (sameBand && honestEnds)
            return NumberFormat::percent(shown, decimals);
    }
    return NumberFormat::percent(p, 2);
}

} // namespace

ProbabilityWords::Likelihood ProbabilityWords::likelihood(double p)
{
    // A tiny allowance so that 66 of 100 computed as a mean lands on "likely", not below it.
    constexpr double eps = 1e-12;
    if (p >= 0.99 - eps)
        return Likelihood::VirtuallyCertain;
    if (p >= 0.90 - eps)
        return Likelihood::VeryLikely;
    if (p >= 0.66 - eps)
        return Likelihood::Likely;
    if (p >= 0.33 - eps)
        return Likelihood::AboutAsLikelyAsNot;
    if (p >= 0.10 - eps)
        return Likelihood::Unlikely;
    if (p >= 0.01 - eps)
        return Likelihood::VeryUnlikely;
    return Likelihood::ExceptionallyUnlikely;
}

QString ProbabilityWords::phrase(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::ExceptionallyUnlikely:
        return tr("exceptionally unlikely");
    case Likelihood::VeryUnlikely:
        return tr("very unlikely");
    case Likelihood::Unlikely:
        return tr("unlikely");
    case Likelihood::AboutAsLikelyAsNot:
        return tr("about as likely as not");
    case Likelihood::Likely:
        return tr("likely");
    case Likelihood::VeryLikely:
        return tr("very likely");
    case Likelihood::VirtuallyCertain:
        return tr("virtually certain");
    }
    return {};
}

QString ProbabilityWords::phrase(double probability)
{
    return phrase(likelihood(probability));
}

int ProbabilityWords::outOfTen(double probability)
{
    return int(std::lround(std::clamp(probability, 0.0, 1.0) * 10.0));
}

QString ProbabilityWords::frequency(double p)
{
    const QString percent = percentText(p);
    if (p <= 0)
        return tr("it is reached in none of the simulated futures (%1)").arg(percent);
    if (p >= 1)
        return tr("it is reached in every simulated future (%1)").arg(percent);
    const int tenths = outOfTen(p);
    if (tenths == 0)
        return tr("it is reached in fewer than 1 of 10 simulated futures (%1)").arg(percent);
    if (tenths == 10)
        return tr("it is reached in more than 9 of 10 simulated futures (%1)").arg(percent);
    return tr("it is reached in about %n of 10 simulated futures (%1)", nullptr, tenths)
        .arg(percent);
}

QString ProbabilityWords::sentence(int targetYear, double probability)
{
    return tr("Neutrality by %1 is %2: %3.")
        .arg(NumberFormat::year(targetYear), phrase(probability), frequency(probability));
}

} // namespace zeroplan
