#pragma once

#include "measures/MeasureTariff.h"
#include "plan/PayerSplit.h"

#include <QList>
#include <QString>

namespace zeroplan {

// A starting point for a measure's payer split, with the source it comes from
// (docs/residents.md, "Defaults and their sources"). Where the source gives figures the preset
// carries them; where it gives a principle only, it names the parties and leaves the shares to
// the user.
struct PayerPreset
{
    QString id;
    QString name;              // translated
    QString source;            // the citation, as written in the plan's split source
    QList<Party> capexParties; // the parties asked for a share of the investment
    bool hasShares = false;    // whether the source gives the shares (else the form asks)
};

// The presets and the figures of the sources they come from.
class PayerPresets
{
public:
    // Beijing coal-to-electricity heating: the equipment subsidy is up to 24 000 元 per
    // household (district rules differ: check the local notice).
    static constexpr double kBeijingEquipmentCapPerHousehold = 24000;
    // … and electricity for heating at a valley tariff of 0.1 元/kWh, for up to 10 000 kWh per
    // household per heating season.
    static constexpr double kBeijingValleyTariff = 0.1;
    static constexpr double kBeijingValleyKwhPerSeason = 10000;

    static QList<PayerPreset> all();
    // 国办发〔2020〕23号: "government some, residents some, society some" — the parties, no shares.
    static PayerPreset oldCompoundRenovation();
    // A heat pump under Beijing's coal-to-electricity subsidy: the government pays up to the
    // cap per household, the residents the rest, savings to residents.
    static PayerPreset beijingCoalToElectricity();
    // The split that preset gives a heat pump measure costing `capexPerHousehold` per household:
    // government share min(cap, capex) / capex, residents the rest; running cost and savings to
    // residents; `households` households.
    static PayerSplit beijingHeatPumpSplit(const QString &measure, double capexPerHousehold,
                                           double households);
    // The same policy's valley tariff as a heat pump measure's own tariff: electricity at
    // 0.1 元/kWh up to 10 000 kWh per household and year (one heating season a year).
    static MeasureTariff beijingValleyTariff();
};

} // namespace zeroplan
