#include "AdoptedPlan.h"

#include "Plan.h"

namespace zeroplan {
namespace {

double valueIn(const QList<int> &years, const QList<double> &values, int year)
{
    const qsizetype i = years.indexOf(year);
    return i >= 0 && i < values.size() ? values.at(i) : 0.0;
}

} // namespace

const Scenario &AdoptedPlan::scenario() const
{
    return plan->scenarios.front();
}

double AdoptedPlan::grossIn(int year) const
{
    return valueIn(years, gross, year);
}

double AdoptedPlan::netIn(int year) const
{
    return valueIn(years, net, year);
}

bool AdoptedPlan::operator==(const AdoptedPlan &other) const
{
    const bool samePlan = plan == other.plan || (plan && other.plan && *plan == *other.plan);
    return samePlan && label == other.label && date == other.date && years == other.years &&
           gross == other.gross && net == other.net && wedges == other.wedges;
}

} // namespace zeroplan
