#include "MeasureCatalogue.h"

#include "CatalogueText.h"
#include "CoBenefitDefaults.h"
#include "Measure.h"
#include "MeasureKindTables.h"

#include <QCoreApplication>
#include <cstring>
#include <vector>

namespace zeroplan {
namespace {

using C = Confidence;

QList<MeasureKindSpec> buildCatalogue()
{
    const QStringList electricity{QStringLiteral("electricity")};
    const QStringList heatingFuels{QStringLiteral("natural_gas"), QStringLiteral("lpg"),
                                   QStringLiteral("coal")};
    QStringList heating = heatingFuels;
    heating << QStringLiteral("district_heat");
    const QStringList car{QStringLiteral("car_travel"), QStringLiteral("petrol"),
                          QStringLiteral("diesel")};

    return {
        {MeasureKind::RooftopSolar,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Rooftop solar PV"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "Panels on roofs make electricity that replaces power from the grid."),
         MeasureStage::Supply,
         "energy",
         {electricity, {}, {}, false, false},
         {
             {"capacity_kwp", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Installed capacity"),
              "kWp", 100, 100, 100, 0, 1e6,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Sized per plan; Hemu community installed 500 kW "
                                "(《碳中和社区实践指南：从个人到邻里的环保协同》)"),
              C::Medium},
             {"specific_yield", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Specific yield"),
              "kWh/kWp/yr", 1200, 950, 1300, 0, 2500,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Hemu: 600,000 kWh from 500 kW = 1,200 "
                  "(《碳中和社区实践指南：从个人到邻里的环保协同》); European rooftops "
                  "947-1,195 (Schardt & te Heesen, EU PVSEC)"),
              C::Medium},
             {"degradation", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Yearly degradation"),
              "share/yr", 0.005, 0.003, 0.008, 0, 0.05,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Jordan & Kurtz 2013: median 0.5 %/yr"),
              C::High},
             {"self_consumption",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Self-consumed share"), "share", 0.8,
              0.6, 1.0, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Assumption: most output is used in the community"),
              C::Low},
             {"export_credit",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Count exported power"), "0/1", 0, 0,
              0, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "GPC: exported electricity is not deducted by default"),
              C::High},
             {"capex_per_kwp",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Investment per kWp"), "currency/kWp",
              0, 0, 0, 0, 1e6,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Enter the installer's quote; IRENA 2022: 876 USD/kW utility scale"),
              C::Medium},
             {"opex_per_kwp",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Running cost per kWp and year"),
              "currency/kWp/yr", 0, 0, 0, 0, 1e5,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Enter the maintenance contract"),
              C::Low},
         }},
        {MeasureKind::SharedTransport,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Shared transport"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "Car sharing, bike sharing or a shuttle replace trips by private car."),
         MeasureStage::Switching,
         "transport",
         {car, {Sector::Transport}, {}, false, false},
         {
             {"shift_share",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Share of car km shifted"), "share",
              0.05, 0.02, 0.10, 0, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Assumption; Hammarby cut car use 14 % (CTC-N) as an upper reference"),
              C::Low},
             {"replacement_kwh_per_km",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Electricity per shifted km"),
              "kWh/km", 0.011, 0.009, 0.05, 0, 2,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "E-bike ~1.1 kWh/100 km (secondary source); an EV uses 0.21 (Weiss et al. "
                  "2024), an electric bus 1.31 per vehicle-km (ViriCiti)"),
              C::Low},
             {"fuel_l_per_100km",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Car fuel use (for lines in litres)"),
              "L/100 km", 6.0, 4.7, 9.0, 1, 50,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "EU new cars 106.6 gCO2/km WLTP (EEA 2023) / 2.27 kg/L = 4.7; real-world "
                  "use is higher"),
              C::Low},
         }},
        {MeasureKind::Composting,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Community composting"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Food waste is composted in the community instead of going to landfill."),
         MeasureStage::Switching,
         "waste",
         {{QStringLiteral("food_waste")}, {}, {}, false, false},
         {
             {"capacity_t",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Organic waste composted"), "t/yr",
              50, 30, 60, 0, 1e6,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Assumption: a neighbourhood in-vessel composter"),
              C::Low},
             {"compost_ef", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Composting emissions"),
              "tCO2e/t", 0.190, 0.02, 0.38, 0, 5,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "IPCC 2006 V5 Ch4 T4.1: CH4 4 g/kg, N2O 0.3 g/kg wet waste, x AR6 GWP "
                  "(27.0, 273)"),
              C::High},
         }},
        {MeasureKind::WasteSorting,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Waste sorting and recycling"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Sorting at source raises recycling, so less waste is landfilled or burnt."),
         MeasureStage::Switching,
         "waste",
         {{QStringLiteral("landfill_waste"), QStringLiteral("incinerated_waste")},
          {},
          {},
          false,
          false},
         {
             {"recycling_before",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Recycling rate today"), "share",
              0.10, 0.05, 0.15, 0, 0.99,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Assumption; measure your own"),
              C::Low},
             {"recycling_after",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Recycling rate reached"), "share",
              0.40, 0.30, 0.45, 0, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Hemu community reached 40 % (《碳中和社区实践指南：从个人到邻里的环保协同》)"),
              C::Medium},
         }},
        {MeasureKind::LedLighting,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Efficient lighting (LED)"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "LED lamps replace old lamps and use far less electricity."),
         MeasureStage::DemandReduction,
         "energy",
         {electricity, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"lighting_share",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Lighting share of electricity"),
              "share", 0.15, 0.10, 0.20, 0, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Assumption; IEA 2006 Light's Labour's Lost: lighting is ~19 % of world "
                  "electricity"),
              C::Low},
             {"savings", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Energy saved per lamp"),
              "share", 0.75, 0.60, 0.85, 0, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "US DOE / ENERGY STAR: at least 75 % less energy than incandescent"),
              C::Medium},
         }},
        {MeasureKind::HeatPump,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Heat pumps and electrification"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "Heat pumps or induction replace gas or coal for heat and cooking."),
         MeasureStage::Switching,
         "energy",
         {heatingFuels, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"share_replaced",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Share of fuel replaced"), "share",
              0.30, 0.20, 0.50, 0, 1, QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Assumption"),
              C::Low},
             {"cop", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Seasonal COP"),
              "kWh heat/kWh", 3.0, 2.5, 4.0, 0.5, 10,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "IEA 2022 The Future of Heat Pumps: 3-5 times as efficient as a boiler"),
              C::Medium},
             {"boiler_efficiency",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Efficiency of the replaced boiler"),
              "share", 0.90, 0.85, 0.95, 0.1, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Assumption: condensing gas boiler"),
              C::Low},
         }},
        {MeasureKind::BuildingRetrofit,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Building retrofit"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Insulation and windows cut the energy buildings need for heating and cooling."),
         MeasureStage::DemandReduction,
         "energy",
         {heating, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"floor_area_m2",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Floor area retrofitted"), "m²",
              10000, 10000, 10000, 0, 1e8,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Sized per plan"), C::Medium},
             {"demand_before",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Heat demand before"), "kWh/m²/yr",
              220, 150, 250, 0, 1000,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "JRC: a typical German home uses 220 kWh/m² a year"),
              C::Medium},
             {"demand_after", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Heat demand after"),
              "kWh/m²/yr", 65, 15, 90, 0, 1000,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "JRC: Freiburg low-energy standard 65, passive house 15"),
              C::Medium},
         }},
        {MeasureKind::GreenPower,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Green power purchase"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "Part of the grid electricity is bought as certified renewable power."),
         MeasureStage::Supply,
         "energy",
         {electricity, {}, {}, false, false},
         {
             {"share", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Share bought green"),
              "share", 0.30, 0.20, 0.50, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Assumption"), C::Low},
             {"premium_per_kwh",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Extra price per kWh"),
              "currency/kWh", 0, 0, 0, 0, 100,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Enter the green tariff or certificate offer"),
              C::Low},
         }},
        {MeasureKind::SmartEnergy,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Smart energy management"),
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                           "Controls and metering cut the electricity public facilities waste."),
         MeasureStage::DemandReduction,
         "energy",
         {electricity, {}, {QStringLiteral("public"), QStringLiteral("commercial")}, false, false},
         {
             {"savings_share", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Electricity saved"),
              "share", 0.10, 0.05, 0.15, 0, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Assumption within the 5-15 % reported for building energy management"),
              C::Low},
         }},
        {MeasureKind::CarbonAccounts,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Resident carbon accounts"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Residents earn points for low-carbon choices and trade them for rewards."),
         MeasureStage::DemandReduction,
         "community",
         {{}, {Sector::Transport}, {QStringLiteral("residential")}, false, false},
         {
             {"participation",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Residents taking part"), "share",
              0.30, 0.15, 0.50, 0, 1, QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Assumption"),
              C::Low},
             {"reduction_t_per_person",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Cut per participant"),
              "tCO2e/person/yr", 0.10, 0.05, 0.20, 0, 5,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Derived from Xinqiao Shiju: ~50 t/yr through accounts "
                                "(深圳晚报专家访谈《近零碳社区怎么建？》); "
                                "lifestyle potential 1.1 t/person/yr is the ceiling (Carbon Stop)"),
              C::Low},
             {"points_per_tonne",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Points per tonne"), "points/t", 1000,
              1000, 1000, 0, 1e7, QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Scheme design"),
              C::Medium},
             {"point_value", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Value of a point"),
              "currency/point", 0.1, 0.1, 0.1, 0, 1e4,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "1,000 points x 0.1 = 100 per t, near China's 2024 CEA price of 97.49 "
                  "CNY/t (MEE 2025)"),
              C::Medium},
             // The model's further parameters (docs/measures.md): their defaults are neutral,
             // so that a plan written with the four above computes as it did; the presets
             // (CarbonPointPresets) give sourced values.
             {"active_share",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Active share of enrolled"), "share",
              1, 1, 1, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Neutral default: every enrolled resident counted; Jeju, H1 "
                                "2020: 36.7 % of Carbon Point participants qualified for points "
                                "(Korea Environment Corporation)"),
              C::Low},
             {"home_energy_cut", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Home energy cut"),
              "share", 0, 0, 0, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Neutral default 0 (only the cut per participant above); home "
                                "energy reports cut 1.9-2.0 % in randomised trials (Allcott "
                                "2011, J. Public Econ. 95:1082)"),
              C::Low},
             {"additionality", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Additional share"),
              "share", 1, 1, 1, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Neutral default: every credited tonne counted as a reduction; "
                                "trips credited to people who already used transit are not "
                                "reductions, so set it lower (the presets' figures are "
                                "assumptions)"),
              C::Low},
             {"tier_points", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Points per 5 % tier"),
              "points/person/yr", 0, 0, 0, 0, 1e7,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "0 = no tiers; Korea Carbon Point pays 5,000/10,000/15,000 "
                                "points a half-year for a 5/10/15 % cut against the household's "
                                "own 1-2-year average (Korea Environment Corporation)"),
              C::Medium},
             {"budget_cap", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Points budget cap"),
              "currency/yr", 0, 0, 0, 0, 1e12,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "0 = no cap; the scheme's yearly budget"),
              C::Medium},
             {"duration_years", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Programme years"),
              "yr", 0, 0, 0, 0, 200,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "0 = to the horizon; set per plan"),
              C::Medium},
             {"decay_rate", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Decay after it stops"),
              "share/yr", 0.15, 0.15, 0.15, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Allcott & Rogers 2014 (AER 104(10)): effects decay 10-20 % a "
                                "year after home energy reports stop"),
              C::Medium},
         }},
        {MeasureKind::TreePlanting,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Tree planting and green space"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Trees and green space take up CO2 as they grow; a sink, not a reduction."),
         MeasureStage::SinksAndCredits,
         "greening",
         {{}, {}, {}, false, true},
         {
             {"canopy_ha",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Canopy area at maturity"), "ha", 1.0,
              1.0, 1.0, 0, 1e5, QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Sized per plan"),
              C::Medium},
             {"sequestration_t_per_ha",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Uptake per hectare of canopy"),
              "tCO2/ha/yr", 10.3, 7.0, 13.0, 0, 100,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "Nowak et al. 2013 Env Pollut 178:229: 0.28 kgC/m²/yr = 10.3 tCO2/ha"),
              C::High},
             {"maturity_years",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Years to full uptake"), "yr", 10, 5,
              20, 1, 100,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue",
                                "Assumption: uptake grows linearly until then"),
              C::Low},
             {"capex_per_ha",
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Planting cost per hectare"),
              "currency/ha", 0, 0, 0, 0, 1e9,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Enter the landscaping quote"),
              C::Low},
         }},
        {MeasureKind::CarbonCredits,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Carbon credits"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "Certified credits bought each year offset what is left; never a reduction."),
         MeasureStage::SinksAndCredits,
         "community",
         {{}, {}, {}, false, true},
         {
             {"tonnes_per_year", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Credits bought"),
              "tCO2e/yr", 50, 50, 50, 0, 1e9,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Sized per plan"), C::Medium},
             {"price_per_t", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Price per tonne"),
              "currency/t", 97.49, 79.42, 120, 0, 1e5,
              QT_TRANSLATE_NOOP(
                  "zeroplan::MeasureCatalogue",
                  "China CEA year-end 2024 97.49 CNY/t (MEE 2025); end-2023 79.42 (MVGX)"),
              C::High},
         }},
        {MeasureKind::Custom,
         QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Custom measure"),
         QT_TRANSLATE_NOOP(
             "zeroplan::MeasureCatalogue",
             "A cut of your own on chosen activity lines, for what the catalogue lacks."),
         MeasureStage::DemandReduction,
         "community",
         {{}, {}, {}, true, false},
         {
             {"share", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Share of activity cut"),
              "share", 0.10, 0.10, 0.10, 0, 1,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Set per plan"), C::Low},
             {"amount_t", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Emissions cut"),
              "tCO2e/yr", 0, 0, 0, 0, 1e9,
              QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Set per plan"), C::Low},
         }},
    };
}

} // namespace

