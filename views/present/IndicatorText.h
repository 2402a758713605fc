#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Indicator;

// How the committee's indicators are written on the Monitoring page and in the printed plan
// (docs/monitoring.md, "Indicators").
class IndicatorText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::IndicatorText)

public:
    // A figure as it was entered: up to two decimals, no trailing zeros, grouped thousands
    // ("30", "13.5", "1,250").
    static QString figure(double value);
    // A difference with its sign: "+2", "−1.5", "0".
    static QString signedFigure(double value);
    // The latest year with an actual figure: actual − plan and the actual as a share of the
    // plan, "+2 (107% of plan)"; only the difference when the plan is 0; "—" when that year has
    // no plan or there is no actual yet.
    static QString versusPlan(const Indicator &indicator);
    // "value unit", or the value alone when the indicator has no unit.
    static QString withUnit(double value, const QString &unit);
};

} // namespace zeroplan
