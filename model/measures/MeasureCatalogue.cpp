#include "MeasureCatalogue.h"

#include "Measure.h"

#include <QCoreApplication>
#include <cstring>
#include <vector>

#define ZP_TR(text) QT_TRANSLATE_NOOP("zeroplan::MeasureCatalogue", text)

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
        {MeasureKind::RooftopSolar, ZP_TR("Rooftop solar PV"),
         ZP_TR("Panels on roofs make electricity that replaces power from the grid."),
         MeasureStage::Supply, "energy", {electricity, {}, {}, false, false},
         {
             {"capacity_kwp", ZP_TR("Installed capacity"), "kWp", 100, 100, 100, 0, 1e6,
              ZP_TR("Sized per plan; Hemu community installed 500 kW (seeds/000)"), C::Medium},
             {"specific_yield", ZP_TR("Specific yield"), "kWh/kWp/yr", 1200, 950, 1300, 0, 2500,
              ZP_TR("Hemu: 600,000 kWh from 500 kW = 1,200 (seeds/000); European rooftops "
                    "947-1,195 (Schardt & te Heesen, EU PVSEC)"), C::Medium},
             {"degradation", ZP_TR("Yearly degradation"), "share/yr", 0.005, 0.003, 0.008, 0,
              0.05, ZP_TR("Jordan & Kurtz 2013: median 0.5 %/yr"), C::High},
             {"self_consumption", ZP_TR("Self-consumed share"), "share", 0.8, 0.6, 1.0, 0, 1,
              ZP_TR("Assumption: most output is used in the community"), C::Low},
             {"export_credit", ZP_TR("Count exported power (1 = yes)"), "0/1", 0, 0, 0, 0, 1,
              ZP_TR("GPC: exported electricity is not deducted by default"), C::High},
             {"capex_per_kwp", ZP_TR("Investment per kWp"), "currency/kWp", 0, 0, 0, 0, 1e6,
              ZP_TR("Enter the installer's quote; IRENA 2022: 876 USD/kW utility scale"),
              C::Medium},
             {"opex_per_kwp", ZP_TR("Running cost per kWp and year"), "currency/kWp/yr", 0, 0,
              0, 0, 1e5, ZP_TR("Enter the maintenance contract"), C::Low},
         }},
        {MeasureKind::SharedTransport, ZP_TR("Shared transport"),
         ZP_TR("Car sharing, bike sharing or a shuttle replace trips by private car."),
         MeasureStage::Switching, "transport", {car, {Sector::Transport}, {}, false, false},
         {
             {"shift_share", ZP_TR("Share of car km shifted"), "share", 0.05, 0.02, 0.10, 0, 1,
              ZP_TR("Assumption; Hammarby cut car use 14 % (CTC-N) as an upper reference"),
              C::Low},
             {"replacement_kwh_per_km", ZP_TR("Electricity per shifted km"), "kWh/km", 0.011,
              0.009, 0.05, 0, 2,
              ZP_TR("E-bike ~1.1 kWh/100 km (secondary source); an EV uses 0.21 (Weiss et al. "
                    "2024), an electric bus 1.31 per vehicle-km (ViriCiti)"), C::Low},
             {"fuel_l_per_100km", ZP_TR("Car fuel use (for lines in litres)"), "L/100 km", 6.0,
              4.7, 9.0, 1, 50,
              ZP_TR("EU new cars 106.6 gCO2/km WLTP (EEA 2023) / 2.27 kg/L = 4.7; real-world "
                    "use is higher"), C::Low},
         }},
        {MeasureKind::Composting, ZP_TR("Community composting"),
         ZP_TR("Food waste is composted in the community instead of going to landfill."),
         MeasureStage::Switching, "waste",
         {{QStringLiteral("food_waste")}, {}, {}, false, false},
         {
             {"capacity_t", ZP_TR("Organic waste composted"), "t/yr", 50, 30, 60, 0, 1e6,
              ZP_TR("Assumption: a neighbourhood in-vessel composter"), C::Low},
             {"compost_ef", ZP_TR("Composting emissions"), "tCO2e/t", 0.190, 0.02, 0.38, 0, 5,
              ZP_TR("IPCC 2006 V5 Ch4 T4.1: CH4 4 g/kg, N2O 0.3 g/kg wet waste, x AR6 GWP "
                    "(27.0, 273)"), C::High},
         }},
        {MeasureKind::WasteSorting, ZP_TR("Waste sorting and recycling"),
         ZP_TR("Sorting at source raises recycling, so less waste is landfilled or burnt."),
         MeasureStage::Switching, "waste",
         {{QStringLiteral("landfill_waste"), QStringLiteral("incinerated_waste")}, {}, {}, false,
          false},
         {
             {"recycling_before", ZP_TR("Recycling rate today"), "share", 0.10, 0.05, 0.15, 0,
              0.99, ZP_TR("Assumption; measure your own"), C::Low},
             {"recycling_after", ZP_TR("Recycling rate reached"), "share", 0.40, 0.30, 0.45, 0,
              1, ZP_TR("Hemu community reached 40 % (seeds/000)"), C::Medium},
         }},
        {MeasureKind::LedLighting, ZP_TR("Efficient lighting (LED)"),
         ZP_TR("LED lamps replace old lamps and use far less electricity."),
         MeasureStage::DemandReduction, "energy",
         {electricity, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"lighting_share", ZP_TR("Lighting share of electricity"), "share", 0.15, 0.10,
              0.20, 0, 1,
              ZP_TR("Assumption; IEA 2006 Light's Labour's Lost: lighting is ~19 % of world "
                    "electricity"), C::Low},
             {"savings", ZP_TR("Energy saved per lamp"), "share", 0.75, 0.60, 0.85, 0, 1,
              ZP_TR("US DOE / ENERGY STAR: at least 75 % less energy than incandescent"),
              C::Medium},
         }},
        {MeasureKind::HeatPump, ZP_TR("Heat pumps and electrification"),
         ZP_TR("Heat pumps or induction replace gas or coal for heat and cooking."),
         MeasureStage::Switching, "energy",
         {heatingFuels, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"share_replaced", ZP_TR("Share of fuel replaced"), "share", 0.30, 0.20, 0.50, 0,
              1, ZP_TR("Assumption"), C::Low},
             {"cop", ZP_TR("Seasonal COP"), "kWh heat/kWh", 3.0, 2.5, 4.0, 0.5, 10,
              ZP_TR("IEA 2022 The Future of Heat Pumps: 3-5 times as efficient as a boiler"),
              C::Medium},
             {"boiler_efficiency", ZP_TR("Efficiency of the replaced boiler"), "share", 0.90,
              0.85, 0.95, 0.1, 1, ZP_TR("Assumption: condensing gas boiler"), C::Low},
         }},
        {MeasureKind::BuildingRetrofit, ZP_TR("Building retrofit"),
         ZP_TR("Insulation and windows cut the energy buildings need for heating and cooling."),
         MeasureStage::DemandReduction, "energy",
         {heating, {Sector::StationaryEnergy}, {}, false, false},
         {
             {"floor_area_m2", ZP_TR("Floor area retrofitted"), "m²", 10000, 10000, 10000, 0,
              1e8, ZP_TR("Sized per plan"), C::Medium},
             {"demand_before", ZP_TR("Heat demand before"), "kWh/m²/yr", 220, 150, 250, 0, 1000,
              ZP_TR("JRC: a typical German home uses 220 kWh/m² a year"), C::Medium},
             {"demand_after", ZP_TR("Heat demand after"), "kWh/m²/yr", 65, 15, 90, 0, 1000,
              ZP_TR("JRC: Freiburg low-energy standard 65, passive house 15"), C::Medium},
         }},
        {MeasureKind::GreenPower, ZP_TR("Green power purchase"),
         ZP_TR("Part of the grid electricity is bought as certified renewable power."),
         MeasureStage::Supply, "energy", {electricity, {}, {}, false, false},
         {
             {"share", ZP_TR("Share bought green"), "share", 0.30, 0.20, 0.50, 0, 1,
              ZP_TR("Assumption"), C::Low},
             {"premium_per_kwh", ZP_TR("Extra price per kWh"), "currency/kWh", 0, 0, 0, 0, 100,
              ZP_TR("Enter the green tariff or certificate offer"), C::Low},
         }},
        {MeasureKind::SmartEnergy, ZP_TR("Smart energy management"),
         ZP_TR("Controls and metering cut the electricity public facilities waste."),
         MeasureStage::DemandReduction, "energy",
         {electricity, {}, {QStringLiteral("public"), QStringLiteral("commercial")}, false,
          false},
         {
             {"savings_share", ZP_TR("Electricity saved"), "share", 0.10, 0.05, 0.15, 0, 1,
              ZP_TR("Assumption within the 5-15 % reported for building energy management"),
              C::Low},
         }},
        {MeasureKind::CarbonAccounts, ZP_TR("Resident carbon accounts"),
         ZP_TR("Residents earn points for low-carbon choices and trade them for rewards."),
         MeasureStage::DemandReduction, "community",
         {{}, {Sector::Transport}, {QStringLiteral("residential")}, false, false},
         {
             {"participation", ZP_TR("Residents taking part"), "share", 0.30, 0.15, 0.50, 0, 1,
              ZP_TR("Assumption"), C::Low},
             {"reduction_t_per_person", ZP_TR("Cut per participant"), "tCO2e/person/yr", 0.10,
              0.05, 0.20, 0, 5,
              ZP_TR("Derived from Xinqiao Shiju: ~50 t/yr through accounts (seeds/001); "
                    "lifestyle potential 1.1 t/person/yr is the ceiling (Carbon Stop)"), C::Low},
             {"points_per_tonne", ZP_TR("Points per tonne"), "points/t", 1000, 1000, 1000, 0,
              1e7, ZP_TR("Scheme design"), C::Medium},
             {"point_value", ZP_TR("Value of a point"), "currency/point", 0.1, 0.1, 0.1, 0, 1e4,
              ZP_TR("1,000 points x 0.1 = 100 per t, near China's 2024 CEA price of 97.49 "
                    "CNY/t (MEE 2025)"), C::Medium},
         }},
        {MeasureKind::TreePlanting, ZP_TR("Tree planting and green space"),
         ZP_TR("Trees and green space take up CO2 as they grow; a sink, not a reduction."),
         MeasureStage::SinksAndCredits, "greening", {{}, {}, {}, false, true},
         {
             {"canopy_ha", ZP_TR("Canopy area at maturity"), "ha", 1.0, 1.0, 1.0, 0, 1e5,
              ZP_TR("Sized per plan"), C::Medium},
             {"sequestration_t_per_ha", ZP_TR("Uptake per hectare of canopy"), "tCO2/ha/yr",
              10.3, 7.0, 13.0, 0, 100,
              ZP_TR("Nowak et al. 2013 Env Pollut 178:229: 0.28 kgC/m²/yr = 10.3 tCO2/ha"),
              C::High},
             {"maturity_years", ZP_TR("Years to full uptake"), "yr", 10, 5, 20, 1, 100,
              ZP_TR("Assumption: uptake grows linearly until then"), C::Low},
             {"capex_per_ha", ZP_TR("Planting cost per hectare"), "currency/ha", 0, 0, 0, 0,
              1e9, ZP_TR("Enter the landscaping quote"), C::Low},
         }},
        {MeasureKind::CarbonCredits, ZP_TR("Carbon credits"),
         ZP_TR("Certified credits bought each year offset what is left; never a reduction."),
         MeasureStage::SinksAndCredits, "community", {{}, {}, {}, false, true},
         {
             {"tonnes_per_year", ZP_TR("Credits bought"), "tCO2e/yr", 50, 50, 50, 0, 1e9,
              ZP_TR("Sized per plan"), C::Medium},
             {"price_per_t", ZP_TR("Price per tonne"), "currency/t", 97.49, 79.42, 120, 0, 1e5,
              ZP_TR("China CEA year-end 2024 97.49 CNY/t (MEE 2025); end-2023 79.42 (MVGX)"),
              C::High},
         }},
        {MeasureKind::Custom, ZP_TR("Custom measure"),
         ZP_TR("A cut of your own on chosen activity lines, for what the catalogue lacks."),
         MeasureStage::DemandReduction, "community", {{}, {}, {}, true, false},
         {
             {"share", ZP_TR("Share of activity cut"), "share", 0.10, 0.10, 0.10, 0, 1,
              ZP_TR("Set per plan"), C::Low},
             {"amount_t", ZP_TR("Emissions cut"), "tCO2e/yr", 0, 0, 0, 0, 1e9,
              ZP_TR("Set per plan"), C::Low},
         }},
    };
}

} // namespace