QString MeasureKindSpec::displayName() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", name);
}

QString MeasureKindSpec::displayExplanation() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", explanation);
}

QString MeasureKindSpec::displayLifetimeSource() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", lifetimeSource);
}

const ParameterSpec *MeasureKindSpec::parameter(const QString &key) const
{
    for (const ParameterSpec &p : parameters) {
        if (key == QLatin1String(p.key))
            return &p;
    }
    return nullptr;
}

int MeasureKindSpec::parameterIndex(const char *key) const
{
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (std::strcmp(parameters[i].key, key) == 0)
            return int(i);
    }
    return -1;
}

const QList<MeasureKindSpec> &MeasureCatalogue::all()
{
    static const QList<MeasureKindSpec> catalogue = withKindTables(buildCatalogue());
    return catalogue;
}

const MeasureKindSpec &MeasureCatalogue::spec(MeasureKind kind)
{
    static const std::vector<const MeasureKindSpec *> byKind = [] {
        std::vector<const MeasureKindSpec *> v(std::size(kAllMeasureKinds), nullptr);
        for (const MeasureKindSpec &s : all())
            v[size_t(s.kind)] = &s;
        return v;
    }();
    return *byKind[size_t(kind)];
}

Measure MeasureCatalogue::makeDefault(MeasureKind kind, const QString &id, int startYear)
{
    const MeasureKindSpec &s = spec(kind);
    Measure m;
    m.id = id;
    m.kind = kind;
    m.name = s.displayName();
    m.startYear = startYear;
    m.ownerGroup = QString::fromLatin1(s.ownerGroup);
    m.lifetimeYears = s.lifetimeYears;
    for (const ParameterSpec &p : s.parameters) {
        UncertainValue v{p.value, std::nullopt, std::nullopt,
                         QCoreApplication::translate("zeroplan::MeasureCatalogue", p.source)};
        if (p.high > p.low) {
            v.low = p.low;
            v.high = p.high;
        }
        m.parameters.insert(QString::fromLatin1(p.key), v);
    }
    m.coBenefits = CoBenefitDefaults::forKind(kind);
    return m;
}

QStringList MeasureCatalogue::ownerGroups()
{
    return {QStringLiteral("energy"), QStringLiteral("transport"), QStringLiteral("waste"),
            QStringLiteral("food"),   QStringLiteral("greening"),  QStringLiteral("community")};
}

QString MeasureCatalogue::ownerGroupName(const QString &id)
{
    static const char *const names[][2] = {
        {"energy", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Energy group")},
        {"transport", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Transport group")},
        {"waste", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Waste group")},
        {"food", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Food group")},
        {"greening", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Greening group")},
        {"community", QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", "Community committee")},
    };
    for (const auto &row : names) {
        if (id == QLatin1String(row[0]))
            return QCoreApplication::translate("zeroplan::MeasureCatalogue", row[1]);
    }
    return id;
}

} // namespace zeroplan
