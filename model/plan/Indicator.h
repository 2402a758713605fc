#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// One year of an indicator: what the plan aims at and what was measured.
struct IndicatorValue
{
    int year = 0;
    std::optional<double> plan;
    std::optional<double> actual;
    QString source;
    bool operator==(const IndicatorValue &) const = default;
};

// A yearly series the committee defines to follow what tonnes do not show (participation in
// carbon accounts, kg of waste sorted per household, …).
struct Indicator
{
    QString id; // unique in the plan
    QString name;
    QString unit;
    QString source;
    QList<IndicatorValue> values;
    bool operator==(const Indicator &) const = default;
};

} // namespace zeroplan
