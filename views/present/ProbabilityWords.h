#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// A probability in the words of the IPCC's calibrated language (AR5/AR6 uncertainty guidance,
// Mastrandrea et al. 2010), so a committee reads "unlikely" where the engine says 0.18:
//   virtually certain ≥ 99 %, very likely ≥ 90 %, likely ≥ 66 %, about as likely as not
//   33–66 %, unlikely < 33 %, very unlikely < 10 %, exceptionally unlikely < 1 %.
// Each probability gets the narrowest term that holds (0.05 is "very unlikely", not
// "unlikely"); the IPCC's "extremely likely" (≥ 95 %) is left out to keep seven steps.
class ProbabilityWords
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ProbabilityWords)

public:
    enum class Likelihood
    {
        ExceptionallyUnlikely,
        VeryUnlikely,
        Unlikely,
        AboutAsLikelyAsNot,
        Likely,
        VeryLikely,
        VirtuallyCertain,
    };

    static Likelihood likelihood(double probability);
    static QString phrase(Likelihood likelihood); // "very unlikely"
    static QString phrase(double probability);
    // How many of 10 futures, rounded: 0.18 → 2.
    static int outOfTen(double probability);
    // "it is reached in about 2 of 10 simulated futures (18 %)"
    static QString frequency(double probability);
    // "Neutrality by 2060 is unlikely: it is reached in about 2 of 10 simulated futures (18 %)."
    static QString sentence(int targetYear, double probability);
};

} // namespace zeroplan
