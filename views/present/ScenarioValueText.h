#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Measure;

// A measure's value as a scenario sets it (ScenarioValues), written for a reader: "2030" for
// a start year, "5 years", "¥1,200,000" for an investment, "300 kWp" or "40 %" for a
// parameter (ParameterDisplay), in the plan's currency.
class ScenarioValueText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ScenarioValueText)

public:
    static QString value(const Measure &measure, const QString &field, double value,
                         const QString &currency);
    // "Solar capacity of Rooftop solar: 300 kWp"
    static QString line(const Measure &measure, const QString &field, double value,
                        const QString &currency);
};

} // namespace zeroplan