QString ParameterSpec::displayName() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", name);
}

QString ParameterSpec::displayUnit() const
{
    return QString::fromUtf8(unit);
}

QString MeasureKindSpec::displayName() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", name);
}

QString MeasureKindSpec::displayExplanation() const
{
    return QCoreApplication::translate("zeroplan::MeasureCatalogue", explanation);
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
    static const QList<MeasureKindSpec> catalogue = buildCatalogue();
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
    for (const ParameterSpec &p : s.parameters) {
        UncertainValue v{p.value, std::nullopt, std::nullopt,
                         QCoreApplication::translate("zeroplan::MeasureCatalogue", p.source)};
        if (p.high > p.low) {
            v.low = p.low;
            v.high = p.high;
        }
        m.parameters.insert(QString::fromLatin1(p.key), v);
    }
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
        {"energy", ZP_TR("Energy group")},     {"transport", ZP_TR("Transport group")},
        {"waste", ZP_TR("Waste group")},       {"food", ZP_TR("Food group")},
        {"greening", ZP_TR("Greening group")}, {"community", ZP_TR("Community committee")},
    };
    for (const auto &row : names) {
        if (id == QLatin1String(row[0]))
            return QCoreApplication::translate("zeroplan::MeasureCatalogue", row[1]);
    }
    return id;
}

QString measureStageName(MeasureStage stage)
{
    switch (stage) {
    case MeasureStage::DemandReduction: return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Demand reduction");
    case MeasureStage::Switching: return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Switching");
    case MeasureStage::Supply: return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Clean supply");
    case MeasureStage::SinksAndCredits: return QCoreApplication::translate("zeroplan::MeasureCatalogue", "Sinks and credits");
    }
    return {};
}

} // namespace zeroplan
