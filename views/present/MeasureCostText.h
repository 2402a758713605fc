#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

struct Measure;
struct MeasureCostPart;

// A measure's investment and running cost at full adoption in words, from the figures the
// engine uses (MeasureCostSummary): "600,000 CNY (500 kWp × 1,200 CNY/kWp)". Shared by the
// measure form and the printed plan, so both show the same figure.
class MeasureCostText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::MeasureCostText)

public:
    // The one-off investment: the total, how it is made up when given per unit, any lump sum
    // an old file adds on top, or "not entered" when nothing is.
    static QString investment(const Measure &measure, const QString &currency);
    // The running cost a year, the same way; a price per unit of what the measure does
    // (green power, credits) is named with its parameter, as only the engine can add it up.
    static QString runningCost(const Measure &measure, const QString &currency);

private:
    static QString describe(const Measure &measure, const MeasureCostPart &part,
                            const QString &currency, bool yearly);
};

} // namespace zeroplan
