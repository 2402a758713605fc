#pragma once

#include "engine/Results.h"

#include <QString>
#include <QtTest>
#include <algorithm>
#include <cmath>

namespace zeroplan::test {

// Hand-worked engine figures are exact up to rounding: compare relatively, to 1e-9.
constexpr double kEngineTolerance = 1e-9;

inline bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= kEngineTolerance * std::max(1.0, std::abs(expected));
}

// The result of the measure with `id`; a test that names a measure the run lacks stops.
inline const MeasureResult &measureNamed(const ScenarioResult &r, const QString &id)
{
    for (const MeasureResult &m : r.measures) {
        if (m.measureId == id)
            return m;
    }
    qFatal("no measure %s", qPrintable(id));
}

// The source (activity line, or "<measure>/added") with `id`, or nullptr.
inline const SourceResult *sourceNamed(const ScenarioResult &r, const QString &id)
{
    for (const SourceResult &s : r.sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace zeroplan::test

// QCOMPARE for hand-worked figures, with the expression and both values in the message.
#define COMPARE_CLOSE(actual, expected)                                                            \
    do {                                                                                           \
        const double a_ = (actual), e_ = (expected);                                               \
        if (!zeroplan::test::close(a_, e_))                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'g', 12)                                              \
                                 .arg(e_, 0, 'g', 12)));                                           \
    } while (false)
