#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace zeroplan {

struct Plan;
struct Scenario;

// What the adopted plan expects of one measure each year: its wedge + sink + credit, tCO2e.
struct AdoptedWedge
{
    QString measure; // measure id
    QList<double> tonnes;
    bool operator==(const AdoptedWedge &) const = default;
};

// A scenario the committee adopted, frozen: the plan as it stood (with that scenario alone and
// no monitoring of its own), and the pathway and wedges it promised. Later edits of the plan
// never change it; monitoring compares against it. A plan may be adopted again (a new
// version); earlier adoptions stay.
struct AdoptedPlan
{
    QString label; // "v1", "2026 revision", …
    QDate date;
    std::shared_ptr<const Plan> plan;
    QList<int> years;    // base year to horizon end
    QList<double> gross; // tCO2e per year
    QList<double> net;   // gross − sinks − credits
    QList<AdoptedWedge> wedges;

    const Scenario &scenario() const; // the adopted scenario (the frozen plan's only one)
    double grossIn(int year) const;   // 0 outside the years
    double netIn(int year) const;
    // Plans compare by content.
    bool operator==(const AdoptedPlan &other) const;
};

} // namespace zeroplan
