#pragma once

// What the optimiser's tests share (TestOptimiser, TestOptimiserConstraints, TestOptimiserCredits,
// TestRobustOptimiser): a sample plan read from the source tree, the five candidates of the
// European eco-district and their three levels, every choice of levels in a fixed order for a
// brute force, the cheapest of the choices that pass, a tolerance for costs, and a measure's
// level in a portfolio.
#include "optimise/OptimiseResult.h"
#include "storage/PlanJson.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <functional>
#include <type_traits>
#include <vector>

namespace zeroplan::test {

// resources/samples/`name`, read as the plan reader reads it; fails the test program if not.
inline Plan optimiserSample(const char *name = "european-ecodistrict.json")
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
    if (!read.plan)
        qFatal("cannot read %s", name);
    return *read.plan;
}

// The eco-district's five candidates and the levels the brute force tries (3^5 = 243 choices).
inline const QStringList kFiveCandidates{QStringLiteral("led"), QStringLiteral("heat-pumps"),
                                         QStringLiteral("solar"), QStringLiteral("composting"),
                                         QStringLiteral("trees")};
inline const QList<double> kThreeLevels{0.0, 0.5, 1.0};

// Calls `each` with every choice of one of `levels` for each of `measures` measures, the last
// measure's level changing fastest.
inline void forEveryChoice(qsizetype measures, const QList<double> &levels,
                           const std::function<void(const QList<double> &)> &each)
{
    QList<int> digit(measures, 0);
    while (true) {
        QList<double> choice;
        for (const int d : digit)
            choice.append(levels[d]);
        each(choice);
        qsizetype k = measures;
        while (k > 0 && ++digit[k - 1] == levels.size())
            digit[--k] = 0;
        if (k == 0)
            return;
    }
}

// The least `presentCost` of the runs `ok` accepts, or none.
template <typename Run>
const Run *cheapest(const std::vector<Run> &runs,
                    const std::function<bool(const std::type_identity_t<Run> &)> &ok)
{
    const Run *best = nullptr;
    for (const Run &r : runs)
        if (ok(r) && (!best || r.presentCost < best->presentCost))
            best = &r;
    return best;
}

// `a` is `b` to a millionth of its size (of 1 when it is smaller).
inline bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

// Measure `id`'s level in `p`, 0 when it is not chosen.
inline double levelIn(const Portfolio &p, const QString &id)
{
    for (const ScenarioMeasure &m : p.levels)
        if (m.measure == id)
            return m.level;
    return 0;
}

} // namespace zeroplan::test
