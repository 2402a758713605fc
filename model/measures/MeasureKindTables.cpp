#include "MeasureKindTables.h"

#include <QtGlobal>

namespace zeroplan {
namespace {

// The default lifetime of each kind. Where no figure could be cited precisely, the plan
// format's default of 25 years stays as an assumption: the source says so and the form marks
// the lifetime "assumed" (MeasureKindSpec::lifetimeAssumed).
struct DefaultLifetime
{
    MeasureKind kind;
    int years;
    const char *source;
};

const char *const kNotSourced = QT_TRANSLATE_NOOP(
    "zeroplan::MeasureCatalogue",
    "Assumed, no source: the plan format's default of 25 years; enter the supplier's figure");

// Lifetimes of energy-saving measures of the Danish energy labelling scheme (the Danish Energy
// Agency's handbook for energy consultants, HB2021, annex 4, 4.7.1.1): insulation of building
// parts 40 years, windows 30, heat-producing plant incl. heat pumps 20, lighting fittings 15,
// controls for heating and ventilation 15, sealing of joints 10.

const DefaultLifetime kLifetimes[] = {
    {MeasureKind::RooftopSolar, 30,
     QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                       "IEA PVPS Task 12, Methodology Guidelines on LCA of Photovoltaic "
                       "Electricity, 3rd ed. (Frischknecht et al. 2016): 30 years for modules of "
                       "mature technologies")},
    {MeasureKind::SharedTransport, 25, kNotSourced},
    {MeasureKind::Composting, 25, kNotSourced},
    {MeasureKind::WasteSorting, 25, kNotSourced},
    {MeasureKind::LedLighting, 10,
     QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                       "US DOE (energy.gov, lighting choices): LED bulbs last 25,000 h; at an "
                       "assumed 2,500 h a year (50 h a week, 50 weeks: shared and commercial "
                       "spaces) = 10 years; at 3 h a day at home, 23")},
    {MeasureKind::HeatPump, 20,
     QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                       "Lovvorn & Hiller, Heat Pump Life Revisited, ASHRAE Transactions 108(2), "
                       "2002: median service life 20.5 years (Alabama survey)")},
    {MeasureKind::BuildingRetrofit, 30,
     QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                       "Danish Energy Agency, Handbook for energy consultants HB2021 (energy "
                       "labelling), annex 4, 4.7.1.1: insulation of building parts 40 years, "
                       "windows 30; the shorter, so that windows are renewed in time")},
    {MeasureKind::GreenPower, 25, kNotSourced},
    {MeasureKind::SmartEnergy, 15,
     QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                       "Danish Energy Agency, Handbook for energy consultants HB2021 (energy "
                       "labelling), annex 4, 4.7.1.1: controls for heating and ventilation, 15 "
                       "years")},
    {MeasureKind::CarbonAccounts, 25, kNotSourced},
    {MeasureKind::TreePlanting, 25, kNotSourced},
    {MeasureKind::CarbonCredits, 25, kNotSourced},
    {MeasureKind::Custom, 25, kNotSourced},
};

// The kinds whose investment or running cost is given per unit; every other cost is a lump
// sum in the measure's costs. Every *_per_* money parameter of the catalogue is here.
struct DefaultCostRules
{
    MeasureKind kind;
    CostRule capex;
    CostRule opex;
};

const DefaultCostRules kCostRules[] = {
    {MeasureKind::RooftopSolar,
     {"capex_per_kwp", "capacity_kwp"},
     {"opex_per_kwp", "capacity_kwp"}},
    {MeasureKind::TreePlanting, {"capex_per_ha", "canopy_ha"}, {}},
    {MeasureKind::GreenPower, {}, {"premium_per_kwh", nullptr}},
    {MeasureKind::CarbonCredits, {}, {"price_per_t", nullptr}},
    {MeasureKind::CarbonAccounts, {}, {"point_value", nullptr}},
};

// The kinds that do more than act on their targets (MeasureTraits); every other kind has the
// default traits.
struct KindTraits
{
    MeasureKind kind;
    MeasureTraits traits;
};

const KindTraits kTraits[] = {
    {MeasureKind::HeatPump, {AddedActivity::Electricity, Sector::StationaryEnergy}},
    {MeasureKind::SharedTransport, {AddedActivity::Electricity, Sector::Transport}},
    {MeasureKind::Composting, {AddedActivity::CompostEmissions, Sector::Waste}},
    {MeasureKind::GreenPower, {.savesEnergyCosts = false}},
    {MeasureKind::CarbonCredits, {.credit = true}},
};

// How far a measure has got, in its own unit (AdoptionRule); kinds not listed count the share of
// the measure carried out. Waste sorting rises from the recycling rate before it.
struct KindAdoption
{
    MeasureKind kind;
    AdoptionRule adoption;
};

const KindAdoption kAdoption[] = {
    {MeasureKind::RooftopSolar, {"capacity_kwp", nullptr}},
    {MeasureKind::SharedTransport, {"shift_share", nullptr}},
    {MeasureKind::Composting, {"capacity_t", nullptr}},
    {MeasureKind::WasteSorting, {"recycling_after", "recycling_before"}},
    {MeasureKind::HeatPump, {"share_replaced", nullptr}},
    {MeasureKind::BuildingRetrofit, {"floor_area_m2", nullptr}},
    {MeasureKind::CarbonAccounts, {"participation", nullptr}},
    {MeasureKind::GreenPower, {"share", nullptr}},
    {MeasureKind::TreePlanting, {"canopy_ha", nullptr}},
    {MeasureKind::CarbonCredits, {"tonnes_per_year", nullptr}},
};

// A cost or adoption rule naming a parameter the kind does not have would read past the
// measure's parameters: refuse the catalogue when it is built, not when a plan happens to use
// the kind.
void checkRule(const MeasureKindSpec &spec, const char *rule, const char *first, const char *second)
{
    for (const char *key : {first, second}) {
        if (key && spec.parameterIndex(key) < 0)
            qFatal("measure catalogue: the %s rule of %s names \"%s\", not one of its "
                   "parameters",
                   rule, spec.name, key);
    }
}

} // namespace

QList<MeasureKindSpec> withKindTables(QList<MeasureKindSpec> catalogue)
{
    for (MeasureKindSpec &spec : catalogue) {
        for (const KindTraits &t : kTraits) {
            if (t.kind == spec.kind)
                spec.traits = t.traits;
        }
        for (const DefaultCostRules &c : kCostRules) {
            if (c.kind == spec.kind) {
                spec.capexRule = c.capex;
                spec.opexRule = c.opex;
            }
        }
        for (const DefaultLifetime &l : kLifetimes) {
            if (l.kind == spec.kind) {
                spec.lifetimeYears = l.years;
                spec.lifetimeSource = l.source;
                spec.lifetimeAssumed = l.source == kNotSourced;
            }
        }
        for (const KindAdoption &a : kAdoption) {
            if (a.kind == spec.kind)
                spec.adoption = a.adoption;
        }
        checkRule(spec, "cost", spec.capexRule.rate, spec.capexRule.quantity);
        checkRule(spec, "cost", spec.opexRule.rate, spec.opexRule.quantity);
        checkRule(spec, "adoption", spec.adoption.parameter, spec.adoption.before);
    }
    return catalogue;
}

} // namespace zeroplan
